package se.klara.incidents;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How to read a source's CSV files: which header column holds what, how times are written, and
 * which of the area's category codes each raw category text means. Column names are matched exactly
 * (after trimming); raw category texts case-insensitively after trimming. Time, category are
 * required; the others may be null. Latitude and longitude come together (WGS84).
 *
 * @param timeFormat a {@link DateTimeFormatter} pattern of local Swedish time, or null for ISO
 *     {@code yyyy-MM-dd HH:mm[:ss]} (ISO times with an offset are always accepted)
 * @param categories raw category text (normalised to lower case, trimmed) to category code
 * @param defaultCategory the code for raw texts not in {@code categories}; without one an unmapped
 *     text is an error
 */
public record SourceMapping(
    SourceKind kind,
    String timeColumn,
    String priorityColumn,
    String categoryColumn,
    String placeColumn,
    String latitudeColumn,
    String longitudeColumn,
    String timeFormat,
    Map<String, String> categories,
    String defaultCategory) {

  public SourceMapping {
    kind = kind == null ? SourceKind.OTHER : kind;
    timeColumn = column(timeColumn);
    priorityColumn = column(priorityColumn);
    categoryColumn = column(categoryColumn);
    placeColumn = column(placeColumn);
    latitudeColumn = column(latitudeColumn);
    longitudeColumn = column(longitudeColumn);
    timeFormat = timeFormat == null || timeFormat.isBlank() ? null : timeFormat.trim();
    defaultCategory =
        defaultCategory == null || defaultCategory.isBlank() ? null : defaultCategory.trim();
    if (timeColumn == null) {
      throw new IncidentException("timeColumn", "incidents.mapping.error.time-column");
    }
    if (categoryColumn == null) {
      throw new IncidentException("categoryColumn", "incidents.mapping.error.category-column");
    }
    if ((latitudeColumn == null) != (longitudeColumn == null)) {
      throw new IncidentException("latitudeColumn", "incidents.mapping.error.coordinates");
    }
    if (timeFormat != null) {
      try {
        DateTimeFormatter.ofPattern(timeFormat);
      } catch (IllegalArgumentException e) {
        throw new IncidentException("timeFormat", "incidents.mapping.error.time-format");
      }
    }
    Map<String, String> normalised = new LinkedHashMap<>();
    if (categories != null) {
      categories.forEach(
          (raw, code) -> {
            if (raw == null || raw.isBlank() || code == null || code.isBlank()) {
              throw new IncidentException("categories", "incidents.mapping.error.category-entry");
            }
            normalised.put(rawKey(raw), code.trim());
          });
    }
    categories = Map.copyOf(normalised);
  }

  /** The header names this mapping reads, in the order time, priority, category, place, point. */
  public List<String> columnNames() {
    return Stream.of(
            timeColumn,
            priorityColumn,
            categoryColumn,
            placeColumn,
            latitudeColumn,
            longitudeColumn)
        .filter(Objects::nonNull)
        .toList();
  }

  /** How raw category texts are compared: trimmed, lower case. */
  static String rawKey(String raw) {
    return raw.trim().toLowerCase(Locale.ROOT);
  }

  private static String column(String name) {
    return name == null || name.isBlank() ? null : name.trim();
  }
}
