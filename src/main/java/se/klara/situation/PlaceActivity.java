package se.klara.situation;

/** How much was reported at a place in the period, for the map and its list. */
public record PlaceActivity(
    String slug,
    String name,
    ShownCount observations,
    ShownCount incidents,
    long total,
    int level) {}
