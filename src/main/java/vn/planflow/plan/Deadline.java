package vn.planflow.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan task's deadline as {@link DeadlineParser} reads it.
 *
 * @param kind its shape
 * @param start the first day of a {@link DeadlineKind#WINDOW window}; {@code null} otherwise
 * @param due the date a {@link DeadlineKind#FIXED fixed} or {@link DeadlineKind#WINDOW window}
 *     task is due; {@code null} for continuous and event tasks
 */
public record Deadline(DeadlineKind kind, LocalDate start, LocalDate due) {

  public Deadline {
    Objects.requireNonNull(kind, "kind");
    boolean dated = kind == DeadlineKind.FIXED || kind == DeadlineKind.WINDOW;
    if (dated != (due != null) || (kind == DeadlineKind.WINDOW) != (start != null)) {
      throw new IllegalArgumentException("A " + kind.id() + " deadline cannot have start " + start
          + " and due " + due);
    }
    if (start != null && start.isAfter(due)) {
      throw new IllegalArgumentException("A window cannot start (" + start + ") after it ends (" + due + ")");
    }
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

  public static Deadline event() {
    return new Deadline(DeadlineKind.EVENT, null, null);
  }
}
