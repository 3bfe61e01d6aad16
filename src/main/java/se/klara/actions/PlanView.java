package se.klara.actions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.klara.areas.Area;
import se.klara.places.Place;

/**
 * The plan's filter as read from the query string, with what the page shows of it. Values that
 * cannot be read are ignored (the plan shows the open items), never an error page.
 */
public record PlanView(
    ActionFilter filter,
    String state,
    String status,
    Long owner,
    String place,
    Long question,
    LocalDate from,
    LocalDate to) {

  static PlanView empty() {
    return new PlanView(ActionFilter.open(), "open", null, null, null, null, null, null);
  }

  static PlanView read(se.klara.places.Places places, Area area, PlanParams params) {
    String state = params.state();
    String status = params.status();
    String owner = params.owner();
    String place = params.place();
    String question = params.question();
    String from = params.from();
    String to = params.to();
    ActionFilter.State chosenState = ActionFilter.State.OPEN;
    if (state != null) {
      for (ActionFilter.State s : ActionFilter.State.values()) {
        if (s.name().equalsIgnoreCase(state.strip())) {
          chosenState = s;
        }
      }
    }
    Status chosenStatus = null;
    if (status != null) {
      for (Status s : Status.values()) {
        if (s.key().equals(status.strip())) {
          chosenStatus = s;
          chosenState = ActionFilter.State.ALL;
        }
      }
    }
    Long ownerId = number(owner);
    Long questionId = number(question);
    Long placeId = null;
    String placeSlug = null;
    if (place != null && !place.isBlank()) {
      var found = places.bySlug(area.id(), place.strip());
      placeId = found.map(Place::id).orElse(null);
      placeSlug = found.map(Place::slug).orElse(null);
    }
    LocalDate fromDay = day(from);
    LocalDate toDay = day(to);
    if ((fromDay != null || toDay != null) && chosenStatus == null) {
      chosenState = ActionFilter.State.CLOSED;
    }
    if (questionId != null && state == null) {
      chosenState = ActionFilter.State.ALL;
    }
    return new PlanView(
        new ActionFilter(chosenState, chosenStatus, ownerId, placeId, questionId, fromDay, toDay),
        chosenState.name().toLowerCase(Locale.ROOT),
        chosenStatus == null ? null : chosenStatus.key(),
        ownerId,
        placeSlug,
        questionId,
        fromDay,
        toDay);
  }

  /** The filter as a query string (with the leading "?"), for the export links. */
  public String query() {
    List<String> parts = new ArrayList<>();
    parts.add("state=" + state);
    add(parts, "status", status);
    add(parts, "owner", owner == null ? null : owner.toString());
    add(parts, "place", place);
    add(parts, "question", question == null ? null : question.toString());
    add(parts, "from", from == null ? null : from.toString());
    add(parts, "to", to == null ? null : to.toString());
    return "?" + String.join("&", parts);
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null) {
      parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static Long number(String value) {
    return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
  }

  private static LocalDate day(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
