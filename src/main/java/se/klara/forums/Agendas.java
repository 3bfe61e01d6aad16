package se.klara.forums;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import se.klara.areas.Area;
import se.klara.situation.Briefing;
import se.klara.situation.Briefings;

/** Builds a meeting's agenda from the template, the open questions, the briefing and others. */
@Service
public class Agendas {
  private final Forums forums;
  private final Questions questions;
  private final Briefings briefings;
  private final ObjectProvider<AgendaContributor> contributors;

  Agendas(
      Forums forums,
      Questions questions,
      Briefings briefings,
      ObjectProvider<AgendaContributor> contributors) {
    this.forums = forums;
    this.questions = questions;
    this.briefings = briefings;
    this.contributors = contributors;
  }

  public Agenda of(Area area, Meeting meeting, Locale locale) {
    Forum forum = forums.get(area.id(), meeting.forumId());
    String link = null;
    String summary = null;
    if (forum.level() == ForumLevel.OPERATIONAL) {
      for (Briefing b : briefings.newest(area)) {
        if (b.meetingDate().equals(meeting.startsAt().toLocalDate())) {
          link = "/areas/" + area.slug() + "/briefings/" + b.id();
          summary = b.text().summary();
          break;
        }
      }
    }
    List<Agenda.Block> blocks = new ArrayList<>();
    contributors
        .orderedStream()
        .forEach(
            c -> {
              List<AgendaEntry> entries =
                  c.entriesFor(area.id(), forum.level(), meeting.startsAt().toLocalDate(), locale);
              if (entries != null && !entries.isEmpty()) {
                blocks.add(new Agenda.Block(c.heading(locale), List.copyOf(entries)));
              }
            });
    return new Agenda(forum.agendaItems(), questions.openAt(forum.id()), link, summary, blocks);
  }
}
