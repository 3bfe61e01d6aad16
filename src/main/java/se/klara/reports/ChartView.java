package se.klara.reports;

/** A chart as the report shows it: its caption and the inline SVG. */
public record ChartView(String title, String svg) {}
