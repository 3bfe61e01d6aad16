package se.klara.situation;

import se.klara.shared.Actor;
import se.klara.shared.Role;

/**
 * How much of the situation picture a user sees: coordinators and administrators see exact counts;
 * other members see views across organisations with small counts hidden; partners (businesses) see
 * aggregates only, never what one organisation reported.
 */
public enum Viewer {
  EXACT,
  SUPPRESSED,
  AGGREGATES_ONLY;

  static Viewer of(Actor actor) {
    if (actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN)) {
      return EXACT;
    }
    return actor.is(Role.PARTNER) ? AGGREGATES_ONLY : SUPPRESSED;
  }

  public boolean exact() {
    return this == EXACT;
  }

  public boolean seesOrganisations() {
    return this != AGGREGATES_ONLY;
  }

  /** A single count as this viewer sees it (1–2 hidden unless exact). */
  public ShownCount show(long value) {
    ShownCount count = ShownCount.exact(value);
    return !exact() && SmallCounts.isSmall(value) ? count.hide() : count;
  }
}
