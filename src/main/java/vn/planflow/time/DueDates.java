package vn.planflow.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates are calendar dates in the province: a deadline "trước ngày 30/9/2021" ends at the
 * close of office hours of that day. Converts between the engine's {@link Date} and those days.
 */
@Component
public class DueDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  /** ISO date-time with or without seconds, millis and a colon in the offset (the REST API's form). */
  private static final DateTimeFormatter ENGINE_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS][XXX][X]");

  private final CalendarProperties properties;

  DueDates(CalendarProperties properties) {
    this.properties = properties;
  }

  public Date endOf(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, properties.dueTime(), properties.zone()).toInstant());
  }

  public LocalDate day(Date date) {
    return Instant.ofEpochMilli(date.getTime()).atZone(properties.zone()).toLocalDate();
  }

  /** dd/MM/yyyy HH:mm in the province's time zone, as pages show a moment. */
  public String formatMoment(Date date) {
    return date == null ? "" : formatMoment(date.toInstant());
  }

  public String formatMoment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant.atZone(properties.zone()));
  }

  /** dd/MM/yyyy, as mails and forms show a due date. */
  public String format(Date date) {
    return date == null ? "" : DAY.format(day(date));
  }

  /**
   * A due date given as a start variable: a {@link Date}, or the ISO text ({@code 2021-09-30} or
   * a full date-time) a Camunda Forms date field submits. Blank means "not given".
   *
   * @throws IllegalArgumentException for text that is no date
   */
  public Date parse(Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date;
    }
    String text = value.toString().trim();
    try {
      if (text.length() == 10) {
        return endOf(LocalDate.parse(text));
      }
      if (!text.contains("[")) {
        return Date.from(OffsetDateTime.parse(text, ENGINE_DATE_TIME).toInstant());
      }
      return Date.from(ZonedDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
