package se.klara.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.klara.areas.Area;
import se.klara.areas.Areas;
import se.klara.places.Place;
import se.klara.places.Places;

/**
 * Open311 GeoReport v2 (JSON) over the action plan: the physical categories are the services, the
 * action items of the physical environment are the service requests. Errors follow the
 * specification's format, a JSON array of objects with code and description (not RFC 9457: Open311
 * clients parse this shape). A jurisdiction is an area, named by its slug.
 */
@RestController
class Open311Controller {
  static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /** How far from a known place a reported point may lie and still be at that place. */
  static final double PLACE_RADIUS_METRES = 150;

  private final ActionPlan plan;
  private final Open311Clients clients;
  private final Areas areas;
  private final Places places;
  private final MessageSource messages;

  Open311Controller(
      ActionPlan plan, Open311Clients clients, Areas areas, Places places, MessageSource messages) {
    this.plan = plan;
    this.clients = clients;
    this.areas = areas;
    this.places = places;
    this.messages = messages;
  }

  /** An Open311 error answer: the status and the specification's array of errors. */
  static final class Open311Error extends RuntimeException {
    final int code;

    Open311Error(int code, String description) {
      super(description);
      this.code = code;
    }
  }

  @GetMapping(value = "/open311/v2/services.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> services(
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
      Locale locale) {
    try {
      if (jurisdiction != null) {
        area(jurisdiction);
      }
      List<Map<String, Object>> services = new ArrayList<>();
      for (Category category : services()) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.code());
        service.put("service_name", message(category.messageKey(), locale));
        service.put("description", message(category.messageKey(), locale));
        service.put("metadata", false);
        service.put("type", "realtime");
        service.put("keywords", String.join(", ", category.keywords()));
        service.put("group", message("actions.kind." + category.kind().name(), locale));
        services.add(service);
      }
      return ResponseEntity.ok(services);
    } catch (Open311Error e) {
      return error(e);
    }
  }

  @GetMapping(value = "/open311/v2/services/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> definition(@PathVariable("id") String code) {
    Optional<Category> category = service(code);
    if (category.isEmpty()) {
      return error(new Open311Error(404, "service_code was not found"));
    }
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("service_code", category.get().code());
    definition.put("attributes", List.of());
    return ResponseEntity.ok(definition);
  }

  @PostMapping(value = "/open311/v2/requests.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> create(
      @RequestParam(name = "api_key", required = false) String apiKey,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
      @RequestParam(name = "service_code", required = false) String serviceCode,
      @RequestParam(name = "lat", required = false) String lat,
      @RequestParam(name = "long", required = false) String lon,
      @RequestParam(name = "address_string", required = false) String addressString,
      @RequestParam(name = "address_id", required = false) String addressId,
      @RequestParam(name = "description", required = false) String description,
      Locale locale) {
    try {
      Open311Clients.Client client =
          clients
              .authenticate(apiKey)
              .orElseThrow(() -> new Open311Error(403, "api_key was not provided or is not valid"));
      Area area = areas.withIds(List.of(client.areaId())).get(0);
      if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(area.slug())) {
        throw new Open311Error(400, "jurisdiction_id does not match the api_key");
      }
      if (serviceCode == null || serviceCode.isBlank()) {
        throw new Open311Error(400, "service_code was not provided");
      }
      Category category =
          service(serviceCode)
              .orElseThrow(() -> new Open311Error(400, "service_code was not found"));
      Double latitude = coordinate("lat", lat, 90);
      Double longitude = coordinate("long", lon, 180);
      if ((latitude == null) != (longitude == null)) {
        throw new Open311Error(400, "lat and long must be given together");
      }
      String address =
          addressString == null || addressString.isBlank() ? null : addressString.strip();
      if (latitude == null && address == null && (addressId == null || addressId.isBlank())) {
        throw new Open311Error(
            400,
            "required location information was not provided (lat/long, address_string or"
                + " address_id)");
      }
      Place place = match(area, latitude, longitude, address, addressId).orElse(null);
      String text;
      String title;
      try {
        text = plan.text("description", description, ActionPlan.MAX_TEXT, false);
        title =
            text == null
                ? message(category.messageKey(), Locale.forLanguageTag("sv"))
                : ForumRequests.firstLine(text);
        if (address != null) {
          address = plan.text("address", address, 300, false);
        }
      } catch (ActionRefused e) {
        throw new Open311Error(
            400,
            e.messageKey().equals("actions.error.privacy")
                ? e.field()
                    + " seems to hold personal data (identity number, phone number or"
                    + " e-mail address); describe places and objects, never persons"
                : e.field() + " is too long");
      }
      Long owner = place == null ? null : plan.proposeOwner(place.id(), category).orElse(null);
      ActionItem item =
          plan.store(
              new ActionRepository.NewRow(
                  area.id(),
                  category.kind(),
                  category,
                  place == null ? null : place.id(),
                  latitude,
                  longitude,
                  address,
                  title,
                  text,
                  null,
                  client.organisationId(),
                  "OPEN311",
                  "Open311: " + client.name(),
                  null,
                  null,
                  null,
                  owner,
                  null,
                  null,
                  Priority.NORMAL,
                  owner == null ? Status.OWNER_UNKNOWN : Status.ASSIGNED,
                  plan.now(),
                  client.id()),
              null,
              "Open311: " + client.name() + " (" + client.organisationName() + ")");
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("service_request_id", String.valueOf(item.id()));
      answer.put(
          "service_notice",
          item.ownerOrgName() != null
              ? messages.getMessage(
                  "actions.open311.notice.routed", new Object[] {item.ownerOrgName()}, locale)
              : message("actions.open311.notice.unknown", locale));
      answer.put("account_id", null);
      return ResponseEntity.ok(List.of(answer));
    } catch (Open311Error e) {
      return error(e);
    }
  }

  @GetMapping(value = "/open311/v2/requests.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> requests(
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
      @RequestParam(name = "service_request_id", required = false) String ids,
      @RequestParam(name = "service_code", required = false) String serviceCode,
      @RequestParam(name = "start_date", required = false) String startDate,
      @RequestParam(name = "end_date", required = false) String endDate,
      @RequestParam(name = "status", required = false) String status,
      Locale locale) {
    try {
      Area area = jurisdiction(jurisdiction);
      List<ActionItem> items =
          plan.inArea(area.id(), ActionFilter.all()).stream()
              .filter(i -> i.kind() == Kind.PHYSICAL)
              .toList();
      if (ids != null && !ids.isBlank()) {
        Set<String> wanted =
            Arrays.stream(ids.split(",")).map(String::strip).collect(Collectors.toSet());
        items = items.stream().filter(i -> wanted.contains(String.valueOf(i.id()))).toList();
      } else {
        Instant end = instant("end_date", endDate, plan.now());
        Instant start = instant("start_date", startDate, end.minus(90, ChronoUnit.DAYS));
        if (serviceCode != null && !serviceCode.isBlank()) {
          Set<String> codes =
              Arrays.stream(serviceCode.split(",")).map(String::strip).collect(Collectors.toSet());
          items = items.stream().filter(i -> codes.contains(i.category().code())).toList();
        }
        if (status != null && !status.isBlank()) {
          Set<String> statuses =
              Arrays.stream(status.split(",")).map(String::strip).collect(Collectors.toSet());
          for (String s : statuses) {
            if (!s.equals("open") && !s.equals("closed")) {
              throw new Open311Error(400, "status must be open or closed");
            }
          }
          items = items.stream().filter(i -> statuses.contains(status(i))).toList();
        }
        items =
            items.stream()
                .filter(i -> !i.raisedAt().isBefore(start) && !i.raisedAt().isAfter(end))
                .limit(1000)
                .toList();
      }
      return ResponseEntity.ok(items.stream().map(i -> request(i, locale)).toList());
    } catch (Open311Error e) {
      return error(e);
    }
  }

  @GetMapping(value = "/open311/v2/requests/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> request(
      @PathVariable("id") String id,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
      Locale locale) {
    try {
      Area area = jurisdiction(jurisdiction);
      if (!id.matches("\\d{1,18}")) {
        throw new Open311Error(404, "service_request_id was not found");
      }
      return plan.byId(area.id(), Long.parseLong(id))
          .filter(i -> i.kind() == Kind.PHYSICAL)
          .<ResponseEntity<Object>>map(i -> ResponseEntity.ok(List.of(request(i, locale))))
          .orElseThrow(() -> new Open311Error(404, "service_request_id was not found"));
    } catch (Open311Error e) {
      return error(e);
    }
  }

  // --- Mapping --------------------------------------------------------------------------------

  /** The categories offered as services: the physical environment's. */
  static List<Category> services() {
    return Arrays.stream(Category.values()).filter(c -> c.kind() == Kind.PHYSICAL).toList();
  }

  static Optional<Category> service(String code) {
    return Category.fromCode(code).filter(c -> c.kind() == Kind.PHYSICAL);
  }

  /** Open311 knows two statuses: open and closed (completed or written off). */
  static String status(ActionItem item) {
    return item.status().open() ? "open" : "closed";
  }

  private Map<String, Object> request(ActionItem i, Locale locale) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("service_request_id", String.valueOf(i.id()));
    r.put("status", status(i));
    r.put(
        "status_notes", i.status().open() ? message(i.status().messageKey(), locale) : i.outcome());
    r.put("service_name", message(i.category().messageKey(), locale));
    r.put("service_code", i.category().code());
    // Only what the client itself sent is published in full; items raised inside Klara show their
    // title (forum discussions stay inside).
    r.put("description", "OPEN311".equals(i.raisedVia()) ? i.description() : i.title());
    r.put("agency_responsible", i.ownerOrgName());
    r.put("service_notice", null);
    r.put("requested_datetime", iso(i.raisedAt()));
    r.put("updated_datetime", iso(i.updatedAt()));
    r.put(
        "expected_datetime",
        i.dueDate() == null
            ? null
            : ISO.format(i.dueDate().atTime(23, 59, 59).atZone(ActionItem.STOCKHOLM)));
    r.put("address", i.placeName() != null ? i.placeName() : i.address());
    r.put("address_id", i.placeId() == null ? null : String.valueOf(i.placeId()));
    r.put("zipcode", null);
    r.put("lat", i.latitude());
    r.put("long", i.longitude());
    r.put("media_url", null);
    return r;
  }

  static String iso(Instant instant) {
    return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ActionItem.STOCKHOLM));
  }

  // --- Reading parameters ---------------------------------------------------------------------

  private Area jurisdiction(String jurisdiction) {
    if (jurisdiction == null || jurisdiction.isBlank()) {
      List<Area> all = areas.all();
      if (all.size() == 1) {
        return all.get(0);
      }
      throw new Open311Error(400, "jurisdiction_id was not provided");
    }
    return area(jurisdiction);
  }

  private Area area(String jurisdiction) {
    return areas
        .bySlug(jurisdiction.strip())
        .orElseThrow(() -> new Open311Error(404, "jurisdiction_id was not found"));
  }

  private static Double coordinate(String name, String value, double limit) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double number = Double.parseDouble(value.strip());
      if (!Double.isFinite(number) || Math.abs(number) > limit) {
        throw new Open311Error(400, name + " is out of range");
      }
      return number;
    } catch (NumberFormatException e) {
      throw new Open311Error(400, name + " is not a number");
    }
  }

  private static Instant instant(String name, String value, Instant otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.strip()).atStartOfDay(ActionItem.STOCKHOLM).toInstant();
      } catch (DateTimeParseException again) {
        throw new Open311Error(400, name + " must be an ISO 8601 date and time with an offset");
      }
    }
  }

  /**
   * The place a report is at: the place with the given id, else the nearest place with a point
   * within 150 m of the reported point, else the place whose name is the address.
   */
  Optional<Place> match(Area area, Double lat, Double lon, String address, String addressId) {
    List<Place> inArea = places.inArea(area.id());
    if (addressId != null && addressId.strip().matches("\\d{1,18}")) {
      long id = Long.parseLong(addressId.strip());
      Optional<Place> byId = inArea.stream().filter(p -> p.id() == id).findFirst();
      if (byId.isPresent()) {
        return byId;
      }
    }
    if (lat != null) {
      Place best = null;
      double bestDistance = PLACE_RADIUS_METRES;
      for (Place p : inArea) {
        if (p.latitude() == null || p.longitude() == null) {
          continue;
        }
        double d = metres(lat, lon, p.latitude(), p.longitude());
        if (d <= bestDistance) {
          best = p;
          bestDistance = d;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    if (address != null) {
      String wanted = address.toLowerCase(Locale.ROOT);
      return inArea.stream()
          .filter(
              p ->
                  p.name().toLowerCase(Locale.ROOT).equals(wanted)
                      || places.aliasesOf(p.id()).stream()
                          .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted)))
          .findFirst();
    }
    return Optional.empty();
  }

  static double metres(double lat1, double lon1, double lat2, double lon2) {
    double r = 6_371_000;
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  private static ResponseEntity<Object> error(Open311Error e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", e.code);
    body.put("description", e.getMessage());
    return ResponseEntity.status(HttpStatus.valueOf(e.code))
        .contentType(MediaType.APPLICATION_JSON)
        .body(List.of(body));
  }
}
