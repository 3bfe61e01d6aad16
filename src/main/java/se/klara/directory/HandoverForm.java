package se.klara.directory;

/**
 * The finder's query as typed: all optional text, parsed by the controller so that a wrong value
 * gets its own message instead of a generic 400.
 */
record HandoverForm(String group, String age, String need, String place, String day, String time) {}
