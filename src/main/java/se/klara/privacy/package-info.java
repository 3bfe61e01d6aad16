/**
 * Keeps persons out of the data: detects identity numbers, phone numbers, e-mail addresses and
 * names in free text.
 */
package se.klara.privacy;
