package vn.planflow.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan task's deadline as {@link DeadlineParser} reads it.
 *
 * @param kind its shape
 * @param start the first day of a {@link DeadlineKind#WINDOW window}; for a continuous duty or an
 *     event, the day it is written to start from ("Thực hiện từ ngày 01/7/2025"), or {@code null}
 * @param due the date a {@link DeadlineKind#FIXED fixed} or {@link DeadlineKind#WINDOW window}
 *     task is due; {@code null} for continuous and event tasks
 * @param event for an {@link DeadlineKind#EVENT event} task, the event as written ("Ngay sau khi
 *     Bộ, cơ quan ngang bộ công bố TTHC …"); {@code null} otherwise
 * @param recurrence for a recurring duty ("Hằng quý", "định kỳ 6 tháng"), its period as ISO-8601
 *     ({@code P3M}, {@code P6M}, {@code P1Y}); {@code null} otherwise
 */
public record Deadline(DeadlineKind kind, LocalDate start, LocalDate due, String event, String recurrence) {

  public Deadline {
    Objects.requireNonNull(kind, "kind");
    boolean dated = kind == DeadlineKind.FIXED || kind == DeadlineKind.WINDOW;
    if (dated != (due != null) || kind == DeadlineKind.WINDOW && start == null
        || kind == DeadlineKind.FIXED && start != null) {
      throw new IllegalArgumentException("A " + kind.id() + " deadline cannot have start " + start
          + " and due " + due);
    }
    if (start != null && due != null && start.isAfter(due)) {
      throw new IllegalArgumentException("A window cannot start (" + start + ") after it ends (" + due + ")");
    }
    if (event != null && kind != DeadlineKind.EVENT || recurrence != null && kind != DeadlineKind.CONTINUOUS) {
      throw new IllegalArgumentException("Only an event has an event, only a continuous duty a recurrence");
    }
  }

  public Deadline(DeadlineKind kind, LocalDate start, LocalDate due) {
    this(kind, start, due, null, null);
  }

  public static Deadline fixed(LocalDate due) {
    return new Deadline(DeadlineKind.FIXED, null, due);
  }

  public static Deadline window(LocalDate start, LocalDate due) {
    return new Deadline(DeadlineKind.WINDOW, start, due);
  }

  public static Deadline continuous() {
    return new Deadline(DeadlineKind.CONTINUOUS, null, null);
  }

  /** A continuous duty from a day on ("Thực hiện từ ngày 01/7/2025"). */
  public static Deadline continuousFrom(LocalDate start) {
    return new Deadline(DeadlineKind.CONTINUOUS, start, null);
  }

  /** A duty that recurs every {@code period} ("Hằng quý": P3M). */
  public static Deadline recurring(String period) {
    return new Deadline(DeadlineKind.CONTINUOUS, null, null, null, period);
  }

  /** A date that comes from an event, as written, possibly with the day it must hold from. */
  public static Deadline onEvent(String event, LocalDate start) {
    return new Deadline(DeadlineKind.EVENT, start, null, event, null);
  }
}
