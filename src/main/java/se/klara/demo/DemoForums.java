package se.klara.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.klara.accounts.Account;
import se.klara.accounts.Accounts;
import se.klara.areas.Area;
import se.klara.directory.Directory;
import se.klara.directory.Organisations;
import se.klara.forums.Forum;
import se.klara.forums.ForumDraft;
import se.klara.forums.ForumLevel;
import se.klara.forums.Forums;
import se.klara.forums.Meeting;
import se.klara.forums.MeetingStatus;
import se.klara.forums.Question;
import se.klara.forums.Questions;
import se.klara.places.Places;
import se.klara.shared.Actor;

/**
 * The four Klara forums of the seed (Vision Klara – Rapport 1, 2019, "Samverkansforum"): Klara
 * samverkansutsättning twice a week, FO Klara as needed, Platssamverkan Klara monthly and the
 * steering group twice a year; their meetings through 2019 with attendance shaped like the seed's
 * chart of the briefings February–August 2019 (the police almost always, the social services'
 * outreach teams and the district's field assistants most times, the guards of the property owners
 * less often); and questions raised at the briefing, escalated to Platssamverkan Klara, one of them
 * on to the steering group. Loaded once: nothing happens when the forums exist.
 */
final class DemoForums {
  private DemoForums() {}

  static final String BRIEFING = "Klara samverkansutsättning";
  static final String FO = "FO Klara";
  static final String PLATS = "Platssamverkan Klara";
  static final String STEERING = "Styrgrupp Vision Klara";
  static final String PREMISES = "Klara samverkanslokal, Sergels torg";

  /**
   * Share of the briefings of 2019 each organisation attended, with the function that came: the
   * shape of the seed's attendance chart (highest first).
   */
  static final Map<String, Double> BRIEFING_ATTENDANCE = new LinkedHashMap<>();

  static final Map<String, String> BRIEFING_FUNCTION = new LinkedHashMap<>();

  static {
    BRIEFING_ATTENDANCE.put("polisen-lpo-norrmalm", 0.94);
    BRIEFING_ATTENDANCE.put("socialforvaltningen", 0.86);
    BRIEFING_ATTENDANCE.put("city-i-samverkan", 0.78);
    BRIEFING_ATTENDANCE.put("norrmalms-sdf", 0.68);
    BRIEFING_ATTENDANCE.put("kulturhuset-stadsteatern", 0.58);
    BRIEFING_ATTENDANCE.put("sakerhetsenheten-slk", 0.47);
    BRIEFING_ATTENDANCE.put("trafikforvaltningen-sl", 0.33);
    BRIEFING_ATTENDANCE.put("jernhusen", 0.21);
    BRIEFING_FUNCTION.put("polisen-lpo-norrmalm", "omradespoliser-norrmalm");
    BRIEFING_FUNCTION.put("socialforvaltningen", "ungdomsjouren");
    BRIEFING_FUNCTION.put("city-i-samverkan", "platsansvarig");
    BRIEFING_FUNCTION.put("norrmalms-sdf", "faltassistenter-norrmalm");
    BRIEFING_FUNCTION.put("kulturhuset-stadsteatern", "ordningsvakter-kulturhuset");
    BRIEFING_FUNCTION.put("sakerhetsenheten-slk", "mobila-ordningsvakter");
    BRIEFING_FUNCTION.put("jernhusen", "ordningsvakter-jernhusen");
  }

  static void load(
      Forums forums,
      Questions questions,
      Directory directory,
      Organisations organisations,
      Places places,
      Accounts accounts,
      Area klara) {
    if (forums.byName(klara.id(), BRIEFING).isPresent()) {
      return;
    }
    Forum steering =
        forums.create(
            klara,
            draft(
                directory,
                organisations,
                klara,
                STEERING,
                ForumLevel.STEERING,
                "Beslutar om vision och gemensamma mål, förankrar dem och sina åtaganden i de egna"
                    + " verksamheterna, följer upp resultat och driver utveckling.",
                "trygghetssamordnare-norrmalm",
                null,
                "FREQ=YEARLY;BYMONTH=3,10;BYDAY=2TH",
                LocalTime.of(13, 0),
                120,
                "Norrmalms stadsdelsförvaltning",
                null,
                "Uppföljning av mål och åtaganden\nFrågor från Platssamverkan Klara\nBeslut",
                List.of(
                    "norrmalms-sdf",
                    "polisen-lpo-norrmalm",
                    "socialforvaltningen",
                    "trafikkontoret",
                    "exploateringskontoret",
                    "kulturhuset-stadsteatern",
                    "city-i-samverkan")));
    Forum plats =
        forums.create(
            klara,
            draft(
                directory,
                organisations,
                klara,
                PLATS,
                ForumLevel.STRATEGIC,
                "Strategisk samverkan ungefär en gång i månaden: behov av åtgärder i stadsmiljön,"
                    + " organisatoriska samverkansutmaningar och lägesbild på strategisk nivå.",
                "kommunpolis-norrmalm",
                "trygghetssamordnare-norrmalm",
                "FREQ=MONTHLY;BYDAY=2WE",
                LocalTime.of(9, 0),
                120,
                PREMISES,
                steering.id(),
                "Lägesbild från de operativa forumen\nFrågor som lyfts\nÅtgärdsplanen",
                List.of(
                    "norrmalms-sdf",
                    "polisen-lpo-norrmalm",
                    "socialforvaltningen",
                    "trafikkontoret",
                    "kulturhuset-stadsteatern",
                    "city-i-samverkan",
                    "jernhusen",
                    "lansstyrelsen-stockholm",
                    "trafikforvaltningen-sl",
                    "mtr")));
    Forum fo =
        forums.create(
            klara,
            draft(
                directory,
                organisations,
                klara,
                FO,
                ForumLevel.OPERATIONAL_STRATEGIC,
                "Samlar fler aktörer i Klara inför kända händelser: demonstrationer, skollov,"
                    + " festivaler. Polisens planering delas och lokala aktörers frågor tas om hand.",
                "kommunpolis-norrmalm",
                null,
                null,
                LocalTime.of(10, 0),
                90,
                PREMISES,
                plats.id(),
                "Kommande händelse och polisens planering\nAktörernas frågor\nKontaktvägar",
                List.of(
                    "polisen-lpo-norrmalm",
                    "norrmalms-sdf",
                    "socialforvaltningen",
                    "sakerhetsenheten-slk",
                    "kulturhuset-stadsteatern",
                    "trafikforvaltningen-sl",
                    "mtr",
                    "jernhusen",
                    "city-i-samverkan",
                    "amf-fastigheter",
                    "vasakronan",
                    "galostiftelsen")));
    Forum briefing =
        forums.create(
            klara,
            draft(
                directory,
                organisations,
                klara,
                BRIEFING,
                ForumLevel.OPERATIONAL,
                "Operativ samverkan två gånger i veckan: lägesbild, aktörernas uppdrag för kvällen"
                    + " och behov av stöd mellan aktörerna.",
                "omradespoliser-norrmalm",
                "platsansvarig",
                "FREQ=WEEKLY;BYDAY=TU,TH",
                LocalTime.of(15, 0),
                60,
                PREMISES,
                plats.id(),
                ForumDraft.SHORT_AGENDA,
                new ArrayList<>(BRIEFING_ATTENDANCE.keySet())));

    LocalDate first = LocalDate.of(2019, 1, 1);
    LocalDate last = LocalDate.of(2019, 12, 31);
    for (Forum f : List.of(steering, plats, briefing)) {
      forums.generate(f, first, last);
    }
    for (String[] adHoc :
        new String[][] {
          {"2019-02-14", "Inför sportlovet"},
          {"2019-04-25", "Inför valborg"},
          {"2019-06-05", "Inför sommarlovet"},
          {"2019-07-30", "Inför Pride"},
          {"2019-10-24", "Inför höstlovet"}
        }) {
      forums.createAdHoc(
          klara, fo.id(), LocalDate.parse(adHoc[0]), LocalTime.of(10, 0), 90, adHoc[1]);
    }

    Map<String, Long> orgs = new LinkedHashMap<>();
    organisations.participatingIn(klara.id()).forEach(o -> orgs.put(o.slug(), o.id()));
    Map<String, Long> units = new LinkedHashMap<>();
    directory.unitsIn(klara).forEach(u -> units.put(u.slug(), u.id()));

    // The briefing: twice a week, cancelled on public holidays; attendance like the chart.
    Set<LocalDate> cancelled =
        Set.of(LocalDate.of(2019, 6, 6), LocalDate.of(2019, 12, 24), LocalDate.of(2019, 12, 26));
    List<Meeting> briefings = forums.between(briefing.id(), first, last);
    int index = 0;
    for (Meeting m : briefings) {
      if (cancelled.contains(m.startsAt().toLocalDate())) {
        forums.cancel(klara, m.id());
        continue;
      }
      boolean police = false;
      for (Map.Entry<String, Double> e : BRIEFING_ATTENDANCE.entrySet()) {
        if (attends(index, e.getValue())) {
          String unit = BRIEFING_FUNCTION.get(e.getKey());
          boolean isPolice = e.getKey().equals("polisen-lpo-norrmalm");
          police |= isPolice;
          forums.registerAttendance(
              klara,
              m.id(),
              orgs.get(e.getKey()),
              unit == null ? null : units.get(unit),
              isPolice ? 2 : 1,
              isPolice ? 1 : null,
              isPolice ? 1 : null);
        }
      }
      forums.recordHeld(m.id(), police ? "CONVENOR" : "STAND_IN", "", "");
      index++;
    }

    // Platssamverkan Klara: monthly, no meeting in July.
    int p = 0;
    for (Meeting m : forums.between(plats.id(), first, last)) {
      if (m.startsAt().getMonthValue() == 7) {
        forums.cancel(klara, m.id());
        continue;
      }
      for (String org :
          List.of(
              "norrmalms-sdf",
              "polisen-lpo-norrmalm",
              "socialforvaltningen",
              "trafikkontoret",
              "kulturhuset-stadsteatern",
              "city-i-samverkan",
              "jernhusen",
              "lansstyrelsen-stockholm",
              "trafikforvaltningen-sl",
              "mtr")) {
        double share =
            switch (org) {
              case "norrmalms-sdf", "polisen-lpo-norrmalm" -> 1.0;
              case "socialforvaltningen", "trafikkontoret" -> 0.9;
              case "lansstyrelsen-stockholm", "mtr" -> 0.4;
              default -> 0.7;
            };
        if (attends(p, share)) {
          forums.registerAttendance(klara, m.id(), orgs.get(org), null, 1, null, null);
        }
      }
      forums.recordHeld(m.id(), p % 5 == 4 ? "STAND_IN" : "CONVENOR", "", "");
      p++;
    }
    for (Meeting m : forums.between(steering.id(), first, last)) {
      for (Long org : steering.participantIds()) {
        forums.registerAttendance(klara, m.id(), org, null, 1, null, null);
      }
      forums.recordHeld(m.id(), "CONVENOR", "", "");
    }
    for (Meeting m : forums.between(fo.id(), first, last)) {
      for (Long org : fo.participantIds()) {
        forums.registerAttendance(klara, m.id(), org, null, 1, null, null);
      }
      forums.recordHeld(m.id(), "CONVENOR", "", "");
    }

    questions(forums, questions, places, accounts, klara, briefing, plats, steering, fo);
  }

  /**
   * Spreads a share evenly over the meetings: meeting i is attended when the running total steps.
   */
  static boolean attends(int i, double share) {
    return Math.floor((i + 1) * share) > Math.floor(i * share);
  }

  private static void questions(
      Forums forums,
      Questions questions,
      Places places,
      Accounts accounts,
      Area klara,
      Forum briefing,
      Forum plats,
      Forum steering,
      Forum fo) {
    Actor field = actor(accounts, "field");
    Actor coordinator = actor(accounts, "coordinator");
    Actor steer = actor(accounts, "steering");
    if (field == null || coordinator == null || steer == null) {
      return;
    }
    Long plattan = places.bySlug(klara.id(), "plattan").map(pl -> pl.id()).orElse(null);
    Long sergels = places.bySlug(klara.id(), "sergels-torg").map(pl -> pl.id()).orElse(null);

    Question light =
        questions.raise(
            field,
            klara,
            "Belysningen i gången mot Plattan är trasig sedan flera veckor; hörnet är mörkt och"
                + " används för försäljning.",
            plattan,
            null,
            meetingOn(forums, briefing, "2019-03-12"),
            "Belysningsansvarig, trafikkontoret",
            LocalDate.of(2019, 4, 30),
            true);
    questions.escalate(
        coordinator,
        klara,
        light.id(),
        "Belysning omhändertas i det strategiska forumet: vem ansvarar för armaturen?",
        null,
        true);
    questions.answer(
        coordinator,
        klara,
        light.id(),
        "Trafikkontoret äger armaturen och byter den vecka 16. Platsansvarig följer upp.",
        meetingOn(forums, plats, "2019-04-10"),
        true);
    questions.backdate(light.id(), at("2019-03-12"));

    Question hours =
        questions.raise(
            field,
            klara,
            "Områdespoliser och mobila ordningsvakter slutar tidigare än ungdomsjouren och"
                + " fältassistenterna; sena kvällar saknas samverkan på plats.",
            sergels,
            null,
            meetingOn(forums, briefing, "2019-05-16"),
            "",
            null,
            true);
    questions.escalate(
        coordinator,
        klara,
        hours.id(),
        "Arbetstider är en organisatorisk fråga för cheferna.",
        null,
        true);
    questions.decide(
        coordinator,
        klara,
        hours.id(),
        "Respektive chef ser över arbetstiderna till nästa möte.",
        meetingOn(forums, plats, "2019-06-12"),
        true);
    questions.escalate(
        coordinator,
        klara,
        hours.id(),
        "Kräver beslut om resurser i polisen och säkerhetsenheten.",
        meetingOn(forums, plats, "2019-09-11"),
        true);
    questions.answer(
        steer,
        klara,
        hours.id(),
        "Områdespolisernas och de mobila ordningsvakternas arbetstider förskjuts och utökas under"
            + " hösten så att de synkar med övriga samverkansaktörer.",
        meetingOn(forums, steering, "2019-10-10"),
        true);
    questions.backdate(hours.id(), at("2019-05-16"));

    Question training =
        questions.raise(
            field,
            klara,
            "Ordningsvakterna behöver kunskap om sex mot ersättning och hur de kan länka vidare.",
            null,
            null,
            meetingOn(forums, briefing, "2019-02-19"),
            "",
            null,
            true);
    questions.escalate(
        coordinator,
        klara,
        training.id(),
        "Utbildning kräver beslut av förvaltningarna.",
        null,
        true);
    questions.answer(
        coordinator,
        klara,
        training.id(),
        "Socialförvaltningen utbildar stadens mobila ordningsvakter under våren.",
        meetingOn(forums, plats, "2019-03-13"),
        true);
    questions.backdate(training.id(), at("2019-02-19"));

    Question benches =
        questions.raise(
            field,
            klara,
            "Sofforna vid trappan mot Sergels torg används som gömställe vid försäljning.",
            sergels,
            null,
            meetingOn(forums, briefing, "2019-09-10"),
            "",
            null,
            true);
    questions.escalate(
        coordinator,
        klara,
        benches.id(),
        "Möblering är en stadsmiljöfråga: vem äger sofforna?",
        null,
        true);
    questions.backdate(benches.id(), at("2019-09-10"));

    Question pride =
        questions.raise(
            coordinator,
            klara,
            "Fler ordningsvakter vid Plattan under Pride-veckan?",
            plattan,
            null,
            meetingOn(forums, fo, "2019-07-30"),
            "",
            null,
            true);
    questions.close(
        coordinator,
        klara,
        pride.id(),
        "Fastighetsägarna förstärker med egna ordningsvakter; ingen fråga kvar.",
        meetingOn(forums, fo, "2019-07-30"),
        true);
    questions.backdate(pride.id(), at("2019-07-30"));
  }

  private static java.time.Instant at(String day) {
    return LocalDate.parse(day).atTime(15, 30).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
  }

  private static Long meetingOn(Forums forums, Forum forum, String day) {
    LocalDate d = LocalDate.parse(day);
    return forums.between(forum.id(), d, d).stream()
        .filter(m -> m.status() != MeetingStatus.CANCELLED)
        .map(Meeting::id)
        .findFirst()
        .orElse(null);
  }

  private static Actor actor(Accounts accounts, String username) {
    return accounts
        .byUsername(username)
        .map(
            (Account a) ->
                new Actor(
                    a.id(),
                    a.username(),
                    a.displayName(),
                    a.organisationId(),
                    a.organisationName(),
                    a.role()))
        .orElse(null);
  }

  private static ForumDraft draft(
      Directory directory,
      Organisations organisations,
      Area klara,
      String name,
      ForumLevel level,
      String purpose,
      String convenor,
      String standIn,
      String rrule,
      LocalTime time,
      int minutes,
      String location,
      Long parentId,
      String agenda,
      List<String> participants) {
    return new ForumDraft(
        name,
        level,
        purpose,
        convenor == null ? null : directory.unit(klara, convenor).id(),
        standIn == null ? null : directory.unit(klara, standIn).id(),
        rrule,
        time,
        minutes,
        location,
        parentId,
        agenda,
        participants.stream().map(slug -> organisations.bySlug(slug).orElseThrow().id()).toList());
  }
}
