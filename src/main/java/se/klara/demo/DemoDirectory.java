package se.klara.demo;

import static se.klara.directory.Need.CRISIS_SUPPORT;
import static se.klara.directory.Need.LEISURE_ACTIVITY;
import static se.klara.directory.Need.MEDICAL_CARE;
import static se.klara.directory.Need.MUMIN_INTERVIEW;
import static se.klara.directory.Need.ORDER_MAINTENANCE;
import static se.klara.directory.Need.OUTREACH_CONTACT;
import static se.klara.directory.Need.PHYSICAL_ENVIRONMENT;
import static se.klara.directory.Need.POLICE_RESPONSE;
import static se.klara.directory.Need.REPORT_OF_CONCERN;
import static se.klara.directory.Need.SHELTER;
import static se.klara.directory.Need.SUBSTANCE_USE;
import static se.klara.directory.TargetGroup.CHILDREN_AT_RISK;
import static se.klara.directory.TargetGroup.DRUG_USE;
import static se.klara.directory.TargetGroup.EU_CITIZENS;
import static se.klara.directory.TargetGroup.EVERYONE;
import static se.klara.directory.TargetGroup.HOMELESS_ADULTS;
import static se.klara.directory.TargetGroup.MENTAL_HEALTH_CRISIS;
import static se.klara.directory.TargetGroup.SELLING_SEX;
import static se.klara.directory.TargetGroup.YOUTH;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import se.klara.areas.Area;
import se.klara.directory.AgeRange;
import se.klara.directory.Commitment;
import se.klara.directory.ContactPaths;
import se.klara.directory.Directory;
import se.klara.directory.HolidayPolicy;
import se.klara.directory.Need;
import se.klara.directory.Schedule;
import se.klara.directory.ScheduleException;
import se.klara.directory.TargetGroup;
import se.klara.directory.UnitDraft;
import se.klara.directory.UnitKind;
import se.klara.directory.WeeklyRule;
import se.klara.places.Place;
import se.klara.places.Places;

/**
 * The Klara area's actors from the seed's chapters Medaktörer and Samverkansforum, with mandates
 * and hours consistent with the seed; an entry that the seed places within another (the uppsökande
 * socialsekreterare of the Centralstationsprojektet within Uppsökarteamet) comes after it. Every
 * phone number lies in the range PTS reserves for fiction (070-174 06 05 – 070-174 06 99); e-mail
 * addresses use the reserved example.org domain.
 */
final class DemoDirectory {
  private DemoDirectory() {}

  static void load(Directory directory, Places places, Area klara) {
    for (UnitDraft draft : drafts(places, klara)) {
      if (directory.bySlug(klara, draft.slug()).isEmpty()) {
        directory.create(klara, draft, "Demodata (Vision Klara 2019)");
      }
    }
  }

  static List<UnitDraft> drafts(Places places, Area klara) {
    return List.of(
        unit(
            "ungdomsjouren",
            "Ungdomsjouren",
            UnitKind.UNIT,
            "socialforvaltningen",
            "Arbetar uppsökande på Sergels torg och i stadens riskmiljöer med barn och unga upp till"
                + " 20 år, dagar, kvällar och nätter, för att tidigt upptäcka unga som riskerar att"
                + " fara illa och länka dem vidare till stöd. Förebygger substansbruk,"
                + " kriminalitet och prostitution.",
            "Tar inte emot vuxna över 20 år. Ingen myndighetsutövning på plats: orosanmälan går"
                + " till socialtjänsten i hemkommunen.",
            new AgeRange(null, 20),
            Set.of(YOUTH, CHILDREN_AT_RISK),
            Set.of(
                REPORT_OF_CONCERN,
                SUBSTANCE_USE,
                OUTREACH_CONTACT,
                MUMIN_INTERVIEW,
                CRISIS_SUPPORT),
            new ContactPaths(
                "070-174 06 10",
                "ungdomsjouren@example.org",
                "Rakel: STH SOC UNGDOM",
                null,
                "Ring jourtelefonen; teamet kommer till platsen eller möts i samverkanslokalen."),
            schedule(
                HolidayPolicy.AS_USUAL, "MO-TH 13:00-01:00", "FR-SA 13:00-03:00", "SU 13:00-23:00"),
            places(places, klara),
            List.of(
                new Commitment(
                    "Delar lägesbild om unga på samverkansutsättningen två gånger i veckan.",
                    "Biträdande enhetschef Framtid Stockholm",
                    "Närvaro följs upp i Platssamverkan Klara"))),
        unit(
            "faltassistenter-norrmalm",
            "Fältassistenter Norrmalm",
            UnitKind.UNIT,
            "norrmalms-sdf",
            "Arbetar uppsökande, trygghetsskapande och relationsskapande med ungdomar 13–19 år och"
                + " lotsar unga till fritidsaktiviteter.",
            "Arbetar med ungdomar 13–19 år; sommaruppehåll under semesterperioden.",
            new AgeRange(13, 19),
            Set.of(YOUTH),
            Set.of(OUTREACH_CONTACT, LEISURE_ACTIVITY, REPORT_OF_CONCERN),
            new ContactPaths(
                "070-174 06 11",
                "faltassistenter.norrmalm@example.org",
                null,
                null,
                "Ring fältassistenternas telefon; de möter upp på plats."),
            new Schedule(
                List.of(WeeklyRule.parse("TU-TH 15:00-22:00"), WeeklyRule.parse("FR 17:00-01:00")),
                List.of(
                    new ScheduleException(
                        LocalDate.of(2026, 7, 6),
                        LocalDate.of(2026, 8, 9),
                        true,
                        null,
                        null,
                        "Sommaruppehåll")),
                HolidayPolicy.CLOSED),
            places(places, klara, "sergels-torg", "hotorget", "drottninggatan"),
            List.of()),
        unit(
            "uppsokarteamet",
            "Uppsökarteamet",
            UnitKind.UNIT,
            "socialforvaltningen",
            "Når vuxna i hemlöshet eller annan utsatt situation i offentliga miljöer och är en länk"
                + " till det ordinarie systemet för hjälp och insatser.",
            "Vuxna från 18 år. Kontorstid; kvällar, nätter och helger tar Socialjouren över.",
            new AgeRange(18, null),
            Set.of(HOMELESS_ADULTS, DRUG_USE, MENTAL_HEALTH_CRISIS),
            Set.of(OUTREACH_CONTACT, SHELTER, SUBSTANCE_USE),
            new ContactPaths(
                "070-174 06 12",
                "uppsokarteamet@example.org",
                null,
                null,
                "Ring teamets telefon; akut efter kontorstid: Socialjouren."),
            schedule(HolidayPolicy.CLOSED, "MO-FR 07:30-16:00"),
            places(places, klara),
            List.of()),
        unit(
                "uppsokande-centralstationen",
                "Uppsökande socialsekreterare Centralstationen",
                UnitKind.FUNCTION,
                "socialforvaltningen",
                "Två uppsökande socialsekreterare hjälper människor i utsatthet som uppehåller sig på"
                    + " Centralstationen och Cityterminalen (Centralstationsprojektet, sedan augusti"
                    + " 2019).",
                "Endast Centralstationen och Cityterminalen, dagtid vardagar.",
                new AgeRange(18, null),
                Set.of(HOMELESS_ADULTS, EU_CITIZENS, DRUG_USE, MENTAL_HEALTH_CRISIS),
                Set.of(OUTREACH_CONTACT, SHELTER),
                new ContactPaths(
                    "070-174 06 13",
                    null,
                    null,
                    null,
                    "Ring; möts vid informationsdisken i Centralstationens stora hall."),
                schedule(HolidayPolicy.CLOSED, "MO-FR 08:00-17:00"),
                places(places, klara, "centralstationen", "cityterminalen"),
                List.of())
            .withParent("uppsokarteamet"),
        unit(
            "eu-teamet",
            "EU-teamet",
            UnitKind.UNIT,
            "socialforvaltningen",
            "Når EU-medborgare i hemlöshet eller annan utsatt situation och länkar vid behov av"
                + " akuta insatser.",
            "EU-medborgare utan uppehållsrätt; kontorstid.",
            AgeRange.ANY,
            Set.of(EU_CITIZENS, HOMELESS_ADULTS),
            Set.of(OUTREACH_CONTACT, SHELTER),
            new ContactPaths(
                "070-174 06 14", "eu-teamet@example.org", null, null, "Ring teamets telefon."),
            schedule(HolidayPolicy.CLOSED, "MO-FR 08:00-16:30"),
            places(places, klara),
            List.of()),
        unit(
            "mika",
            "MIKA-mottagningen",
            UnitKind.UNIT,
            "socialforvaltningen",
            "Mottagning för vuxna som har sex mot ersättning, skadar sig med sex eller är utsatta"
                + " för människohandel för sexuella ändamål; arbetar också uppsökande.",
            "Vuxna bosatta i Stockholms stad.",
            new AgeRange(18, null),
            Set.of(SELLING_SEX),
            Set.of(OUTREACH_CONTACT, CRISIS_SUPPORT, MEDICAL_CARE),
            new ContactPaths(
                "070-174 06 15",
                "mika@example.org",
                null,
                "Mottagningen: mån–fre 09–16",
                "Ring mottagningen eller följ personen dit under öppettid."),
            schedule(HolidayPolicy.CLOSED, "MO-FR 09:00-16:00", "TH 19:00-23:00"),
            places(places, klara),
            List.of()),
        unit(
            "socialjouren",
            "Socialjouren",
            UnitKind.UNIT,
            "socialforvaltningen",
            "Socialtjänstens jour när förvaltningarna har stängt: akuta ärenden om barn, unga och"
                + " vuxna, akut boende och orosanmälningar.",
            "Kvällar, nätter, helger och helgdagar.",
            AgeRange.ANY,
            Set.of(CHILDREN_AT_RISK, YOUTH, HOMELESS_ADULTS, MENTAL_HEALTH_CRISIS, DRUG_USE),
            Set.of(REPORT_OF_CONCERN, SHELTER, CRISIS_SUPPORT),
            new ContactPaths(
                "070-174 06 16", null, null, null, "Ring Socialjouren; de kan komma ut vid behov."),
            schedule(
                HolidayPolicy.AS_SUNDAY,
                "MO-TH 16:00-08:00",
                "FR 16:00-24:00",
                "SA-SU 00:00-24:00",
                "MO 00:00-08:00"),
            List.of(),
            List.of()),
        unit(
            "polisen-ingripande",
            "Polisen, ingripandeverksamhet City",
            UnitKind.UNIT,
            "polisen-lpo-norrmalm",
            "Ingriper dygnet runt vid brott och ordningsstörningar, tar emot orosanmälningar om"
                + " barn och genomför MUMIN-samtal med socialtjänsten vid misstänkt narkotikabrott.",
            "Vid akut fara: 112.",
            AgeRange.ANY,
            Set.of(EVERYONE),
            Set.of(
                POLICE_RESPONSE,
                ORDER_MAINTENANCE,
                SUBSTANCE_USE,
                MUMIN_INTERVIEW,
                REPORT_OF_CONCERN),
            new ContactPaths(
                "070-174 06 17",
                null,
                "Rakel: STH PO CITY",
                null,
                "Akut: 112. Annars ring insatsledarens telefon eller anropa på Rakel."),
            schedule(HolidayPolicy.AS_USUAL, "MO-SU 00:00-24:00"),
            List.of(),
            List.of()),
        unit(
            "omradespoliser-norrmalm",
            "Områdespoliser Norrmalm",
            UnitKind.FUNCTION,
            "polisen-lpo-norrmalm",
            "Utför operativt förebyggande och reaktiva åtgärder enligt polisens grunduppdrag och"
                + " samverkansöverenskommelsen; kallar till samverkansutsättningen.",
            "Dagtid vardagar; kvällar och nätter tar ingripandeverksamheten över.",
            AgeRange.ANY,
            Set.of(EVERYONE),
            Set.of(POLICE_RESPONSE, ORDER_MAINTENANCE, SUBSTANCE_USE),
            new ContactPaths(
                "070-174 06 18", null, "Rakel: STH LPO NORRMALM", null, "Anropa på Rakel."),
            schedule(HolidayPolicy.CLOSED, "MO-FR 07:00-17:00"),
            List.of(),
            List.of()),
        unit(
            "kommunpolis-norrmalm",
            "Kommunpolis Norrmalm",
            UnitKind.FUNCTION,
            "polisen-lpo-norrmalm",
            "Håller i helheten tillsammans med trygghetssamordnaren och följer upp polisens"
                + " åtaganden i samverkansöverenskommelsen.",
            "Samordnande funktion, inte i yttre tjänst.",
            AgeRange.ANY,
            Set.of(EVERYONE),
            Set.of(),
            new ContactPaths(
                "070-174 06 19",
                "kommunpolis.norrmalm@example.org",
                null,
                null,
                "Mejla eller ring."),
            schedule(HolidayPolicy.CLOSED, "MO-FR 08:00-16:30"),
            List.of(),
            List.of()),
        unit(
            "trygghetssamordnare-norrmalm",
            "Trygghetssamordnare Norrmalm",
            UnitKind.FUNCTION,
            "norrmalms-sdf",
            "Håller i helheten tillsammans med kommunpolisen och tar problem i den fysiska miljön"
                + " vidare till rätt ägare.",
            "Samordnande funktion, inte i yttre tjänst.",
            AgeRange.ANY,
            Set.of(EVERYONE),
            Set.of(PHYSICAL_ENVIRONMENT),
            new ContactPaths(
                "070-174 06 20", "trygghet.norrmalm@example.org", null, null, "Mejla eller ring."),
            schedule(HolidayPolicy.CLOSED, "MO-FR 08:00-16:30"),
            List.of(),
            List.of()),
        unit(
            "platsansvarig",
            "Platsansvarig, samverkanslokalen",
            UnitKind.FUNCTION,
            "city-i-samverkan",
            "Samordnar aktörerna i samverkanslokalen och på samverkansutsättningar; nav och"
                + " praktisk facilitator.",
            "Bemannar samverkanslokalen vardagar 10–18.",
            AgeRange.ANY,
            Set.of(EVERYONE),
            Set.of(PHYSICAL_ENVIRONMENT),
            new ContactPaths(
                "070-174 06 21",
                "platsansvarig@example.org",
                null,
                "Samverkanslokalen: mån–fre 10–18",
                "Kom förbi samverkanslokalen eller ring."),
            schedule(HolidayPolicy.CLOSED, "MO-FR 10:00-18:00"),
            places(places, klara, "sergels-torg"),
            List.of()),
        unit(
            "ordningsvakter-kulturhuset",
            "Ordningsvakter Kulturhuset Stadsteatern",
            UnitKind.FUNCTION,
            "kulturhuset-stadsteatern",
            "Upprätthåller ordningen i och kring Kulturhuset Stadsteatern dygnet runt.",
            "Får bara verka inom sitt LOV 3-område kring huset.",
            AgeRange.ANY,
            Set.of(EVERYONE),
            Set.of(ORDER_MAINTENANCE),
            new ContactPaths(
                "070-174 06 22", null, null, null, "Ring gruppchefen för ordningsvakterna."),
            schedule(HolidayPolicy.AS_USUAL, "MO-SU 00:00-24:00"),
            places(places, klara, "kulturhuset-entre", "plattan"),
            List.of()),
        unit(
            "mobila-ordningsvakter",
            "Stadens mobila ordningsvakter",
            UnitKind.UNIT,
            "sakerhetsenheten-slk",
            "Stadens mobila team av ordningsvakter i Klara sedan augusti 2019.",
            "Får bara verka inom LOV 3-området i Klara.",
            AgeRange.ANY,
            Set.of(EVERYONE),
            Set.of(ORDER_MAINTENANCE),
            new ContactPaths("070-174 06 23", null, null, null, "Ring gruppledaren."),
            schedule(HolidayPolicy.AS_USUAL, "WE-SA 16:00-02:00"),
            List.of(),
            List.of()),
        unit(
            "ordningsvakter-jernhusen",
            "Ordningsvakter Jernhusen",
            UnitKind.FUNCTION,
            "jernhusen",
            "Upprätthåller ordningen på Centralstationen och Cityterminalen.",
            "Endast inom Jernhusens LOV 3-områden.",
            AgeRange.ANY,
            Set.of(EVERYONE),
            Set.of(ORDER_MAINTENANCE),
            new ContactPaths("070-174 06 24", null, null, null, "Ring gruppledaren."),
            schedule(HolidayPolicy.AS_USUAL, "MO-SU 00:00-24:00"),
            places(places, klara, "centralstationen", "cityterminalen"),
            List.of()),
        unit(
            "belysningsansvarig",
            "Belysningsansvarig, trafikkontoret",
            UnitKind.FUNCTION,
            "trafikkontoret",
            "Åtgärdar och hanterar frågor om belysning på allmän mark.",
            "Allmän mark; stationer och fastigheter har egna ägare.",
            AgeRange.ANY,
            Set.of(EVERYONE),
            Set.of(PHYSICAL_ENVIRONMENT),
            new ContactPaths(
                "070-174 06 25", "belysning@example.org", null, null, "Mejla med plats och foto."),
            schedule(HolidayPolicy.CLOSED, "MO-FR 08:00-16:00"),
            List.of(),
            List.of()));
  }

  private static UnitDraft unit(
      String slug,
      String name,
      UnitKind kind,
      String organisation,
      String mandate,
      String limits,
      AgeRange ages,
      Set<TargetGroup> groups,
      Set<Need> needs,
      ContactPaths contact,
      Schedule schedule,
      List<Long> placeIds,
      List<Commitment> commitments) {
    return new UnitDraft(
        slug,
        name,
        kind,
        organisation,
        null,
        mandate,
        limits,
        ages,
        groups,
        needs,
        contact,
        schedule,
        placeIds,
        commitments);
  }

  private static Schedule schedule(HolidayPolicy holidays, String... rules) {
    return new Schedule(Arrays.stream(rules).map(WeeklyRule::parse).toList(), List.of(), holidays);
  }

  private static List<Long> places(Places places, Area area, String... slugs) {
    return Arrays.stream(slugs)
        .map(slug -> places.bySlug(area.id(), slug).map(Place::id).orElseThrow())
        .toList();
  }
}
