package se.klara.goals;

/** A geography measurements refer to (Klara, the whole district, a place), by code and name. */
public record Geography(String code, String name) {}
