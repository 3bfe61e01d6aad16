/** The append-only record of who signed in, who changed what, and who read restricted views. */
package se.klara.audit;
