package se.klara.forums;

/**
 * One line another module puts on a meeting's agenda, already in the reader's language.
 *
 * @param title what the forum should take up, e.g. "Lampa släckt, Vasagatan 24"
 * @param detail why it is on the agenda, e.g. "ägare utreds sedan 12 dagar"; may be empty
 * @param link where the details are, a path inside Klara; may be null
 */
public record AgendaEntry(String title, String detail, String link) {}
