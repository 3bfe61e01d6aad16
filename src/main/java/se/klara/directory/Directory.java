package se.klara.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.privacy.Finding;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;
import se.klara.shared.Actor;
import se.klara.shared.CurrentActor;
import se.klara.shared.NotFoundException;

/** The directory of an area: who works there, for whom, when, and how to reach them. */
@Service
public class Directory {
  private final DirectoryRepository repository;
  private final Organisations organisations;
  private final AuditLog audit;
  private final PrivacyGuard privacy;

  Directory(
      DirectoryRepository repository,
      Organisations organisations,
      AuditLog audit,
      PrivacyGuard privacy) {
    this.privacy = privacy;
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
    guard(draft);
    if (bySlug(area, draft.slug()).isPresent()) {
      throw new DirectoryException("slug", "unit.slug.taken", draft.slug());
    }
    long id =
        repository.insert(area.id(), draft, organisationId(draft), parentId(area, draft, null));
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
    guard(draft);
    Unit current = unit(area, slug);
    if (!draft.slug().equals(slug)) {
      throw new DirectoryException("slug", "unit.slug.fixed");
    }
    Long parentId = parentId(area, draft, current.id());
    if (!repository.update(current.id(), expectedVersion, draft, organisationId(draft), parentId)) {
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
   * The entries may come in any order: which entry each is part of is settled once all are stored.
   */
  @Transactional
  public List<Unit> replaceArea(Area area, List<UnitDraft> drafts) {
    drafts.forEach(this::guard);
    repository.clearArea(area.id());
    Map<String, Long> ids = new HashMap<>();
    for (UnitDraft draft : drafts) {
      if (ids.containsKey(draft.slug())) {
        throw new DirectoryException("slug", "unit.slug.taken", draft.slug());
      }
      long id = repository.insert(area.id(), draft, organisationId(draft), null);
      repository.replaceParts(id, draft);
      ids.put(draft.slug(), id);
    }
    for (UnitDraft draft : drafts) {
      Long parentId = parentId(area, draft, ids.get(draft.slug()));
      if (parentId != null) {
        repository.setParent(ids.get(draft.slug()), parentId);
      }
    }
    audit.record(
        AuditEntry.of("DIRECTORY_IMPORTED", "area", area.id())
            .inArea(area.id())
            .withDetail(drafts.size() + " entries"));
    return unitsIn(area);
  }

  /**
   * Refuses an entry whose free text names a person (identity number, private phone number, e-mail
   * address): the directory holds work contact paths of functions only, and those have their own
   * fields. Warnings (a first name) are left to the pages that can ask the user.
   */
  private void guard(UnitDraft draft) {
    refuseBlocked("name", draft.name(), draft.slug());
    refuseBlocked("mandate", draft.mandate(), draft.slug());
    refuseBlocked("limits", draft.limits(), draft.slug());
    refuseBlocked("handover", draft.contact().handover(), draft.slug());
    refuseBlocked("receptionHours", draft.contact().receptionHours(), draft.slug());
    for (Commitment c : draft.commitments()) {
      refuseBlocked("commitments", c.text() + "\n" + c.owner() + "\n" + c.followUp(), draft.slug());
    }
    for (ScheduleException e : draft.schedule().exceptions()) {
      refuseBlocked("exceptions", e.note(), draft.slug());
    }
  }

  private void refuseBlocked(String field, String text, String slug) {
    if (text == null || text.isBlank()) {
      return;
    }
    Verdict verdict = privacy.check(text);
    if (verdict.blocked()) {
      Finding.Label label =
          verdict.blockingLabels().stream().findFirst().orElse(Finding.Label.DETECTOR_FAILED);
      throw new DirectoryException(field, "privacy.blocked." + label.name(), slug);
    }
  }

  private static String label(Actor actor) {
    return actor.displayName() + " (" + actor.organisationName() + ")";
  }

  /**
   * The id of the entry the draft is part of, or null; refused when the area has no such entry or
   * when it is the entry itself or one of its parts (the entry {@code unitId}, null when new).
   */
  private Long parentId(Area area, UnitDraft draft, Long unitId) {
    String parentSlug = draft.parentSlug();
    if (parentSlug == null) {
      return null;
    }
    if (parentSlug.equals(draft.slug())) {
      throw new DirectoryException("parentSlug", "unit.parent.cycle", parentSlug);
    }
    long parentId =
        repository
            .idBySlug(area.id(), parentSlug)
            .orElseThrow(
                () -> new DirectoryException("parentSlug", "unit.parent.unknown", parentSlug));
    if (unitId != null && repository.isWithinOrSame(parentId, unitId)) {
      throw new DirectoryException("parentSlug", "unit.parent.cycle", parentSlug);
    }
    return parentId;
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
