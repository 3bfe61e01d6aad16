/** Incident statistics imported from police, crime and guard records, kept as rollups. */
package se.klara.incidents;
