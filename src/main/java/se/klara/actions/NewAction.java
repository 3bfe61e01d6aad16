package se.klara.actions;

import java.time.LocalDate;

/**
 * A problem as someone raises it. The place is a slug of the area's places (optional for structural
 * items); the owner is proposed by routing unless given.
 */
public record NewAction(
    Category category,
    String placeSlug,
    String title,
    String description,
    LocalDate dueDate,
    Priority priority) {}
