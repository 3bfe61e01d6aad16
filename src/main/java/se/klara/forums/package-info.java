/**
 * The forums of an area (operational briefing up to the steering group), their meetings, attendance
 * and minutes, and the questions that travel up between them and whose answers travel back down.
 */
package se.klara.forums;
