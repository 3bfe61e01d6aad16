package se.klara.directory;

import java.time.ZonedDateTime;

/**
 * A unit that can take over: on duty until {@code until}, or next on duty from {@code nextStart}.
 * {@code placeSpecific}: it works at the very place (not just somewhere in the area).
 */
public record HandoverMatch(
    Unit unit,
    boolean onDuty,
    ZonedDateTime until,
    ZonedDateTime nextStart,
    boolean placeSpecific) {}
