package se.klara.directory;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.klara.places.Place;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an area's directory as one JSON document shaped after Open Referral HSDS 3: {@code
 * organizations}, {@code services} (one per entry) and {@code locations}, with {@code x_klara_*}
 * fields for what HSDS has no place for. Everything is sorted by id and nothing depends on database
 * ids or on when the file is written, so the same directory always gives the same bytes. The format
 * is described in docs/directory-hsds.md.
 */
final class HsdsWriter {
  static final String VERSION = "3.0";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private HsdsWriter() {}

  static byte[] write(List<Unit> units, List<Place> places) {
    Map<Long, String> placeSlugs =
        places.stream().collect(Collectors.toMap(Place::id, Place::slug));
    ObjectNode root = JSON.createObjectNode();
    root.put("hsds_version", VERSION);
    ArrayNode organisations = root.putArray("organizations");
    Map<String, Organisation> bySlug = new TreeMap<>();
    units.forEach(u -> bySlug.putIfAbsent(u.organisation().slug(), u.organisation()));
    for (Organisation organisation : bySlug.values()) {
      ObjectNode o = organisations.addObject();
      o.put("id", organisation.slug());
      o.put("name", organisation.name());
      o.put("x_klara_kind", organisation.kind().name());
    }
    ArrayNode services = root.putArray("services");
    units.stream()
        .sorted(Comparator.comparing(Unit::slug))
        .forEach(unit -> service(services.addObject(), unit, placeSlugs));
    ArrayNode locations = root.putArray("locations");
    places.stream()
        .sorted(Comparator.comparing(Place::slug))
        .forEach(place -> location(locations.addObject(), place, placeSlugs));
    return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void service(ObjectNode s, Unit unit, Map<Long, String> placeSlugs) {
    s.put("id", unit.slug());
    s.put("organization_id", unit.organisation().slug());
    s.put("name", unit.name());
    s.put("description", unit.mandate());
    s.put("eligibility_description", unit.limits());
    putIfPresent(s, "minimum_age", unit.ages().min());
    putIfPresent(s, "maximum_age", unit.ages().max());
    s.put("status", "active");
    ContactPaths contact = unit.contact();
    ArrayNode phones = s.putArray("phones");
    if (contact.phone() != null) {
      phones.addObject().put("number", contact.phone());
    }
    putIfPresent(s, "email", contact.email());
    ArrayNode schedules = s.putArray("schedules");
    for (WeeklyRule rule : unit.schedule().rules()) {
      ObjectNode r = schedules.addObject();
      r.put("freq", "WEEKLY");
      r.put("byday", rule.byDay());
      r.put("opens_at", WeeklyRule.clock(rule.startMinute()));
      r.put("closes_at", WeeklyRule.clock(rule.endMinute()));
    }
    for (ScheduleException exception : unit.schedule().exceptions()) {
      ObjectNode e = schedules.addObject();
      e.put("valid_from", exception.firstDay().toString());
      e.put("valid_to", exception.lastDay().toString());
      if (exception.closed()) {
        e.put("x_klara_closed", true);
      } else {
        e.put("opens_at", WeeklyRule.clock(exception.startMinute()));
        e.put("closes_at", WeeklyRule.clock(exception.endMinute()));
      }
      if (!exception.note().isEmpty()) {
        e.put("notes", exception.note());
      }
    }
    s.put("x_klara_kind", unit.kind().name());
    putIfPresent(s, "x_klara_parent_id", unit.parentSlug());
    ArrayNode groups = s.putArray("x_klara_target_groups");
    unit.targetGroups().stream().sorted().forEach(g -> groups.add(g.name()));
    ArrayNode needs = s.putArray("x_klara_needs");
    unit.needs().stream().sorted().forEach(n -> needs.add(n.name()));
    putIfPresent(s, "x_klara_radio_talk_group", contact.radioTalkGroup());
    putIfPresent(s, "x_klara_reception_hours", contact.receptionHours());
    s.put("x_klara_handover", contact.handover());
    s.put("x_klara_holiday_policy", unit.schedule().holidayPolicy().name());
    ArrayNode commitments = s.putArray("x_klara_commitments");
    for (Commitment commitment : unit.commitments()) {
      ObjectNode c = commitments.addObject();
      c.put("text", commitment.text());
      c.put("owner", commitment.owner());
      c.put("follow_up", commitment.followUp());
    }
    ArrayNode locationIds = s.putArray("x_klara_location_ids");
    unit.placeIds().stream()
        .map(placeSlugs::get)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .forEach(locationIds::add);
  }

  private static void location(ObjectNode l, Place place, Map<Long, String> placeSlugs) {
    l.put("id", place.slug());
    l.put("name", place.name());
    l.put("location_type", "physical");
    if (place.latitude() != null) {
      l.put("latitude", place.latitude());
    }
    if (place.longitude() != null) {
      l.put("longitude", place.longitude());
    }
    if (place.parentId() != null && placeSlugs.containsKey(place.parentId())) {
      l.put("x_klara_parent_id", placeSlugs.get(place.parentId()));
    }
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void putIfPresent(ObjectNode node, String name, Integer value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
