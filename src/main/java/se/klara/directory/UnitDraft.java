package se.klara.directory;

import java.util.List;
import java.util.Set;

/**
 * Everything needed to create or replace a directory entry in an area. The organisation is named by
 * its slug so that drafts travel between installations (import/export), and so is the entry this
 * one is part of ({@code parentSlug}: a function within a unit, a team within a unit; {@code null}
 * when it stands alone under its organisation), which must be another entry of the same area.
 */
public record UnitDraft(
    String slug,
    String name,
    UnitKind kind,
    String organisationSlug,
    String parentSlug,
    String mandate,
    String limits,
    AgeRange ages,
    Set<TargetGroup> targetGroups,
    Set<Need> needs,
    ContactPaths contact,
    Schedule schedule,
    List<Long> placeIds,
    List<Commitment> commitments) {

  /** Words the directory's own pages use where an entry's short name would go. */
  public static final Set<String> RESERVED_SLUGS = Set.of("new", "import", "export", "edit");

  public UnitDraft {
    if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new DirectoryException("slug", "unit.slug.invalid");
    }
    if (RESERVED_SLUGS.contains(slug)) {
      throw new DirectoryException("slug", "unit.slug.reserved", slug);
    }
    if (name == null || name.isBlank()) {
      throw new DirectoryException("name", "unit.name.blank");
    }
    name = name.strip();
    parentSlug = parentSlug == null || parentSlug.isBlank() ? null : parentSlug.strip();
    kind = kind == null ? UnitKind.UNIT : kind;
    mandate = mandate == null ? "" : mandate.strip();
    limits = limits == null ? "" : limits.strip();
    ages = ages == null ? AgeRange.ANY : ages;
    if (targetGroups == null || targetGroups.isEmpty()) {
      throw new DirectoryException("targetGroups", "unit.target-groups.empty");
    }
    targetGroups = Set.copyOf(targetGroups);
    needs = needs == null ? Set.of() : Set.copyOf(needs);
    contact = contact == null ? new ContactPaths(null, null, null, null, null) : contact;
    schedule = schedule == null ? new Schedule(null, null, null) : schedule;
    placeIds = placeIds == null ? List.of() : List.copyOf(placeIds);
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
  }

  /** The same entry as part of the entry {@code parentSlug} (or standing alone with null). */
  public UnitDraft withParent(String parentSlug) {
    return new UnitDraft(
        slug,
        name,
        kind,
        organisationSlug,
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
