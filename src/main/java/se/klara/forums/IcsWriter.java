package se.klara.forums;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes meetings as iCalendar (RFC 5545) with ical4j: local times in Europe/Stockholm with its
 * VTIMEZONE, so that calendars show 15:00 as 15:00 on both sides of a daylight-saving change.
 */
final class IcsWriter {
  private IcsWriter() {}

  static String write(
      String name,
      List<Meeting> meetings,
      String baseUrl,
      java.util.Map<Long, String> areaSlugs,
      java.time.Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Klara//Forums//SV"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
    calendar.add(
        TimeZoneRegistryFactory.getInstance()
            .createRegistry()
            .getTimeZone(Cadence.ZONE.getId())
            .getVTimeZone());
    for (Meeting m : meetings) {
      String summary = m.title().isEmpty() ? m.forumName() : m.forumName() + ": " + m.title();
      ZonedDateTime start = m.startsAt().withZoneSameInstant(Cadence.ZONE);
      ZonedDateTime end = m.endsAt().withZoneSameInstant(Cadence.ZONE);
      VEvent event = new VEvent(start, end, summary);
      event.add(new Uid("meeting-" + m.id() + "@klara"));
      event.add(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
      event.add(new Sequence(m.status() == MeetingStatus.CANCELLED ? 1 : 0));
      if (!m.location().isEmpty()) {
        event.add(new Location(m.location()));
      }
      String link = baseUrl + "/areas/" + areaSlugs.get(m.areaId()) + "/meetings/" + m.id();
      event.add(new Description(link));
      event.add(new Url(URI.create(link)));
      Status status =
          switch (m.status()) {
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            default -> ImmutableStatus.VEVENT_CONFIRMED;
          };
      event.add(status);
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }
}
