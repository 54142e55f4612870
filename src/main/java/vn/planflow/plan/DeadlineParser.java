package vn.planflow.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a plan task's deadline in the shapes the province's plans write it (domain.md §3):
 * <ul>
 *   <li>fixed: "Trước ngày 30/6/2025", "Trước 30/6/2025", "15/12/2024", "Ngày 15/12/2024",
 *       "ngày 15 tháng 12 năm 2024"; a month ("12/2021", "Tháng 12/2021", "tháng 12 năm 2021") is
 *       due at its end, so are a quarter ("Quý II/2025", "Quý 2/2025", "Quý II năm 2025") and a
 *       year ("Năm 2025"), also after "Trong" or "Cuối";</li>
 *   <li>window: "Từ 01/7/2025 đến 07/7/2025", "01/7/2025 - 07/7/2025" (months, quarters and years
 *       too: from the first day of the first to the last day of the second);</li>
 *   <li>continuous: "Thường xuyên", "Triển khai thực hiện ngay và thường xuyên", "Hằng năm",
 *       "Hàng năm", "Triển khai thực hiện ngay để …" (no date at all);</li>
 *   <li>event: "Theo hướng dẫn của Bộ Nội vụ", "Ngay sau khi Bộ, cơ quan ngang bộ công bố TTHC …",
 *       "Khi có hướng dẫn …": the date comes later, from outside.</li>
 * </ul>
 * A blank text is continuous: a task without a date only reports its progress. Anything else is
 * refused rather than guessed, and so is a date that does not exist (31/2).
 */
@Component
public class DeadlineParser {

  private static final String DATE = "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})";
  private static final Pattern DAY = Pattern.compile("(?:ngay )?" + DATE);
  private static final Pattern LONG_DAY = Pattern.compile("(?:ngay )?(\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})");
  private static final Pattern MONTH =
      Pattern.compile("(?:thang )?(\\d{1,2})[/.-](\\d{4})|thang (\\d{1,2}) nam (\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("quy (iv|i{1,3}|[1-4]) ?(?:/|-|nam) ?(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("nam (\\d{4})");
  private static final Pattern WINDOW = Pattern.compile("(?:tu )?(.+?) (?:den|toi|-|–|—) (.+)");
  private static final Pattern DATED = Pattern.compile("\\d{1,2}/\\d{4}|\\d{4}");
  private static final Pattern FROM_DAY = Pattern.compile("tu (?:ngay )?" + DATE);
  private static final Pattern FROM_DAY_ONLY =
      Pattern.compile("(?:(?:trien khai )?thuc hien |ap dung )?tu (?:ngay )?" + DATE + "(?: tro di)?");
  /** A deadline in running text, written with or without diacritics. */
  private static final Pattern WRITTEN_DEADLINE = Pattern.compile("(?iu)(?:hoàn thành |hoan thanh )?"
      + "(?:trước|truoc|chậm nhất|cham nhat|hạn chót|han chot|trong|đến hết|den het)(?: ngày| ngay)? "
      + "(?:\\d{1,2}/\\d{1,2}/\\d{4}|(?:tháng|thang) \\d{1,2}/\\d{4}|\\d{1,2}/\\d{4}"
      + "|(?:quý|quy) [IVX1-4]+/\\d{4}|(?:năm|nam) \\d{4})");
  private static final Pattern SIX_MONTHLY = Pattern.compile("(dinh ky|moi|hang|hang) 6 thang|06 thang mot lan"
      + "|6 thang/lan|6 thang mot lan");
  private static final Pattern QUARTERLY = Pattern.compile("(hang|moi|dinh ky hang|dinh ky) quy|/quy\\b|theo quy\\b");
  private static final Pattern MONTHLY = Pattern.compile("(hang|moi|dinh ky hang|dinh ky) thang\\b|/thang\\b");
  private static final Pattern YEARLY = Pattern.compile("(hang|moi|dinh ky hang|dinh ky) nam\\b|/nam\\b");

  private static final List<String> EVENT_OPENINGS = List.of("theo ", "khi ", "sau khi ", "ngay sau khi ",
      "ngay khi ", "cho huong dan");
  private static final List<String> DAY_OPENINGS = List.of("hoan thanh truoc ngay ", "hoan thanh truoc ",
      "truoc ngay ", "truoc ", "cham nhat la ngay ", "cham nhat ngay ", "cham nhat ", "han chot ", "han ",
      "den ngay ", "vao ngay ", "hoan thanh ");
  private static final List<String> PERIOD_OPENINGS = List.of("hoan thanh trong ", "trong ", "cuoi ",
      "den het ", "het ", "hoan thanh ");
  private static final List<String> CONTINUOUS_OPENINGS = List.of("trien khai thuc hien ngay", "thuc hien ngay",
      "trien khai ngay", "hang nam", "hang quy", "hang thang", "dinh ky", "lien tuc");

  static final String EXAMPLES = "\"Trước ngày 30/6/2025\", \"15/12/2024\", \"12/2025\", \"Quý II/2025\", "
      + "\"Năm 2025\", \"Từ 01/7/2025 đến 07/7/2025\", \"Thường xuyên\", \"Theo hướng dẫn của …\", "
      + "\"Ngay sau khi …\"";

  /**
   * @throws IllegalArgumentException with a Vietnamese message naming the text when it is none
   *     of the shapes above or names a date that does not exist
   */
  public Deadline parse(String text) {
    String written = PlanText.oneLine(text);
    String folded = PlanText.fold(written).replace(':', ' ').replaceAll("\\s+", " ")
        .replaceAll("[\\s.;,]+$", "").strip();
    if (folded.isEmpty()) {
      return Deadline.continuous();
    }
    if (EVENT_OPENINGS.stream().anyMatch(folded::startsWith)) {
      // "Theo hướng dẫn của Bộ Công an; bảo đảm không làm gián đoạn dịch vụ từ ngày 01/7/2025 …"
      String event = PlanText.oneLine(written.split(";", 2)[0]).replaceAll("[\\s.;,]+$", "");
      return Deadline.onEvent(event, fromDay(folded, written));
    }
    Matcher fromDay = FROM_DAY_ONLY.matcher(folded);
    if (fromDay.matches()) {
      return Deadline.continuousFrom(date(written, fromDay.group(3), fromDay.group(2), fromDay.group(1)));
    }
    Matcher window = WINDOW.matcher(folded);
    if (window.matches()) {
      Optional<LocalDate[]> from = period(window.group(1), written);
      Optional<LocalDate[]> to = period(window.group(2), written);
      if (from.isPresent() && to.isPresent()) {
        if (from.get()[0].isAfter(to.get()[1])) {
          throw new IllegalArgumentException("Thời hạn \"" + written + "\" có ngày bắt đầu sau ngày kết thúc");
        }
        return Deadline.window(from.get()[0], to.get()[1]);
      }
    }
    Optional<LocalDate> day = day(strip(folded, DAY_OPENINGS), written);
    if (day.isPresent()) {
      return Deadline.fixed(day.get());
    }
    Optional<LocalDate[]> period = period(strip(folded, PERIOD_OPENINGS), written);
    if (period.isPresent()) {
      return Deadline.fixed(period.get()[1]);
    }
    if (!DATED.matcher(folded).find()
        && (folded.contains("thuong xuyen") || CONTINUOUS_OPENINGS.stream().anyMatch(folded::startsWith))) {
      return recurrence(folded).map(Deadline::recurring).orElse(Deadline.continuous());
    }
    throw new IllegalArgumentException("Không đọc được thời hạn \"" + written + "\"; hãy ghi theo một trong "
        + "các dạng " + EXAMPLES);
  }

  /** A deadline found in a text that is not the deadline's column, and the words that wrote it. */
  public record Found(Deadline deadline, String phrase) {
  }

  /**
   * A deadline written in another column ("… kiểm tra đánh giá định kỳ ATTT cho HTTT theo quy định
   * trước 15/12/2024" among the targets): "trước (ngày) …", "chậm nhất (ngày) …", "hạn …", "hoàn
   * thành trong …", with a day, a month, a quarter or a year; to be shown for confirmation. A bare
   * year or a period ("giai đoạn 2020-2025") is no deadline.
   */
  public Optional<Found> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher found = WRITTEN_DEADLINE.matcher(text);
    while (found.find()) {
      String phrase = found.group().strip();
      try {
        Deadline deadline = parse(phrase);
        if (deadline.due() != null) {
          return Optional.of(new Found(deadline, phrase));
        }
      } catch (IllegalArgumentException e) {
        // not a deadline after all ("trước 31/2/2025"): look on
      }
    }
    return Optional.empty();
  }

  /**
   * A recurring duty's period, from a text that says how often ("Hằng năm", "Hằng quý", "1 số/quý",
   * "tối thiểu 01 cuộc diễn tập thực chiến/năm", "định kỳ 6 tháng"): P1Y, P3M, P1M, P6M.
   */
  public Optional<String> findRecurrence(String text) {
    return text == null ? Optional.empty() : recurrence(PlanText.fold(text));
  }

  private static Optional<String> recurrence(String folded) {
    if (SIX_MONTHLY.matcher(folded).find()) {
      return Optional.of("P6M");
    }
    if (QUARTERLY.matcher(folded).find()) {
      return Optional.of("P3M");
    }
    if (MONTHLY.matcher(folded).find()) {
      return Optional.of("P1M");
    }
    if (YEARLY.matcher(folded).find()) {
      return Optional.of("P1Y");
    }
    return Optional.empty();
  }

  /** "… từ ngày 01/7/2025 …": the day a duty or an event holds from. */
  private static LocalDate fromDay(String folded, String written) {
    Matcher from = FROM_DAY.matcher(folded);
    return from.find() ? date(written, from.group(3), from.group(2), from.group(1)) : null;
  }

  private static String strip(String folded, List<String> openings) {
    return openings.stream().filter(folded::startsWith).findFirst()
        .map(opening -> folded.substring(opening.length())).orElse(folded);
  }

  private static Optional<LocalDate> day(String text, String written) {
    for (Pattern pattern : List.of(DAY, LONG_DAY)) {
      Matcher day = pattern.matcher(text);
      if (day.matches()) {
        return Optional.of(date(written, day.group(3), day.group(2), day.group(1)));
      }
    }
    return Optional.empty();
  }

  /** The first and the last day of a day, month, quarter or year. */
  private static Optional<LocalDate[]> period(String text, String written) {
    Optional<LocalDate> day = day(text, written);
    if (day.isPresent()) {
      return Optional.of(new LocalDate[] {day.get(), day.get()});
    }
    Matcher month = MONTH.matcher(text);
    if (month.matches()) {
      YearMonth yearMonth = month.group(1) != null
          ? yearMonth(written, month.group(2), month.group(1))
          : yearMonth(written, month.group(4), month.group(3));
      return Optional.of(new LocalDate[] {yearMonth.atDay(1), yearMonth.atEndOfMonth()});
    }
    Matcher quarter = QUARTER.matcher(text);
    if (quarter.matches()) {
      int number = switch (quarter.group(1)) {
        case "i", "1" -> 1;
        case "ii", "2" -> 2;
        case "iii", "3" -> 3;
        default -> 4;
      };
      YearMonth last = yearMonth(written, quarter.group(2), String.valueOf(number * 3));
      return Optional.of(new LocalDate[] {last.minusMonths(2).atDay(1), last.atEndOfMonth()});
    }
    Matcher year = YEAR.matcher(text);
    if (year.matches()) {
      int value = Integer.parseInt(year.group(1));
      return Optional.of(new LocalDate[] {LocalDate.of(value, 1, 1), LocalDate.of(value, 12, 31)});
    }
    return Optional.empty();
  }

  private static LocalDate date(String written, String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Thời hạn \"" + written + "\" ghi ngày không có thật (" + day + "/"
          + month + "/" + year + ")", e);
    }
  }

  private static YearMonth yearMonth(String written, String year, String month) {
    try {
      return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Thời hạn \"" + written + "\" ghi tháng không có thật (" + month + "/"
          + year + ")", e);
    }
  }
}
