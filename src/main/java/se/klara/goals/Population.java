package se.klara.goals;

/** The number of inhabitants of a geography in a year, used for rates per 100 000. */
public record Population(String geography, int year, int population) {}
