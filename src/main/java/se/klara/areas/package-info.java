/** Collaboration areas: the hot spots (Klara first) that an installation serves. */
package se.klara.areas;
