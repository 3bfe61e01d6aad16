package se.klara.goals;

import java.util.List;

/**
 * The county handbook's seven open-drug-scene indicators for one place and year: yes/no with a
 * comment and an optional 0–3 grade each. Five or more "yes" is a serious open drug scene.
 */
public record Checklist(Geography place, int year, List<Item> items) {
  public static final int ITEMS = 7;
  public static final int SERIOUS_AT = 5;

  /** One indicator of the checklist; {@code yes} is null while unanswered. */
  public record Item(
      int number,
      String indicatorCode,
      String statement,
      Boolean yes,
      String comment,
      Integer grade) {}

  public long count() {
    return items.stream().filter(i -> Boolean.TRUE.equals(i.yes())).count();
  }

  public boolean serious() {
    return count() >= SERIOUS_AT;
  }

  public boolean answered() {
    return items.stream().anyMatch(i -> i.yes() != null);
  }
}
