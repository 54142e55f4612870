package vn.planflow.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Working days of the province's offices: Monday to Friday, less public holidays and the government's
 * extra days off, plus the Saturdays it makes working days to swap ("làm bù"). The days come from
 * {@code planflow.deadline.holidays} ({@code date;kind;name}, kind {@code holiday} or {@code working}),
 * because Tết and Giỗ Tổ follow the lunar calendar and the arrangements are announced year by year.
 * Outside the years the file covers only weekends count as days off.
 */
@Component
public class WorkingCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendar.class);
  private static final String HEADER = "date;kind;name";

  private record Row(boolean working, String name) {
  }

  private final Resource resource;
  private final Map<LocalDate, Row> rows;
  private final int firstYear;
  private final int lastYear;
  private final AtomicBoolean warned = new AtomicBoolean();

  public WorkingCalendar(CalendarProperties properties) {
    this.resource = properties.holidays();
    this.rows = read(resource);
    this.firstYear = rows.keySet().stream().mapToInt(LocalDate::getYear).min().orElse(Integer.MAX_VALUE);
    this.lastYear = rows.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(Integer.MIN_VALUE);
  }

  public static WorkingCalendar of(Resource holidays) {
    return new WorkingCalendar(CalendarProperties.withHolidays(holidays));
  }

  public boolean isWorkingDay(LocalDate day) {
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (day.getYear() < firstYear || day.getYear() > lastYear) {
      if (warned.compareAndSet(false, true)) {
        LOG.warn("{} covers {}..{}, not {}: counting weekends only as days off", resource, firstYear, lastYear,
            day.getYear());
      }
      return !weekend;
    }
    Row row = rows.get(day);
    return row == null ? !weekend : row.working();
  }

  /** {@code day} if it is a working day, else the next working day. */
  public LocalDate onOrAfter(LocalDate day) {
    return plusWorkingDays(day, 0);
  }

  /** The {@code n}-th working day after {@code day}; for n = 0, {@code day} or the next working day. */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    return step(day, n, 1);
  }

  /** The {@code n}-th working day before {@code day}; for n = 0, {@code day} or the previous working day. */
  public LocalDate minusWorkingDays(LocalDate day, int n) {
    return step(day, n, -1);
  }

  /**
   * Working days d with {@code from < d <= to}, negative when {@code to} is before {@code from}: for a task due
   * on {@code from} and done on {@code to}, the working days it is late.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      count += isWorkingDay(d) ? 1 : 0;
    }
    return count;
  }

  /** The name of the holiday or extra day off on {@code day}; empty on a working day and a plain weekend. */
  public Optional<String> holidayName(LocalDate day) {
    return Optional.ofNullable(rows.get(day)).filter(row -> !row.working()).map(Row::name);
  }

  private LocalDate step(LocalDate day, int n, int direction) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    LocalDate d = day;
    if (n == 0) {
      while (!isWorkingDay(d)) {
        d = d.plusDays(direction);
      }
      return d;
    }
    for (int left = n; left > 0; ) {
      d = d.plusDays(direction);
      left -= isWorkingDay(d) ? 1 : 0;
    }
    return d;
  }

  private static Map<LocalDate, Row> read(Resource resource) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !HEADER.equals(header.replace("\uFEFF", "").trim())) {
        throw new IllegalStateException(resource + ":1: the first line must be " + HEADER);
      }
      Map<LocalDate, Row> rows = new HashMap<>();
      int lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String where = resource + ":" + lineNumber + ": ";
        String[] fields = line.split(";", -1);
        if (fields.length != 3 || fields[2].isBlank()) {
          throw new IllegalStateException(where + "expected date;kind;name, found " + line);
        }
        LocalDate date;
        try {
          date = LocalDate.parse(fields[0].trim());
        } catch (DateTimeParseException e) {
          throw new IllegalStateException(where + "not an ISO date (yyyy-MM-dd): " + fields[0], e);
        }
        boolean working = switch (fields[1].trim()) {
          case "holiday" -> false;
          case "working" -> true;
          default -> throw new IllegalStateException(where + "kind must be holiday or working, not " + fields[1]);
        };
        if (working && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
          throw new IllegalStateException(where + date + " is a weekday: only a weekend day can be made working");
        }
        if (rows.putIfAbsent(date, new Row(working, fields[2].trim())) != null) {
          throw new IllegalStateException(where + "duplicate date " + date);
        }
      }
      return Map.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the working-day calendar " + resource, e);
    }
  }
}
