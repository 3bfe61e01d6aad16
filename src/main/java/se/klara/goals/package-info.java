/**
 * Goals and follow-up: an area's vision, goals, indicators with direction and target, measurements
 * per period, populations for rates per 100 000, the open-drug-scene checklist and assessments.
 */
package se.klara.goals;
