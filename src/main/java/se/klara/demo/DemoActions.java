package se.klara.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import se.klara.accounts.Accounts;
import se.klara.actions.ActionPlan;
import se.klara.actions.Category;
import se.klara.actions.PastAction;
import se.klara.actions.Status;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.directory.OrganisationKind;
import se.klara.directory.Organisations;

/**
 * The action plan of the demo area: the seed's measures in the urban environment of 2018–2019
 * (chapter "Stadsmiljö": lighting under the bridge at Vasagatan 24, in the stairs to
 * Klarabergsgatan, the re-mounted span wire at Nils Ferlins torg, temporary lighting at T-Centralen
 * södra, removed power outlets, ashtray, grit box and temporary trees) as completed items with
 * plausible dates and owners, plus a few open and written-off ones. Loaded once.
 */
@Component
@ConditionalOnBooleanProperty("klara.demo.enabled")
class DemoActions implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(DemoActions.class);
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private final DemoDataLoader loader;
  private final Areas areas;
  private final Accounts accounts;
  private final Organisations organisations;
  private final ActionPlan plan;
  private final Clock clock;

  DemoActions(
      DemoDataLoader loader,
      Areas areas,
      Accounts accounts,
      Organisations organisations,
      ActionPlan plan,
      Clock clock) {
    this.loader = loader;
    this.areas = areas;
    this.accounts = accounts;
    this.organisations = organisations;
    this.plan = plan;
    this.clock = clock;
  }

  /** One item: what, where, who raised it (demo user), who owned it, when, how it ended. */
  record Seed(
      Category category,
      String place,
      String title,
      String description,
      String raisedBy,
      String owner,
      String ownerFunction,
      LocalDate raised,
      Status status,
      LocalDate decided,
      String outcome) {}

  static final List<Seed> MEASURES =
      List.of(
          new Seed(
              Category.LIGHTING,
              "vasagatan-24",
              "Belysning under bron, Vasagatan 24",
              "Mörkt under bron vid snabbmatsrestaurangen; platsen används för försäljning.",
              "field",
              "trafikkontoret",
              "Belysningsansvarig",
              LocalDate.of(2018, 3, 12),
              Status.COMPLETED,
              LocalDate.of(2018, 5, 28),
              "Ny belysning monterad under bron."),
          new Seed(
              Category.LIGHTING,
              "trappan-klarabergsgatan",
              "Belysning i trappan mellan Vasagatan 24 och Klarabergsgatan",
              "Trappan är mörk kvällstid och upplevs otrygg.",
              "field",
              "trafikkontoret",
              "Belysningsansvarig",
              LocalDate.of(2018, 9, 3),
              Status.COMPLETED,
              LocalDate.of(2018, 11, 20),
              "Belysningen i trappan förstärkt."),
          new Seed(
              Category.LIGHTING,
              "nils-ferlins-torg",
              "Återmontering av linspänn, Nils Ferlins torg",
              "Linspännet med belysning över torget har lossnat.",
              "coordinator",
              "trafikkontoret",
              "Belysningsansvarig",
              LocalDate.of(2019, 1, 14),
              Status.COMPLETED,
              LocalDate.of(2019, 3, 5),
              "Linspännet återmonterat och belysningen tänd."),
          new Seed(
              Category.LIGHTING,
              "t-centralen-sodra",
              "Tillfällig belysning över balkongen vid glashuset, T-Centralen södra",
              "Balkongen ovanför uppgången är mörk.",
              "coordinator",
              "trafikforvaltningen-sl",
              null,
              LocalDate.of(2019, 2, 11),
              Status.COMPLETED,
              LocalDate.of(2019, 4, 2),
              "Tillfällig belysning uppsatt över balkongen."),
          new Seed(
              Category.FURNITURE,
              "plattan",
              "Borttagande av eluttag",
              "Eluttag används för att ladda telefoner under försäljning.",
              "field",
              "trafikkontoret",
              null,
              LocalDate.of(2018, 6, 4),
              Status.COMPLETED,
              LocalDate.of(2018, 8, 15),
              "Eluttagen borttagna."),
          new Seed(
              Category.FURNITURE,
              null,
              "Borttagande av askkopp vid Besamdörrar",
              "Askkoppen vid entrédörrarna används som gömställe.",
              "coordinator",
              "hufvudstaden",
              null,
              LocalDate.of(2018, 10, 8),
              Status.COMPLETED,
              LocalDate.of(2018, 11, 1),
              "Askkoppen borttagen av fastighetsägaren."),
          new Seed(
              Category.FURNITURE,
              "sergels-torg",
              "Borttagande av sandningslåda",
              "Sandningslådan används som gömställe.",
              "field",
              "trafikkontoret",
              null,
              LocalDate.of(2019, 3, 18),
              Status.COMPLETED,
              LocalDate.of(2019, 4, 24),
              "Sandningslådan borttagen."),
          new Seed(
              Category.VEGETATION,
              "sergels-torg",
              "Borttagande av tillfälliga träd i säckar",
              "De tillfälliga träden i säckar skymmer sikten och används som gömställen.",
              "coordinator",
              "trafikkontoret",
              null,
              LocalDate.of(2019, 5, 6),
              Status.COMPLETED,
              LocalDate.of(2019, 6, 10),
              "Träden i säckar borttagna."),
          // Written off
          new Seed(
              Category.CAMERA,
              "superelipsen",
              "Kamerabevakning under fontänen",
              "Förslag om kamera vid Superelipsen.",
              "field",
              null,
              null,
              LocalDate.of(2019, 4, 1),
              Status.WRITTEN_OFF,
              LocalDate.of(2019, 9, 16),
              "Kräver tillstånd för kamerabevakning; förs vidare i polisens ordinarie process."),
          new Seed(
              Category.ACCESS_LOCKS,
              "vasagatan-7",
              "Garageport som står öppen nattetid, Vasagatan 7",
              "Porten står öppen och används för övernattning.",
              "partner",
              null,
              null,
              LocalDate.of(2019, 8, 19),
              Status.WRITTEN_OFF,
              LocalDate.of(2019, 11, 4),
              "Porten byggdes om vid fastighetens renovering; inget kvar att åtgärda."));

  /** Open items, raised this many days before today. */
  record OpenSeed(
      Category category,
      String place,
      String title,
      String description,
      String raisedBy,
      String owner,
      int daysAgo,
      Status status,
      String note) {}

  static final List<OpenSeed> OPEN =
      List.of(
          new OpenSeed(
              Category.LIGHTING,
              "klara-kyrkogard",
              "Mörkt hörn vid kyrkogårdens östra grind",
              "Hörnet innanför grinden saknar belysning.",
              "field",
              null,
              12,
              Status.OWNER_UNKNOWN,
              null),
          new OpenSeed(
              Category.VEGETATION,
              "cityterminalen",
              "Buske skymmer sikten vid entrén",
              "Buskaget vid entrén har vuxit igen.",
              "field",
              "jernhusen",
              6,
              Status.ASSIGNED,
              null),
          new OpenSeed(
              Category.FURNITURE,
              "plattan",
              "Trasigt räcke vid trappan ner till Plattan",
              "Räcket sitter löst.",
              "partner",
              "trafikkontoret",
              20,
              Status.IN_PROGRESS,
              "Reparation beställd."),
          new OpenSeed(
              Category.WORKING_HOURS,
              null,
              "Ingen uppsökande verksamhet tidig morgon",
              "Försäljningen har flyttat till morgontimmarna; socialtjänstens uppsökare börjar"
                  + " senare.",
              "coordinator",
              null,
              40,
              Status.ESCALATED,
              "Kräver beslut om arbetstider hos flera förvaltningar."));

  @Override
  public void afterSingletonsInstantiated() {
    if (areas.bySlug("klara").isEmpty() || accounts.byUsername("partner").isEmpty()) {
      loader.load(); // adds only what is missing
    }
    load();
  }

  private void record(Area area, Seed s) {
    var raiser = accounts.byUsername(s.raisedBy()).orElseThrow();
    plan.recordPast(
        area,
        new PastAction(
            s.category(),
            s.place(),
            s.title(),
            s.description(),
            raiser.id(),
            raiser.organisationId(),
            s.owner() == null ? null : organisations.bySlug(s.owner()).orElseThrow().id(),
            s.ownerFunction(),
            s.raised(),
            s.status(),
            s.decided(),
            s.outcome()));
  }

  void load() {
    Area klara = areas.bySlug("klara").orElseThrow();
    if (plan.hasDemoItems(klara)) {
      return;
    }
    // The seed names Hufvudstaden as the owner behind one measure. It is registered as an owner of
    // that item only, not as a participant of the area (the seed's list of actors stays as it is).
    organisations.register("hufvudstaden", "Hufvudstaden", OrganisationKind.PROPERTY_OWNER);
    for (Seed s : MEASURES) {
      record(klara, s);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), STOCKHOLM);
    for (OpenSeed s : OPEN) {
      boolean waiting = s.status() == Status.OWNER_UNKNOWN || s.status() == Status.ASSIGNED;
      record(
          klara,
          new Seed(
              s.category(),
              s.place(),
              s.title(),
              s.description(),
              s.raisedBy(),
              s.owner(),
              null,
              today.minusDays(s.daysAgo()),
              s.status(),
              waiting ? null : today.minusDays(Math.max(1, s.daysAgo() / 2)),
              s.note()));
    }
    log.info("Demo action plan loaded: {} items in Klara", MEASURES.size() + OPEN.size());
  }
}
