package se.klara.forums;

import java.time.Instant;

/** A correction added to the minutes of a closed meeting: who added what, when. */
public record Correction(long id, String text, String addedBy, Instant addedAt) {}
