/**
 * Analysis of an area's own data with established methods computed exactly: Getis-Ord hot spots,
 * displacement after an intervention (WDQ, WDD), temporal displacement with circular statistics,
 * near repeats (Knox), hot-spot map accuracy (PAI, RRI) and the origin of people met.
 */
package se.klara.analysis;
