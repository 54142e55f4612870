package vn.planflow.trail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import vn.planflow.time.DateTexts;

/**
 * What the trail is narrowed to, read from the page's query parameters: {@code loai} (an {@link
 * EventKind}), {@code don-vi} (an agency id), {@code nguoi} (who did it), {@code tu-ngay} and {@code
 * den-ngay} (days, dd/MM/yyyy or yyyy-MM-dd, both included, in the province's calendar), {@code
 * ke-hoach} (a plan, across plans only) and {@code trang} (the page). Bad input is kept as a
 * Vietnamese problem, never thrown.
 */
record TrailFilter(EventKind kind, String agencyId, String userId, LocalDate from, LocalDate to, String planId,
    int page, List<String> problems) {

  static TrailFilter read(String kind, String agency, String user, String from, String to, String plan,
      String page, Predicate<String> knownAgency) {
    List<String> problems = new ArrayList<>();
    EventKind eventKind = null;
    if (!blank(kind)) {
      eventKind = EventKind.fromId(kind.trim()).orElse(null);
      if (eventKind == null) {
        problems.add("Loại sự kiện \"" + kind.trim() + "\" không có; hãy chọn trong danh sách.");
      }
    }
    String agencyId = blank(agency) ? null : agency.trim();
    if (agencyId != null && !knownAgency.test(agencyId)) {
      problems.add("Không có đơn vị mã \"" + agencyId + "\"; hãy chọn đơn vị trong danh sách.");
    }
    LocalDate fromDay = day(from, "Từ ngày", problems);
    LocalDate toDay = day(to, "Đến ngày", problems);
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      problems.add("\"Đến ngày\" (" + DateTexts.format(toDay) + ") phải từ \"Từ ngày\" (" + DateTexts.format(fromDay)
          + ") trở về sau.");
    }
    int pageNumber = 1;
    if (!blank(page)) {
      try {
        pageNumber = Integer.parseInt(page.trim());
      } catch (NumberFormatException e) {
        pageNumber = 0;
      }
      if (pageNumber < 1) {
        problems.add("Số trang \"" + page.trim() + "\" không hợp lệ; trang đầu là 1.");
        pageNumber = 1;
      }
    }
    return new TrailFilter(eventKind, agencyId, blank(user) ? null : user.trim(), fromDay, toDay,
        blank(plan) ? null : plan.trim(), pageNumber, List.copyOf(problems));
  }

  private static LocalDate day(String text, String field, List<String> problems) {
    if (blank(text)) {
      return null;
    }
    try {
      return DateTexts.day(text);
    } catch (IllegalArgumentException e) {
      problems.add("\"" + field + "\": \"" + text.trim() + "\" không phải là ngày; hãy nhập dd/MM/yyyy (ví dụ 05/12/2026)"
          + " hoặc yyyy-MM-dd.");
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  boolean valid() {
    return problems.isEmpty();
  }

  /** The same filter with one more problem. */
  TrailFilter withProblem(String problem) {
    List<String> more = new ArrayList<>(problems);
    more.add(problem);
    return new TrailFilter(kind, agencyId, userId, from, to, planId, page, List.copyOf(more));
  }

  /** The first moment shown, or null for no lower bound. */
  Instant start(ZoneId zone) {
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The first moment no longer shown (the day after {@code to}), or null for no upper bound. */
  Instant end(ZoneId zone) {
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  boolean inWindow(Instant at, ZoneId zone) {
    Instant start = start(zone);
    Instant end = end(zone);
    return (start == null || !at.isBefore(start)) && (end == null || at.isBefore(end));
  }

  /** Whether an event matches the kind, agency and user asked for (the window and plan are applied by the sources). */
  boolean matches(TrailEvent event) {
    if (kind != null && event.kind != kind) {
      return false;
    }
    if (agencyId != null && !agencyId.equals(event.agencyId)) {
      return false;
    }
    if (userId != null) {
      String asked = userId.toLowerCase(Locale.ROOT);
      boolean byUser = event.userId != null && event.userId.toLowerCase(Locale.ROOT).equals(asked);
      boolean bySystem = event.userId == null && ("he-thong".equals(asked) || "hệ thống".equals(asked));
      return byUser || bySystem;
    }
    return true;
  }
}
