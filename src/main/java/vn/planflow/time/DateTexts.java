package vn.planflow.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Days as forms and the API give them ({@code yyyy-MM-dd} or {@code dd/MM/yyyy}) and as pages show them. */
public final class DateTexts {

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DateTexts() {
  }

  /** @throws IllegalArgumentException when the text is no real day */
  public static LocalDate day(String text) {
    try {
      Matcher dmy = DAY_MONTH_YEAR.matcher(text.trim());
      if (dmy.matches()) {
        return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
            Integer.parseInt(dmy.group(1)));
      }
      return LocalDate.parse(text.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Not a day: " + text, e);
    }
  }

  public static String format(LocalDate day) {
    return SHOWN.format(day);
  }
}
