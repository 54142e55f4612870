package vn.planflow.absence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.planflow.time.DueDates;

/**
 * Who stands in for whom on a day of the province: what mail addressing asks, once per notice and
 * often (a storm of reminders). The stand-ins of a day are read in one query and kept for {@link
 * #FRESH_FOR}; a change on this node forgets them at once, one on another node is seen at the latest
 * after that time.
 */
@Component
public class StandIns {

  static final Duration FRESH_FOR = Duration.ofSeconds(30);
  private static final int DAYS_KEPT = 8;

  private record Day(Map<String, String> standIns, long loadedAt) {
  }

  private final AbsenceLog log;
  private final DueDates dueDates;
  private final Map<LocalDate, Day> days = new ConcurrentHashMap<>();

  StandIns(AbsenceLog log, DueDates dueDates) {
    this.log = log;
    this.dueDates = dueDates;
  }

  /** The stand-in of {@code userId} on {@code day}, when they are away then. */
  public Optional<String> standInOf(String userId, LocalDate day) {
    return Optional.ofNullable(on(day).get(userId));
  }

  /** Absent official → stand-in, for those of {@code userIds} away on {@code day}. */
  public Map<String, String> standInsOf(Collection<String> userIds, LocalDate day) {
    Map<String, String> all = on(day);
    if (all.isEmpty()) {
      return Map.of();
    }
    Map<String, String> found = new HashMap<>();
    for (String userId : userIds) {
      String standIn = all.get(userId);
      if (standIn != null) {
        found.put(userId, standIn);
      }
    }
    return found;
  }

  /** The province's day of {@code moment}. */
  public LocalDate dayOf(Instant moment) {
    return dueDates.day(java.util.Date.from(moment));
  }

  /** Forgets what was read: an absence was recorded or cancelled. */
  void forget() {
    days.clear();
  }

  private Map<String, String> on(LocalDate day) {
    long now = System.nanoTime();
    Day known = days.get(day);
    if (known != null && now - known.loadedAt() < FRESH_FOR.toNanos()) {
      return known.standIns();
    }
    if (days.size() >= DAYS_KEPT) {
      days.clear();
    }
    Map<String, String> standIns = log.activeOn(day).stream()
        .collect(Collectors.toUnmodifiableMap(Absence::userId, Absence::standIn, (first, second) -> first));
    days.put(day, new Day(standIns, now));
    return standIns;
  }
}
