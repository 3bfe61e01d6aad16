package se.klara.directory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * A unit, team or function of an organisation as the directory shows it: what it is for, whom it
 * takes, where and when it works and how to reach it. {@code parentId} and {@code parentSlug} name
 * the entry of the same area it is part of (both null when it stands alone).
 */
public record Unit(
    long id,
    String slug,
    String name,
    UnitKind kind,
    Organisation organisation,
    Long parentId,
    String parentSlug,
    String mandate,
    String limits,
    AgeRange ages,
    Set<TargetGroup> targetGroups,
    Set<Need> needs,
    ContactPaths contact,
    Schedule schedule,
    long areaId,
    List<Long> placeIds,
    List<Commitment> commitments,
    Instant confirmedAt,
    String confirmedBy,
    int version) {

  /** Entries not confirmed for this long are flagged as possibly out of date. */
  public static final int STALE_AFTER_DAYS = 183;

  public Unit {
    targetGroups = Set.copyOf(targetGroups);
    needs = Set.copyOf(needs);
    placeIds = List.copyOf(placeIds);
    commitments = List.copyOf(commitments);
  }

  /** Whether the unit takes someone of this group (and age, when the unit limits ages). */
  public boolean takes(TargetGroup group, Integer age) {
    boolean groupCovered = targetGroups.stream().anyMatch(g -> g.covers(group));
    return groupCovered && (age == null || ages.includes(age));
  }

  public boolean isStale(Instant now) {
    return confirmedAt == null
        || confirmedAt.isBefore(now.minus(STALE_AFTER_DAYS, ChronoUnit.DAYS));
  }

  /** The fields an edit starts from. */
  public UnitDraft toDraft() {
    return new UnitDraft(
        slug,
        name,
        kind,
        organisation.slug(),
        parentSlug,
        mandate,
        limits,
        ages,
        targetGroups,
        needs,
        contact,
        schedule,
        placeIds,
        commitments);
  }
}
