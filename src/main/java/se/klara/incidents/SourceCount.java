package se.klara.incidents;

/** How many incidents of a category one source (e.g. the station's guard log) recorded. */
public record SourceCount(String sourceName, String categoryCode, long count) {}
