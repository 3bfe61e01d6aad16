/**
 * Reports: the annual follow-up report of an area as an HTML page and a PDF, built from an ordered
 * list of sections that any module can add to.
 */
package se.klara.reports;
