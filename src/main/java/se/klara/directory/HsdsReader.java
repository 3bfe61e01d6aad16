package se.klara.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an HSDS 3 JSON document as {@link HsdsWriter} writes it and checks all of it before
 * anything is stored: every problem is collected with its place in the file ({@code
 * services[3].x_klara_target_groups[1]}), so that one upload shows everything to fix. Fields that
 * Klara does not know are ignored. The format is described in docs/directory-hsds.md.
 */
final class HsdsReader {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::00)?");

  private final Predicate<String> organisationExists;

  /**
   * @param organisationExists whether an organisation with this slug exists in the installation (an
   *     import never creates organisations)
   */
  HsdsReader(Predicate<String> organisationExists) {
    this.organisationExists = organisationExists;
  }

  /** A place the file brings, its parent named by slug. */
  record Location(String slug, String name, String parentSlug, Double latitude, Double longitude) {}

  /** An entry of the file; its places are named by slug until they have ids in the area. */
  record Service(UnitDraft draft, List<String> locationSlugs) {
    Service {
      locationSlugs = List.copyOf(locationSlugs);
    }

    UnitDraft withPlaces(Map<String, Long> placeIds) {
      return new UnitDraft(
          draft.slug(),
          draft.name(),
          draft.kind(),
          draft.organisationSlug(),
          draft.parentSlug(),
          draft.mandate(),
          draft.limits(),
          draft.ages(),
          draft.targetGroups(),
          draft.needs(),
          draft.contact(),
          draft.schedule(),
          locationSlugs.stream().map(placeIds::get).toList(),
          draft.commitments());
    }
  }

  /**
   * What a valid file asks for: places, parents before children, and the entries (in file order;
   * the entry each is part of is another entry of the file).
   */
  record Plan(List<Location> locations, List<Service> services) {
    Plan {
      locations = List.copyOf(locations);
      services = List.copyOf(services);
    }
  }

  /** Either a plan (no problems) or every problem found. */
  record Outcome(Plan plan, List<HsdsProblem> problems) {
    Outcome {
      problems = List.copyOf(problems);
    }

    boolean isValid() {
      return problems.isEmpty();
    }
  }

  Outcome read(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      return new Outcome(null, List.of(malformed(e)));
    }
    if (root == null || root.isMissingNode()) {
      return new Outcome(null, List.of(HsdsProblem.at("", "interop.error.empty-file")));
    }
    if (!root.isObject()) {
      return new Outcome(null, List.of(HsdsProblem.at("", "interop.error.not-object")));
    }
    return new Reading().document(root);
  }

  private static HsdsProblem malformed(JacksonException e) {
    String key;
    if (e instanceof UnexpectedEndOfInputException) {
      key = "interop.error.json.end";
    } else if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate")) {
      key = "interop.error.json.duplicate";
    } else {
      key = "interop.error.json.syntax";
    }
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return HsdsProblem.at("", key);
    }
    return HsdsProblem.atLine(at.getLineNr(), Math.max(at.getColumnNr(), 1), key);
  }

  /** One pass over a parsed document, collecting problems as it goes. */
  private final class Reading {
    private final List<HsdsProblem> problems = new ArrayList<>();
    private final Map<String, Boolean> knownOrganisations = new LinkedHashMap<>();

    Outcome document(JsonNode root) {
      String version = text(root, "hsds_version", "", true);
      if (version != null && !version.strip().matches("3(\\.\\d+)*")) {
        problem("hsds_version", "interop.error.version", version);
      }
      organisations(root);
      Map<String, Location> locations = locations(root);
      List<Service> services = services(root, locations.keySet());
      if (!problems.isEmpty()) {
        return new Outcome(null, problems);
      }
      return new Outcome(new Plan(parentsFirst(locations), services), List.of());
    }

    private void organisations(JsonNode root) {
      Set<String> seen = new HashSet<>();
      List<JsonNode> items = array(root, "organizations", "", false);
      for (int i = 0; i < items.size(); i++) {
        String path = index("organizations", i);
        JsonNode item = object(items.get(i), path);
        if (item == null) {
          continue;
        }
        String id = text(item, "id", path, true);
        if (id == null) {
          continue;
        }
        if (!seen.add(id)) {
          problem(child(path, "id"), "interop.error.organisation.duplicate", id);
        } else if (!organisationExists(id)) {
          problem(child(path, "id"), "interop.error.organisation.unknown", id);
        }
      }
    }

    private Map<String, Location> locations(JsonNode root) {
      Map<String, Location> locations = new LinkedHashMap<>();
      Map<String, String> paths = new LinkedHashMap<>();
      List<JsonNode> items = array(root, "locations", "", false);
      for (int i = 0; i < items.size(); i++) {
        String path = index("locations", i);
        JsonNode item = object(items.get(i), path);
        if (item == null) {
          continue;
        }
        String id = text(item, "id", path, true);
        String name = text(item, "name", path, true);
        if (name != null && name.isBlank()) {
          problem(child(path, "name"), "interop.error.blank");
        }
        Double latitude = number(item, "latitude", path);
        if (latitude != null && (latitude < -90 || latitude > 90)) {
          problem(child(path, "latitude"), "interop.error.latitude", String.valueOf(latitude));
        }
        Double longitude = number(item, "longitude", path);
        if (longitude != null && (longitude < -180 || longitude > 180)) {
          problem(child(path, "longitude"), "interop.error.longitude", String.valueOf(longitude));
        }
        String parent = text(item, "x_klara_parent_id", path, false);
        if (id == null) {
          continue;
        }
        if (!SLUG.matcher(id).matches()) {
          problem(child(path, "id"), "interop.error.id.invalid", id);
        } else if (locations.containsKey(id)) {
          problem(child(path, "id"), "interop.error.location.duplicate", id);
        } else {
          locations.put(
              id,
              new Location(id, name == null ? null : name.strip(), parent, latitude, longitude));
          paths.put(id, path);
        }
      }
      for (Location location : locations.values()) {
        if (location.parentSlug() == null) {
          continue;
        }
        String path = child(paths.get(location.slug()), "x_klara_parent_id");
        if (!locations.containsKey(location.parentSlug())) {
          problem(path, "interop.error.location.unknown", location.parentSlug());
        } else if (depth(location, locations) < 0) {
          problem(path, "interop.error.location.cycle", location.slug());
        }
      }
      return locations;
    }

    private List<Service> services(JsonNode root, Set<String> locationIds) {
      List<Service> services = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      Map<String, String> parents = new LinkedHashMap<>();
      Map<String, String> parentPaths = new LinkedHashMap<>();
      List<JsonNode> items = array(root, "services", "", true);
      for (int i = 0; i < items.size(); i++) {
        String path = index("services", i);
        JsonNode item = object(items.get(i), path);
        if (item == null) {
          continue;
        }
        int before = problems.size();
        String id = text(item, "id", path, true);
        String parent = text(item, "x_klara_parent_id", path, false);
        if (id != null) {
          checkSlug(id, child(path, "id"));
          if (!seen.add(id)) {
            problem(child(path, "id"), "interop.error.service.duplicate", id);
          } else if (parent != null) {
            parents.put(id, parent);
            parentPaths.put(id, child(path, "x_klara_parent_id"));
          }
        }
        String organisation = text(item, "organization_id", path, true);
        if (organisation != null && !organisationExists(organisation)) {
          problem(
              child(path, "organization_id"), "interop.error.organisation.unknown", organisation);
        }
        String name = text(item, "name", path, true);
        if (name != null && name.isBlank()) {
          problem(child(path, "name"), "unit.name.blank");
        }
        String mandate = text(item, "description", path, false);
        String limits = text(item, "eligibility_description", path, false);
        AgeRange ages = ages(item, path);
        ContactPaths contact = contact(item, path);
        UnitKind kind =
            choice(item, "x_klara_kind", path, UnitKind.class, "interop.error.kind.unknown");
        int beforeGroups = problems.size();
        Set<TargetGroup> groups =
            choices(
                item,
                "x_klara_target_groups",
                path,
                TargetGroup.class,
                "interop.error.target-group.unknown",
                true);
        if (groups != null && groups.isEmpty() && problems.size() == beforeGroups) {
          problem(child(path, "x_klara_target_groups"), "unit.target-groups.empty");
        }
        Set<Need> needs =
            choices(item, "x_klara_needs", path, Need.class, "interop.error.need.unknown", false);
        HolidayPolicy holidays =
            choice(
                item,
                "x_klara_holiday_policy",
                path,
                HolidayPolicy.class,
                "interop.error.holiday-policy.unknown");
        Schedule schedule = schedule(item, path, holidays);
        List<Commitment> commitments = commitments(item, path);
        List<String> places = locationIds(item, path, locationIds);
        if (problems.size() > before) {
          continue;
        }
        try {
          UnitDraft draft =
              new UnitDraft(
                  id,
                  name,
                  kind,
                  organisation,
                  parent,
                  mandate,
                  limits,
                  ages,
                  groups,
                  needs,
                  contact,
                  schedule,
                  List.of(),
                  commitments);
          services.add(new Service(draft, places));
        } catch (DirectoryException e) {
          problem(draftField(path, e.field()), e.messageKey(), e.arguments());
        }
      }
      for (Map.Entry<String, String> entry : parents.entrySet()) {
        String path = parentPaths.get(entry.getKey());
        if (!seen.contains(entry.getValue())) {
          problem(path, "interop.error.service.parent.unknown", entry.getValue());
        } else if (inCircle(entry.getKey(), parents)) {
          problem(path, "interop.error.service.parent.cycle", entry.getKey());
        }
      }
      return services;
    }

    /** The entry's own rules for its short name, checked even when other fields are wrong. */
    private void checkSlug(String slug, String path) {
      try {
        new UnitDraft(
            slug,
            "-",
            null,
            "-",
            null,
            null,
            null,
            null,
            Set.of(TargetGroup.EVERYONE),
            null,
            null,
            null,
            null,
            null);
      } catch (DirectoryException e) {
        problem(path, e.messageKey(), e.arguments());
      }
    }

    private String draftField(String path, String field) {
      switch (field) {
        case "slug":
          return child(path, "id");
        case "name":
          return child(path, "name");
        case "targetGroups":
          return child(path, "x_klara_target_groups");
        case "organisationSlug":
          return child(path, "organization_id");
        default:
          return path;
      }
    }

    private AgeRange ages(JsonNode item, String path) {
      Integer min = integer(item, "minimum_age", path);
      Integer max = integer(item, "maximum_age", path);
      try {
        return new AgeRange(min, max);
      } catch (DirectoryException e) {
        String field = e.field().equals("ageMax") ? "maximum_age" : "minimum_age";
        problem(child(path, field), e.messageKey(), e.arguments());
        return null;
      }
    }

    private ContactPaths contact(JsonNode item, String path) {
      String phone = null;
      List<JsonNode> phones = array(item, "phones", path, false);
      for (int j = 0; j < phones.size(); j++) {
        String phonePath = index(child(path, "phones"), j);
        JsonNode entry = object(phones.get(j), phonePath);
        if (entry == null) {
          continue;
        }
        String number = text(entry, "number", phonePath, true);
        if (j == 0) {
          phone = number;
        } else {
          problem(phonePath, "interop.error.phones.many");
        }
      }
      String email = text(item, "email", path, false);
      String radio = text(item, "x_klara_radio_talk_group", path, false);
      String reception = text(item, "x_klara_reception_hours", path, false);
      String handover = text(item, "x_klara_handover", path, false);
      try {
        return new ContactPaths(phone, email, radio, reception, handover);
      } catch (DirectoryException e) {
        String at =
            e.field().equals("phone")
                ? child(index(child(path, "phones"), 0), "number")
                : child(path, "email");
        problem(at, e.messageKey(), e.arguments());
        return null;
      }
    }

    private Schedule schedule(JsonNode item, String path, HolidayPolicy holidays) {
      List<WeeklyRule> rules = new ArrayList<>();
      List<ScheduleException> exceptions = new ArrayList<>();
      List<JsonNode> items = array(item, "schedules", path, false);
      for (int j = 0; j < items.size(); j++) {
        String schedulePath = index(child(path, "schedules"), j);
        JsonNode entry = object(items.get(j), schedulePath);
        if (entry == null) {
          continue;
        }
        boolean dated = present(entry, "valid_from") || present(entry, "valid_to");
        if (present(entry, "freq")) {
          if (dated) {
            problem(schedulePath, "interop.error.schedule.rule-with-dates");
          }
          WeeklyRule rule = rule(entry, schedulePath);
          if (rule != null) {
            rules.add(rule);
          }
        } else if (dated) {
          ScheduleException exception = exception(entry, schedulePath);
          if (exception != null) {
            exceptions.add(exception);
          }
        } else {
          problem(schedulePath, "interop.error.schedule.kind");
        }
      }
      return new Schedule(rules, exceptions, holidays);
    }

    private WeeklyRule rule(JsonNode entry, String path) {
      String freq = text(entry, "freq", path, true);
      boolean weekly = "WEEKLY".equalsIgnoreCase(freq == null ? "" : freq.strip());
      if (freq != null && !weekly) {
        problem(child(path, "freq"), "interop.error.schedule.freq", freq);
      }
      Set<DayOfWeek> days = null;
      String byDay = text(entry, "byday", path, true);
      if (byDay != null) {
        try {
          days = WeeklyRule.parseByDay(byDay);
        } catch (DirectoryException e) {
          problem(child(path, "byday"), e.messageKey(), e.arguments());
        }
      }
      Integer opens = time(entry, "opens_at", path, true);
      Integer closes = time(entry, "closes_at", path, true);
      if (!weekly || days == null || opens == null || closes == null) {
        return null;
      }
      try {
        return new WeeklyRule(days, opens, closes);
      } catch (DirectoryException e) {
        problem(path, e.messageKey(), e.arguments());
        return null;
      }
    }

    private ScheduleException exception(JsonNode entry, String path) {
      LocalDate from = date(entry, "valid_from", path);
      LocalDate to = date(entry, "valid_to", path);
      boolean closed = Boolean.TRUE.equals(flag(entry, "x_klara_closed", path));
      if (closed && (present(entry, "opens_at") || present(entry, "closes_at"))) {
        problem(path, "interop.error.schedule.closed-with-hours");
        return null;
      }
      Integer opens = time(entry, "opens_at", path, !closed);
      Integer closes = time(entry, "closes_at", path, !closed);
      String note = text(entry, "notes", path, false);
      if (from == null || to == null || (!closed && (opens == null || closes == null))) {
        return null;
      }
      try {
        return new ScheduleException(from, to, closed, opens, closes, note);
      } catch (DirectoryException e) {
        String at =
            e.messageKey().equals("schedule.exception.dates-inverted")
                ? child(path, "valid_to")
                : path;
        problem(at, e.messageKey(), e.arguments());
        return null;
      }
    }

    private List<Commitment> commitments(JsonNode item, String path) {
      List<Commitment> commitments = new ArrayList<>();
      List<JsonNode> items = array(item, "x_klara_commitments", path, false);
      for (int j = 0; j < items.size(); j++) {
        String commitmentPath = index(child(path, "x_klara_commitments"), j);
        JsonNode entry = object(items.get(j), commitmentPath);
        if (entry == null) {
          continue;
        }
        String text = text(entry, "text", commitmentPath, true);
        String owner = text(entry, "owner", commitmentPath, false);
        String followUp = text(entry, "follow_up", commitmentPath, false);
        if (text == null) {
          continue;
        }
        try {
          commitments.add(new Commitment(text, owner, followUp));
        } catch (DirectoryException e) {
          problem(child(commitmentPath, "text"), e.messageKey(), e.arguments());
        }
      }
      return commitments;
    }

    private List<String> locationIds(JsonNode item, String path, Set<String> known) {
      Set<String> ids = new LinkedHashSet<>();
      List<JsonNode> items = array(item, "x_klara_location_ids", path, false);
      for (int j = 0; j < items.size(); j++) {
        String idPath = index(child(path, "x_klara_location_ids"), j);
        JsonNode entry = items.get(j);
        if (!entry.isString()) {
          problem(idPath, "interop.error.type.text");
        } else if (!known.contains(entry.stringValue())) {
          problem(idPath, "interop.error.location.unknown", entry.stringValue());
        } else {
          ids.add(entry.stringValue());
        }
      }
      return new ArrayList<>(ids);
    }

    private boolean organisationExists(String slug) {
      return knownOrganisations.computeIfAbsent(slug, organisationExists::test);
    }

    // --- typed fields; each reports its own problem and answers null ------------------------

    private String text(JsonNode object, String name, String path, boolean required) {
      JsonNode node = value(object, name, path, required);
      if (node == null) {
        return null;
      }
      if (!node.isString()) {
        problem(child(path, name), "interop.error.type.text");
        return null;
      }
      return node.stringValue();
    }

    private Integer integer(JsonNode object, String name, String path) {
      JsonNode node = value(object, name, path, false);
      if (node == null) {
        return null;
      }
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        problem(child(path, name), "interop.error.type.integer");
        return null;
      }
      return node.intValue();
    }

    private Double number(JsonNode object, String name, String path) {
      JsonNode node = value(object, name, path, false);
      if (node == null) {
        return null;
      }
      if (!node.isNumber()) {
        problem(child(path, name), "interop.error.type.number");
        return null;
      }
      return node.doubleValue();
    }

    private Boolean flag(JsonNode object, String name, String path) {
      JsonNode node = value(object, name, path, false);
      if (node == null) {
        return null;
      }
      if (!node.isBoolean()) {
        problem(child(path, name), "interop.error.type.boolean");
        return null;
      }
      return node.asBoolean();
    }

    private Integer time(JsonNode object, String name, String path, boolean required) {
      String text = text(object, name, path, required);
      if (text == null) {
        return null;
      }
      Matcher m = TIME.matcher(text.strip());
      if (!m.matches()) {
        problem(child(path, name), "interop.error.time", text);
        return null;
      }
      try {
        return WeeklyRule.minutes(m.group(1), m.group(2));
      } catch (DirectoryException e) {
        problem(child(path, name), "interop.error.time", text);
        return null;
      }
    }

    private LocalDate date(JsonNode object, String name, String path) {
      String text = text(object, name, path, true);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        problem(child(path, name), "interop.error.date", text);
        return null;
      }
    }

    private <E extends Enum<E>> E choice(
        JsonNode object, String name, String path, Class<E> type, String unknownKey) {
      String text = text(object, name, path, false);
      return text == null ? null : constant(text, type, child(path, name), unknownKey);
    }

    private <E extends Enum<E>> Set<E> choices(
        JsonNode object,
        String name,
        String path,
        Class<E> type,
        String unknownKey,
        boolean required) {
      if (value(object, name, path, required) == null) {
        return null;
      }
      Set<E> result = EnumSet.noneOf(type);
      List<JsonNode> items = array(object, name, path, required);
      for (int j = 0; j < items.size(); j++) {
        String itemPath = index(child(path, name), j);
        JsonNode entry = items.get(j);
        if (!entry.isString()) {
          problem(itemPath, "interop.error.type.text");
          continue;
        }
        E constant = constant(entry.stringValue(), type, itemPath, unknownKey);
        if (constant != null) {
          result.add(constant);
        }
      }
      return result;
    }

    private <E extends Enum<E>> E constant(String text, Class<E> type, String path, String key) {
      String wanted = text.strip().toUpperCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(wanted)) {
          return constant;
        }
      }
      String known =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      problem(path, key, text, known);
      return null;
    }

    private List<JsonNode> array(JsonNode object, String name, String path, boolean required) {
      JsonNode node = value(object, name, path, required);
      if (node == null) {
        return List.of();
      }
      if (!node.isArray()) {
        problem(child(path, name), "interop.error.type.array");
        return List.of();
      }
      List<JsonNode> items = new ArrayList<>();
      node.values().forEach(items::add);
      return items;
    }

    private JsonNode object(JsonNode node, String path) {
      if (!node.isObject()) {
        problem(path, "interop.error.type.object");
        return null;
      }
      return node;
    }

    /** The field's value; null when it is absent or JSON null (a problem if it is required). */
    private JsonNode value(JsonNode object, String name, String path, boolean required) {
      JsonNode node = object.get(name);
      if (node == null || node.isNull()) {
        if (required) {
          problem(child(path, name), "interop.error.required");
        }
        return null;
      }
      return node;
    }

    private boolean present(JsonNode object, String name) {
      JsonNode node = object.get(name);
      return node != null && !node.isNull();
    }

    private void problem(String path, String key, Object... arguments) {
      problems.add(HsdsProblem.at(path, key, arguments));
    }
  }

  /** Whether following the entries each service is part of leads back to {@code id}. */
  private static boolean inCircle(String id, Map<String, String> parents) {
    String current = parents.get(id);
    for (int steps = 0; current != null && steps < parents.size(); steps++) {
      if (current.equals(id)) {
        return true;
      }
      current = parents.get(current);
    }
    return false;
  }

  /** Places ordered so that every parent comes before its children. */
  private static List<Location> parentsFirst(Map<String, Location> locations) {
    return locations.values().stream()
        .sorted(Comparator.comparingInt(l -> depth(l, locations)))
        .toList();
  }

  /** How many parents a place has in the file; -1 when the chain runs in a circle. */
  private static int depth(Location location, Map<String, Location> locations) {
    int depth = 0;
    Location current = location;
    while (current.parentSlug() != null && locations.containsKey(current.parentSlug())) {
      current = locations.get(current.parentSlug());
      depth++;
      if (current == location || depth > locations.size()) {
        return -1;
      }
    }
    return depth;
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String index(String path, int index) {
    return path + "[" + index + "]";
  }
}
