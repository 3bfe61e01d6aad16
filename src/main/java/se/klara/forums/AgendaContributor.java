package se.klara.forums;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Lets a module that depends on forums put items on a meeting's agenda without forums depending on
 * it (for example the action plan's items whose owner is still being identified go onto the
 * strategic forum's agenda). Forums collects every bean of this type when it builds an agenda.
 */
public interface AgendaContributor {

  /** A short heading for this contributor's block of the agenda, in the given language. */
  String heading(Locale locale);

  /** The entries for a meeting of a forum at the given level in the area on the given day. */
  List<AgendaEntry> entriesFor(long areaId, ForumLevel level, LocalDate meetingDay, Locale locale);
}
