package se.klara.goals;

/** A goal of an area's vision: its number (Mål 1), title and the text explaining it. */
public record Goal(long id, long areaId, int number, String title, String description) {}
