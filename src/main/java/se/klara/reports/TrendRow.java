package se.klara.reports;

/** A row of the report's trend tables: name, count in the year, the year before, change in %. */
public record TrendRow(String name, long count, long previous, String change) {}
