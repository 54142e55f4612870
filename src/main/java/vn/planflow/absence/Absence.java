package vn.planflow.absence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An official away from {@code startsOn} to {@code endsOn} (both included, days of the province),
 * with a stand-in of {@code agencyId}: a row of {@code pf_absence}.
 */
public record Absence(long id, String userId, String standIn, String agencyId, LocalDate startsOn, LocalDate endsOn,
    String reason, String recordedBy, Instant recordedAt, String cancelledBy, Instant cancelledAt) {

  public boolean cancelled() {
    return cancelledAt != null;
  }

  /** Whether the stand-in stands in on {@code day}. */
  public boolean activeOn(LocalDate day) {
    return !cancelled() && !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  /** Whether it may still be cancelled on {@code day}: not cancelled and not over. */
  public boolean cancellableOn(LocalDate day) {
    return !cancelled() && !day.isAfter(endsOn);
  }

  /** Whether it shares a day with {@code from}–{@code to}. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !cancelled() && !from.isAfter(endsOn) && !to.isBefore(startsOn);
  }
}
