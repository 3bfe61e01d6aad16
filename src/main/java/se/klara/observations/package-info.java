/** Field observations of places and phenomena, with aggregate counts and never a person. */
package se.klara.observations;
