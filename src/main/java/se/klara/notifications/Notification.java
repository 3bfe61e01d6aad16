package se.klara.notifications;

import java.time.Instant;

/** A notification as its reader sees it, the message already in the reader's language. */
public record Notification(
    long id, String message, String text, String link, Instant createdAt, boolean read) {}
