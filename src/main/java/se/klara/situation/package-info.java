/** The situation picture of an area and its places, and the briefing for the next meeting. */
package se.klara.situation;
