package se.klara.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.situation.Briefing;
import se.klara.situation.Briefings;
import se.klara.support.IntegrationTest;

/** A meeting's agenda: template, open questions, the briefing, and other modules' entries. */
class AgendaTests extends IntegrationTest {
  @Autowired Forums forums;
  @Autowired Questions questions;
  @Autowired Briefings briefings;
  @Autowired Areas areas;

  /** What the action plan will contribute, e.g. items whose owner is being identified. */
  static final AgendaContributor OWNERS =
      new AgendaContributor() {
        @Override
        public String heading(Locale locale) {
          return "Ägare utreds";
        }

        @Override
        public List<AgendaEntry> entriesFor(
            long areaId, ForumLevel level, LocalDate day, Locale locale) {
          return level == ForumLevel.STRATEGIC
              ? List.of(new AgendaEntry("Lampa släckt, Vasagatan 24", "sedan 12 dagar", "/x"))
              : List.of();
        }
      };

  @Test
  void anOperationalAgendaHasTheTemplateOpenQuestionsAndTheBriefing() {
    Area klara = areas.bySlug("klara").orElseThrow();
    Forum forum = forums.byName(klara.id(), "Klara samverkansutsättning").orElseThrow();
    Meeting next = forums.upcoming(klara.id(), forum.id(), 1).get(0);
    Question open =
        questions.raise(
            actor("field"), klara, "Agendatest: fråga", null, forum.id(), null, "", null, false);
    Briefing briefing =
        briefings.prepare(
            actor("coordinator"),
            klara,
            next.startsAt().toLocalDate(),
            Locale.forLanguageTag("sv"));
    Agendas agendas =
        new Agendas(
            forums,
            questions,
            briefings,
            new StaticListableBeanFactory(Map.of("owners", OWNERS))
                .getBeanProvider(AgendaContributor.class));

    Agenda agenda = agendas.of(klara, next, Locale.forLanguageTag("sv"));
    assertThat(agenda.items())
        .containsExactly(
            "Lägesbild sedan sist", "Behov av stöd mellan aktörerna", "Vem gör vad i kväll");
    assertThat(agenda.openQuestions()).extracting(Question::id).contains(open.id());
    assertThat(agenda.briefingLink()).isEqualTo("/areas/klara/briefings/" + briefing.id());
    assertThat(agenda.contributed()).isEmpty();

    Forum plats = forums.byName(klara.id(), "Platssamverkan Klara").orElseThrow();
    Meeting strategic = forums.upcoming(klara.id(), plats.id(), 1).get(0);
    Agenda strategicAgenda = agendas.of(klara, strategic, Locale.forLanguageTag("sv"));
    assertThat(strategicAgenda.briefingLink()).isNull();
    assertThat(strategicAgenda.contributed())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.heading()).isEqualTo("Ägare utreds");
              assertThat(b.entries())
                  .extracting(AgendaEntry::title)
                  .containsExactly("Lampa släckt, Vasagatan 24");
            });
    String page = signedInAs("field").get("/areas/klara/meetings/" + next.id()).body();
    assertThat(page)
        .contains("/areas/klara/briefings/" + briefing.id())
        .contains("Agendatest: fråga");
  }
}
