/**
 * The action plan (åtgärdsplan): problems in the physical environment and structural problems
 * routed to the organisation that owns them, followed through guarded verbs until completed or
 * written off, with the raiser told of every decision; also the Open311 GeoReport v2 interface.
 */
package se.klara.actions;
