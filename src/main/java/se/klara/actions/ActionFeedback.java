package se.klara.actions;

import java.time.Instant;

/** An answer to "is it fixed?", with the raiser's comment. */
public record ActionFeedback(Answer answer, String comment, Instant answeredAt, String byName) {}
