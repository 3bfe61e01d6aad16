package se.klara.areas;

/**
 * Published in the registering transaction when a new area is stored (not when the slug already
 * existed), so that other modules can give the area what every area starts with.
 */
public record AreaRegistered(Area area) {}
