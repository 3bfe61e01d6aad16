package se.klara.actions;

import java.time.Instant;

/** An answer to the question whether it is fixed, with the raiser's comment. */
public record ActionFeedback(Answer answer, String comment, Instant answeredAt, String byName) {}
