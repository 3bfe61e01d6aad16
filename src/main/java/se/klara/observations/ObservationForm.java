package se.klara.observations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The observation form as typed, in texts, so that a refused form comes back exactly as it was
 * entered. Times are Swedish local time ({@code datetime-local}); {@code key} is the idempotency
 * key the server put in the form, so that a form sent twice (a double tap, a resend after a lost
 * answer) stores one observation.
 */
record ObservationForm(
    String place,
    String from,
    String to,
    List<String> phenomena,
    String intensity,
    String estimatedCount,
    Map<String, String> counts,
    String newFaces,
    String note,
    boolean noteConfirmed,
    String key,
    List<OriginRow> origins) {
  static final ZoneId ZONE = ObservationPageController.ZONE;

  /** The form shows at least this many rows for origins (more with script: "add a row"). */
  static final int ORIGIN_ROWS = 3;

  private static final Pattern ORIGIN_FIELD =
      Pattern.compile("origins\\[(\\d{1,3})]\\.(origin|count)");

  ObservationForm {
    phenomena = List.copyOf(phenomena);
    counts = Map.copyOf(counts);
    origins = List.copyOf(origins);
  }

  /**
   * One row of origins as typed: a home municipality or city district and how many of the people
   * met came from there (public: the template reads it).
   */
  public record OriginRow(String origin, String count) {
    boolean blank() {
      return origin.isBlank() && count.isBlank();
    }
  }

  /**
   * The rows the form shows: the typed ones and empty ones after them, at least {@value
   * #ORIGIN_ROWS} and always one empty (public: the template calls it).
   */
  public List<OriginRow> originRows() {
    List<OriginRow> rows = new ArrayList<>(origins);
    do {
      rows.add(new OriginRow("", ""));
    } while (rows.size() < ORIGIN_ROWS);
    return rows;
  }

  /** An empty form for the time window {@code from}–{@code to}. */
  static ObservationForm blank(String from, String to, String key) {
    return new ObservationForm(
        "",
        from,
        to,
        List.of(),
        "",
        "",
        Map.of(),
        NewFaces.UNKNOWN.name(),
        "",
        false,
        key,
        List.of());
  }

  /** The form filled in with a stored observation, to correct it. */
  static ObservationForm of(Observation o) {
    Map<String, String> counts = new LinkedHashMap<>();
    for (Gender g : Gender.values()) {
      for (AgeBand b : AgeBand.values()) {
        if (o.counts().get(g, b) > 0) {
          counts.put(g.key() + "." + b.key(), String.valueOf(o.counts().get(g, b)));
        }
      }
    }
    return new ObservationForm(
        o.placeSlug(),
        local(o.from()),
        local(o.to()),
        o.phenomena(),
        o.intensity() == null ? "" : o.intensity().name(),
        o.estimatedCount() == null ? "" : String.valueOf(o.estimatedCount()),
        counts,
        o.newFaces().name(),
        o.note() == null ? "" : o.note(),
        false,
        "",
        o.origins().stream()
            .map(origin -> new OriginRow(origin.origin(), String.valueOf(origin.count())))
            .toList());
  }

  private static String local(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZONE).withSecond(0).withNano(0).toString();
  }

  /**
   * The form as posted; counts are named {@code counts.<gender>.<age band>}, origins {@code
   * origins[<row>].origin} and {@code origins[<row>].count} (empty rows are left out).
   */
  static ObservationForm of(MultiValueMap<String, String> params) {
    Map<String, String> counts = new LinkedHashMap<>();
    for (Gender g : Gender.values()) {
      for (AgeBand b : AgeBand.values()) {
        String value = text(params.getFirst("counts." + g.key() + "." + b.key()));
        if (!value.isEmpty()) {
          counts.put(g.key() + "." + b.key(), value);
        }
      }
    }
    return new ObservationForm(
        text(params.getFirst("place")),
        text(params.getFirst("from")),
        text(params.getFirst("to")),
        params.getOrDefault("phenomena", List.of()),
        text(params.getFirst("intensity")),
        text(params.getFirst("estimatedCount")),
        counts,
        text(params.getFirst("newFaces")),
        params.getFirst("note") == null ? "" : params.getFirst("note"),
        "true".equals(params.getFirst("noteConfirmed")),
        text(params.getFirst("idempotencyKey")),
        originRows(params));
  }

  private static List<OriginRow> originRows(MultiValueMap<String, String> params) {
    Map<Integer, String[]> typed = new TreeMap<>();
    params.forEach(
        (name, values) -> {
          Matcher m = ORIGIN_FIELD.matcher(name);
          if (m.matches()) {
            String[] row = typed.computeIfAbsent(Integer.valueOf(m.group(1)), k -> new String[2]);
            row[m.group(2).equals("origin") ? 0 : 1] = values.isEmpty() ? "" : values.get(0);
          }
        });
    return typed.values().stream()
        .map(row -> new OriginRow(text(row[0]), text(row[1])))
        .filter(row -> !row.blank())
        .toList();
  }

  /** The count typed for a cell, or empty (public: the template calls it). */
  public String count(Gender gender, AgeBand band) {
    return counts.getOrDefault(gender.key() + "." + band.key(), "");
  }

  /** The submission, with the problems of fields that are not even well formed. */
  ObservationJson.Read read() {
    List<FieldProblem> problems = new ArrayList<>();
    Map<Gender, Map<AgeBand, Integer>> cells = new EnumMap<>(Gender.class);
    for (Gender g : Gender.values()) {
      for (AgeBand b : AgeBand.values()) {
        Integer n = number(count(g, b), "counts", problems);
        if (n != null) {
          cells.computeIfAbsent(g, k -> new EnumMap<>(AgeBand.class)).put(b, n);
        }
      }
    }
    List<OriginCount> originCounts = new ArrayList<>();
    for (int i = 0; i < origins.size(); i++) {
      OriginRow row = origins.get(i);
      String count = row.count();
      int value = 0;
      if (!count.matches("\\d{1,4}")) {
        problems.add(FieldProblem.of("origins[" + i + "].count", "observation.error.origin.count"));
      } else {
        value = Integer.parseInt(count);
      }
      originCounts.add(new OriginCount(row.origin(), value));
    }
    ObservationDraft draft =
        new ObservationDraft(
            place.isEmpty() ? null : place,
            time(from, "from", problems),
            time(to, "to", problems),
            phenomena,
            choice(Intensity.class, intensity),
            number(estimatedCount, "estimatedCount", problems),
            new GroupCounts(cells),
            choice(NewFaces.class, newFaces),
            note,
            noteConfirmed,
            originCounts);
    return new ObservationJson.Read(draft, problems.stream().distinct().toList());
  }

  /** The hash of what was typed (not the key): the same form sent again has the same hash. */
  String hash() {
    ObjectNode node = ObservationJson.JSON.createObjectNode();
    node.put("place", place);
    node.put("from", from);
    node.put("to", to);
    phenomena.forEach(node.putArray("phenomena")::add);
    node.put("intensity", intensity);
    node.put("estimatedCount", estimatedCount);
    ObjectNode typed = node.putObject("counts");
    counts.forEach(typed::put);
    node.put("newFaces", newFaces);
    node.put("note", note);
    node.put("noteConfirmed", noteConfirmed);
    ArrayNode typedOrigins = node.putArray("origins");
    origins.forEach(
        row -> typedOrigins.addObject().put("origin", row.origin()).put("count", row.count()));
    return ObservationJson.hash(node);
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  static Instant time(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(ZONE).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of(field, "observation.error.time.format"));
      return null;
    }
  }

  static Integer number(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.strip().matches("\\d{1,4}") || Integer.parseInt(text.strip()) > GroupCounts.MAX) {
      problems.add(FieldProblem.of(field, "observation.error.count.range"));
      return null;
    }
    return Integer.valueOf(text.strip());
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String text) {
    try {
      return text == null || text.isBlank() ? null : Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
