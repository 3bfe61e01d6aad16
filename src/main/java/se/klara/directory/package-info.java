/** The actors of collaboration: organisations and the areas they take part in. */
package se.klara.directory;
