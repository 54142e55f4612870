package vn.planflow.time;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 durations as the processes' settings give them ({@code reminderBefore},
 * {@code overdueRepeat}, {@code reportEvery}): a time-based one (PT10M, P2D read as 48 hours) or a
 * date-based one (P6M, P1Y), applied to a moment in the province's calendar.
 */
public final class IsoDurations {

  private IsoDurations() {
  }

  /** {@code moment} plus {@code times} × {@code iso}. */
  public static ZonedDateTime plus(ZonedDateTime moment, String iso, long times) {
    try {
      return moment.plus(Duration.parse(iso).multipliedBy(times));
    } catch (DateTimeParseException e) {
      Period period = Period.parse(iso);
      return moment.plus(period.multipliedBy(Math.toIntExact(times)));
    }
  }

  public static ZonedDateTime minus(ZonedDateTime moment, String iso) {
    return plus(moment, iso, -1);
  }

  /** The shortest repeat or lead time a plan may set: shorter ones would make the timers spin. */
  public static final Duration SHORTEST = Duration.ofMinutes(1);

  /**
   * Whether {@code text} is an ISO-8601 duration of at least a minute, or a positive period (P1D,
   * PT10M, P6M).
   */
  public static boolean isPositive(String text) {
    if (text == null) {
      return false;
    }
    try {
      Duration duration = Duration.parse(text);
      return duration.compareTo(SHORTEST) >= 0;
    } catch (DateTimeParseException e) {
      try {
        Period period = Period.parse(text);
        return !period.isNegative() && !period.isZero();
      } catch (DateTimeParseException notAPeriod) {
        return false;
      }
    }
  }

  /**
   * A duration in Vietnamese words ("6 tháng", "1 năm 6 tháng", "2 tuần", "3 ngày", "2 giờ 30 phút"),
   * for people who never type an ISO string; the text itself when it is no duration.
   */
  public static String inWords(String iso) {
    if (iso == null) {
      return "";
    }
    StringBuilder words = new StringBuilder();
    try {
      Duration duration = Duration.parse(iso);
      append(words, duration.toDaysPart(), "ngày");
      append(words, duration.toHoursPart(), "giờ");
      append(words, duration.toMinutesPart(), "phút");
    } catch (DateTimeParseException e) {
      try {
        Period period = Period.parse(iso);
        append(words, period.getYears(), "năm");
        append(words, period.getMonths(), "tháng");
        int days = period.getDays();
        append(words, days % 7 == 0 ? days / 7 : 0, "tuần");
        append(words, days % 7 == 0 ? 0 : days, "ngày");
      } catch (DateTimeParseException notAPeriod) {
        return iso;
      }
    }
    return words.length() == 0 ? iso : words.toString();
  }

  private static void append(StringBuilder words, long amount, String unit) {
    if (amount != 0) {
      words.append(words.length() == 0 ? "" : " ").append(amount).append(' ').append(unit);
    }
  }
}
