package se.klara.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.shared.Actor;
import se.klara.shared.CurrentActor;
import se.klara.shared.NotFoundException;

/** The directory of an area: who works there, for whom, when, and how to reach them. */
@Service
public class Directory {
  private final DirectoryRepository repository;
  private final Organisations organisations;
  private final AuditLog audit;

  Directory(DirectoryRepository repository, Organisations organisations, AuditLog audit) {
    this.repository = repository;
    this.organisations = organisations;
    this.audit = audit;
  }

  public List<Unit> unitsIn(Area area) {
    return repository.inArea(area.id());
  }

  /** An entry of the area; one of another area answers as not found. */
  public Unit unit(Area area, String slug) {
    return bySlug(area, slug).orElseThrow(() -> new NotFoundException("unit"));
  }

  public Optional<Unit> bySlug(Area area, String slug) {
    return repository.bySlug(area.id(), slug);
  }

  /** Creates an entry; whoever writes it vouches for it, so it starts out confirmed by them. */
  @Transactional
  public Unit create(Area area, UnitDraft draft) {
    return create(area, draft, CurrentActor.get().map(Directory::label).orElse(null));
  }

  /** Creates an entry confirmed by {@code confirmedBy} (e.g. "Demodata"), or unconfirmed. */
  @Transactional
  public Unit create(Area area, UnitDraft draft, String confirmedBy) {
    if (bySlug(area, draft.slug()).isPresent()) {
      throw new DirectoryException("slug", "unit.slug.taken", draft.slug());
    }
    long id = repository.insert(area.id(), draft, organisationId(draft));
    repository.replaceParts(id, draft);
    if (confirmedBy != null) {
      repository.confirm(id, confirmedBy);
    }
    audit.record(AuditEntry.of("UNIT_CREATED", "unit", id).inArea(area.id()));
    return unit(area, draft.slug());
  }

  /**
   * Replaces an entry's content when nobody changed it since {@code expectedVersion} was read;
   * otherwise nothing is written and the editor is told to reload.
   */
  @Transactional
  public Unit update(Area area, String slug, int expectedVersion, UnitDraft draft) {
    Unit current = unit(area, slug);
    if (!draft.slug().equals(slug)) {
      throw new DirectoryException("slug", "unit.slug.fixed");
    }
    if (!repository.update(current.id(), expectedVersion, draft, organisationId(draft))) {
      throw new DirectoryException("version", "unit.conflict");
    }
    repository.replaceParts(current.id(), draft);
    CurrentActor.get().ifPresent(actor -> repository.confirm(current.id(), label(actor)));
    audit.record(AuditEntry.of("UNIT_UPDATED", "unit", current.id()).inArea(area.id()));
    return unit(area, slug);
  }

  /** Someone vouches that the entry is still right today. */
  @Transactional
  public void confirm(Area area, String slug, Actor actor) {
    Unit unit = unit(area, slug);
    repository.confirm(unit.id(), label(actor));
    audit.record(AuditEntry.of("UNIT_CONFIRMED", "unit", unit.id()).inArea(area.id()));
  }

  /**
   * Replaces the area's whole directory with the given entries, all or nothing (used by import).
   */
  @Transactional
  public List<Unit> replaceArea(Area area, List<UnitDraft> drafts) {
    repository.clearArea(area.id());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (UnitDraft draft : drafts) {
      if (!seen.add(draft.slug())) {
        throw new DirectoryException("slug", "unit.slug.taken", draft.slug());
      }
      long id = repository.insert(area.id(), draft, organisationId(draft));
      repository.replaceParts(id, draft);
    }
    audit.record(
        AuditEntry.of("DIRECTORY_IMPORTED", "area", area.id())
            .inArea(area.id())
            .withDetail(drafts.size() + " entries"));
    return unitsIn(area);
  }

  private static String label(Actor actor) {
    return actor.displayName() + " (" + actor.organisationName() + ")";
  }

  private long organisationId(UnitDraft draft) {
    return organisations
        .bySlug(draft.organisationSlug())
        .orElseThrow(
            () ->
                new DirectoryException(
                    "organisationSlug", "unit.organisation.unknown", draft.organisationSlug()))
        .id();
  }
}
