package se.klara.observations;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.places.Place;
import se.klara.places.Places;
import se.klara.privacy.PrivacyGuard;
import se.klara.privacy.Verdict;
import se.klara.shared.Actor;
import se.klara.shared.NotFoundException;
import se.klara.shared.Role;

/** Records, lists and corrects the field observations of an area. */
@Service
public class Observations {
  /** The most observations one page of a list returns. */
  public static final int MAX_LIMIT = 200;

  private final ObservationRepository repository;
  private final ObservationRollups rollups;
  private final Places places;
  private final PrivacyGuard privacy;
  private final AuditLog audit;
  private final Clock clock;

  Observations(
      ObservationRepository repository,
      ObservationRollups rollups,
      Places places,
      PrivacyGuard privacy,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.rollups = rollups;
    this.places = places;
    this.privacy = privacy;
    this.audit = audit;
    this.clock = clock;
  }

  /** The active phenomena the area observes, in their order. */
  public List<Phenomenon> vocabulary(Area area) {
    return repository.vocabulary(area.id());
  }

  /** Adds the standard vocabulary of phenomena to an area (what it already has stays). */
  @Transactional
  public void addStandardVocabulary(Area area) {
    int position = 0;
    for (String[] entry : STANDARD_VOCABULARY) {
      repository.addPhenomenon(area.id(), entry[0], entry[1], entry[2], position++);
    }
  }

  static final List<String[]> STANDARD_VOCABULARY =
      List.of(
          new String[] {"drug-dealing", "Narkotikaförsäljning", "Drug dealing"},
          new String[] {"drug-use", "Narkotikabruk", "Drug use"},
          new String[] {"youth-groups", "Ungdomsgrupper", "Youth groups"},
          new String[] {"violence-threats", "Våld/hot", "Violence/threats"},
          new String[] {"disorder", "Ordningsstörning", "Disorder"},
          new String[] {
            "homelessness-vulnerability", "Hemlöshet/utsatthet", "Homelessness/vulnerability"
          },
          new String[] {"sex-for-compensation", "Sex mot ersättning", "Sex for compensation"},
          new String[] {"graffiti-damage", "Klotter/skadegörelse", "Graffiti/damage"},
          new String[] {"unsafe-environment", "Otrygg fysisk miljö", "Unsafe physical environment"},
          new String[] {"lookouts", "Utkikar", "Lookouts"},
          new String[] {
            "positive-activity", "Positiv aktivitet/platsskapande", "Positive activity/placemaking"
          });

  /**
   * Stores an observation by the actor, in the caller's transaction. Refused with every broken rule
   * ({@link ObservationRejected}); a confirmed privacy warning on the note is audited.
   */
  @Transactional
  public Observation record(Actor actor, Area area, ObservationDraft draft) {
    return record(actor, area, draft, List.of());
  }

  /** As {@link #record(Actor, Area, ObservationDraft)}, with problems the reader already found. */
  @Transactional
  public Observation record(
      Actor actor, Area area, ObservationDraft draft, List<FieldProblem> alreadyWrong) {
    Set<String> fields = alreadyWrong.stream().map(FieldProblem::field).collect(Collectors.toSet());
    Checked checked = check(area, draft, fields, alreadyWrong);
    Instant now = clock.instant();
    long id =
        repository.insert(
            new ObservationRepository.Row(
                area.id(),
                checked.place().id(),
                actor.userId(),
                actor.organisationId(),
                draft.from(),
                draft.to(),
                draft.intensity(),
                draft.estimatedCount(),
                draft.newFaces(),
                draft.note(),
                false,
                now,
                checked.phenomenonIds(),
                draft.counts(),
                draft.origins()));
    rollups.add(List.of(id));
    audit.record(AuditEntry.of("OBSERVATION_RECORDED", "observation", id).inArea(area.id()));
    auditConfirmation(area, id, checked.noteVerdict());
    return repository.byId(area.id(), id).orElseThrow();
  }

  /** The observation if the actor may see it; otherwise not found. */
  public Observation get(Actor actor, Area area, long id) {
    return repository
        .byId(area.id(), id)
        .filter(o -> visibleTo(actor, o))
        .orElseThrow(() -> new NotFoundException("observation"));
  }

  /**
   * The observations the actor may see, newest first: coordinators and admins the area's, field
   * workers their own and their organisation's, everyone else (partners) only their own.
   */
  public List<Observation> visible(Actor actor, Area area, Long beforeId, int limit) {
    int bounded = Math.max(1, Math.min(MAX_LIMIT, limit));
    boolean all = actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN);
    Long organisation = actor.is(Role.FIELD) ? actor.organisationId() : null;
    return repository.visible(area.id(), all, actor.userId(), organisation, beforeId, bounded);
  }

  /** Whether the actor may correct the observation now: its author, within 24 hours. */
  public boolean correctable(Actor actor, Observation observation) {
    return observation.authorUserId() != null
        && observation.authorUserId() == actor.userId()
        && !observation.synthetic()
        && clock.instant().isBefore(observation.createdAt().plus(CORRECTION_PERIOD));
  }

  public static final java.time.Duration CORRECTION_PERIOD = java.time.Duration.ofHours(24);

  /**
   * Corrects an observation (its author, within 24 hours, from the version they saw). Audited;
   * nothing is ever deleted. A stale version is refused with the field {@code version}.
   */
  @Transactional
  public Observation correct(Actor actor, Area area, long id, int version, ObservationDraft draft) {
    Observation current = get(actor, area, id);
    if (!correctable(actor, current)) {
      throw new ObservationRejected(
          List.of(FieldProblem.of("version", "observation.error.not-correctable")));
    }
    Checked checked = check(area, draft, Set.of(), List.of());
    // The rollups lose what the observation counted as it was and gain what it counts now; the
    // row lock keeps a concurrent correction from subtracting the same old values.
    if (!repository.lock(id, version)) {
      throw new ObservationRejected(
          List.of(FieldProblem.of("version", "observation.error.conflict")));
    }
    rollups.subtract(List.of(id));
    boolean updated =
        repository.update(
            id,
            version,
            new ObservationRepository.Row(
                area.id(),
                checked.place().id(),
                current.authorUserId(),
                current.organisationId(),
                draft.from(),
                draft.to(),
                draft.intensity(),
                draft.estimatedCount(),
                draft.newFaces(),
                draft.note(),
                false,
                current.createdAt(),
                checked.phenomenonIds(),
                draft.counts(),
                draft.origins()),
            clock.instant());
    if (!updated) {
      throw new ObservationRejected(
          List.of(FieldProblem.of("version", "observation.error.conflict")));
    }
    rollups.add(List.of(id));
    audit.record(AuditEntry.of("OBSERVATION_CORRECTED", "observation", id).inArea(area.id()));
    auditConfirmation(area, id, checked.noteVerdict());
    return repository.byId(area.id(), id).orElseThrow();
  }

  /** Stores synthetic observations in batches (the demo data); they are marked as synthetic. */
  @Transactional
  public int recordSynthetic(Area area, List<SyntheticObservation> observations) {
    Map<String, Long> placeIds =
        places.inArea(area.id()).stream().collect(Collectors.toMap(Place::slug, Place::id));
    Map<String, Long> phenomenonIds =
        vocabulary(area).stream().collect(Collectors.toMap(Phenomenon::code, Phenomenon::id));
    List<Long> ids =
        repository.insertAll(
            observations.stream()
                .map(
                    s ->
                        new ObservationRepository.Row(
                            area.id(),
                            placeIds.get(s.place()),
                            s.authorUserId(),
                            s.organisationId(),
                            s.from(),
                            s.to(),
                            s.intensity(),
                            s.estimatedCount(),
                            s.newFaces(),
                            s.note(),
                            true,
                            s.to(),
                            s.phenomena().stream().map(phenomenonIds::get).toList(),
                            s.counts(),
                            s.origins()))
                .toList());
    rollups.add(ids);
    return observations.size();
  }

  /** Whether the area already has synthetic (demo) observations. */
  public boolean hasSynthetic(Area area) {
    return repository.anySynthetic(area.id());
  }

  private boolean visibleTo(Actor actor, Observation o) {
    if (actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN)) {
      return true;
    }
    if (o.authorUserId() != null && o.authorUserId() == actor.userId()) {
      return true;
    }
    return actor.is(Role.FIELD) && o.organisationId() == actor.organisationId();
  }

  private record Checked(Place place, List<Long> phenomenonIds, Verdict noteVerdict) {}

  private Checked check(
      Area area, ObservationDraft draft, Set<String> fieldsAlreadyWrong, List<FieldProblem> more) {
    Optional<Place> place =
        draft.place() == null ? Optional.empty() : places.bySlug(area.id(), draft.place());
    Map<String, Phenomenon> vocabulary =
        vocabulary(area).stream().collect(Collectors.toMap(Phenomenon::code, Function.identity()));
    ObservationRules.Outcome outcome =
        ObservationRules.check(
            draft,
            place.isPresent(),
            new HashSet<>(vocabulary.keySet()),
            clock.instant(),
            privacy,
            fieldsAlreadyWrong);
    if (!outcome.problems().isEmpty() || !more.isEmpty()) {
      List<FieldProblem> all = new java.util.ArrayList<>(more);
      all.addAll(outcome.problems());
      throw new ObservationRejected(all);
    }
    return new Checked(
        place.orElseThrow(),
        draft.phenomena().stream().distinct().map(c -> vocabulary.get(c).id()).toList(),
        outcome.noteVerdict());
  }

  private void auditConfirmation(Area area, long id, Verdict verdict) {
    if (verdict.action() == Verdict.Action.WARN) {
      audit.record(
          AuditEntry.of("OBSERVATION_NOTE_CONFIRMED", "observation", id)
              .inArea(area.id())
              .withDetail("labels: " + String.join(", ", ObservationRules.labelKeys(verdict))));
    }
  }
}
