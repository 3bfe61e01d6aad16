package se.klara.forums;

import java.time.LocalDate;

/** A period of whole days, both ends included, as a follow-up view shows it. */
public record Period(LocalDate from, LocalDate to) {}
