package se.klara.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import se.klara.accounts.Account;
import se.klara.accounts.Accounts;
import se.klara.accounts.NewAccount;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.directory.Directory;
import se.klara.directory.Organisation;
import se.klara.directory.OrganisationKind;
import se.klara.directory.Organisations;
import se.klara.forums.Forums;
import se.klara.forums.Questions;
import se.klara.goals.Goals;
import se.klara.places.Places;
import se.klara.shared.Role;

/**
 * Loads the demo area on start, before the web server accepts requests (so a demo account can sign
 * in as soon as the port is open). Every step adds only what is missing, so a restart (or a second
 * run) changes nothing and edits made in the demo survive.
 */
@Component
@ConditionalOnBooleanProperty("klara.demo.enabled")
class DemoDataLoader implements SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  /** The actors named in the seed's chapter "Medaktörer" (Vision Klara – Rapport 1, 2019). */
  static final List<OrganisationSeed> ORGANISATIONS =
      List.of(
          new OrganisationSeed(
              "polisen-lpo-norrmalm",
              "Polisen, lokalpolisområde Norrmalm",
              OrganisationKind.POLICE),
          new OrganisationSeed(
              "norrmalms-sdf", "Norrmalms stadsdelsförvaltning", OrganisationKind.CITY_DISTRICT),
          new OrganisationSeed(
              "socialforvaltningen",
              "Socialförvaltningen, Stockholms stad",
              OrganisationKind.SOCIAL_SERVICES),
          new OrganisationSeed(
              "kulturhuset-stadsteatern", "Kulturhuset Stadsteatern", OrganisationKind.CULTURE),
          new OrganisationSeed(
              "trafikkontoret", "Trafikkontoret, Stockholms stad", OrganisationKind.CITY_OFFICE),
          new OrganisationSeed(
              "exploateringskontoret",
              "Exploateringskontoret, Stockholms stad",
              OrganisationKind.CITY_OFFICE),
          new OrganisationSeed(
              "sakerhetsenheten-slk",
              "Säkerhetsenheten, stadsledningskontoret",
              OrganisationKind.CITY_OFFICE),
          new OrganisationSeed(
              "city-i-samverkan", "City i Samverkan", OrganisationKind.BUSINESS_ASSOCIATION),
          new OrganisationSeed(
              "trafikforvaltningen-sl", "Trafikförvaltningen (SL)", OrganisationKind.TRANSIT),
          new OrganisationSeed("mtr", "MTR", OrganisationKind.TRANSIT),
          new OrganisationSeed("jernhusen", "Jernhusen", OrganisationKind.PROPERTY_OWNER),
          new OrganisationSeed(
              "lansstyrelsen-stockholm",
              "Länsstyrelsen i Stockholms län",
              OrganisationKind.COUNTY_BOARD),
          new OrganisationSeed("safe-skyddsvarnet", "SAFE (Skyddsvärnet)", OrganisationKind.NGO),
          new OrganisationSeed(
              "amf-fastigheter", "AMF Fastigheter", OrganisationKind.PROPERTY_OWNER),
          new OrganisationSeed("vasakronan", "Vasakronan", OrganisationKind.PROPERTY_OWNER),
          new OrganisationSeed(
              "galostiftelsen", "Gålöstiftelsen", OrganisationKind.PROPERTY_OWNER));

  /** One account per role, named after a function of the seed, never after a person. */
  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("admin", "Systemförvaltare Klara", "norrmalms-sdf", Role.ADMIN, true),
          new DemoAccount(
              "coordinator",
              "Trygghetssamordnare Norrmalm",
              "norrmalms-sdf",
              Role.COORDINATOR,
              true),
          new DemoAccount(
              "field", "Områdespolis Norrmalm", "polisen-lpo-norrmalm", Role.FIELD, false),
          new DemoAccount("owner", "Belysningsansvarig", "trafikkontoret", Role.OWNER, false),
          new DemoAccount(
              "steering",
              "Lokalpolisområdeschef Norrmalm",
              "polisen-lpo-norrmalm",
              Role.STEERING,
              false),
          new DemoAccount(
              "partner", "Säkerhetsansvarig Vasakronan", "vasakronan", Role.PARTNER, false));

  record OrganisationSeed(String slug, String name, OrganisationKind kind) {}

  /** {@code alsoLiljeholmen}: a member of the second demo area as well. */
  record DemoAccount(
      String username,
      String displayName,
      String organisation,
      Role role,
      boolean alsoLiljeholmen) {}

  private final Areas areas;
  private final Organisations organisations;
  private final Accounts accounts;
  private final DemoProperties properties;
  private final Places places;
  private final Directory directory;
  private final Goals goals;
  private final Forums forums;
  private final Questions questions;

  DemoDataLoader(
      Areas areas,
      Organisations organisations,
      Accounts accounts,
      DemoProperties properties,
      Places places,
      Directory directory,
      Goals goals,
      Forums forums,
      Questions questions,
      DemoModeGuard guard) {
    // The guard is a parameter only so that it has refused a production start before this runs.
    this.areas = areas;
    this.organisations = organisations;
    this.accounts = accounts;
    this.properties = properties;
    this.places = places;
    this.directory = directory;
    this.goals = goals;
    this.forums = forums;
    this.questions = questions;
  }

  @Override
  public void afterSingletonsInstantiated() {
    load();
  }

  public void load() {
    Area klara =
        areas.register(
            "klara",
            "Klara",
            "Stadsdelen Klara med Sergels torg, Plattan och Centralstationen: fokusområde för"
                + " Vision Klara (polisen och Norrmalms stadsdelsförvaltning, sedan 2016).",
            "10102");
    Area liljeholmen =
        areas.register(
            "liljeholmen",
            "Liljeholmen",
            "Andra demoområdet: dit grupper flyttade från Sergels torg enligt Vision Klara 2019."
                + " Ännu utan data.",
            null);
    for (OrganisationSeed seed : ORGANISATIONS) {
      Organisation organisation = organisations.register(seed.slug(), seed.name(), seed.kind());
      organisations.addToArea(organisation.id(), klara.id());
    }
    DemoPlaces.load(places, klara);
    DemoDirectory.load(directory, places, klara);
    DemoGoals.load(goals, klara);
    int created = 0;
    for (DemoAccount demo : ACCOUNTS) {
      if (accounts.byUsername(demo.username()).isPresent()) {
        continue;
      }
      long organisationId = organisations.bySlug(demo.organisation()).orElseThrow().id();
      List<Long> areaIds =
          demo.alsoLiljeholmen() ? List.of(klara.id(), liljeholmen.id()) : List.of(klara.id());
      Account account =
          accounts.create(
              new NewAccount(
                  demo.username(),
                  demo.displayName(),
                  organisationId,
                  demo.role(),
                  properties.password().toCharArray(),
                  areaIds,
                  true));
      // Reserved top-level domain (RFC 2606): a demo mail can never reach a real person.
      accounts.setEmail(account.id(), demo.username() + "@demo.klara.invalid");
      created++;
    }
    if (created > 0) {
      log.info("Demo area loaded: {} demo accounts created", created);
    }
    DemoForums.load(forums, questions, directory, organisations, places, accounts, klara);
  }
}
