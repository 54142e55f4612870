package vn.planflow.absence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.planflow.engine.EngineClock;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.time.DateTexts;
import vn.planflow.time.DueDates;

/**
 * Records and cancels absences (vắng mặt) with their stand-ins (người được ủy quyền), and keeps the
 * stand-ins' Tasklist access in step with the province's calendar by the engine's clock: given when
 * an absence starts (at once when recorded for today), taken back when it ends or is cancelled.
 * Each change is one transaction: the row and the access, or nothing.
 */
@Service
class Absences {

  private static final Logger LOG = LoggerFactory.getLogger(Absences.class);

  private final AbsenceLog log;
  private final Officials officials;
  private final StandInAccess access;
  private final StandIns standIns;
  private final DueDates dueDates;
  private final IdentityService identityService;
  private final TransactionTemplate transactions;

  Absences(AbsenceLog log, Officials officials, StandInAccess access, StandIns standIns, DueDates dueDates,
      IdentityService identityService, PlatformTransactionManager transactionManager) {
    this.log = log;
    this.officials = officials;
    this.access = access;
    this.standIns = standIns;
    this.dueDates = dueDates;
    this.identityService = identityService;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** Today in the province, by the engine's clock. */
  LocalDate today() {
    return dueDates.day(EngineClock.now());
  }

  /**
   * Records that {@code userId} is away from {@code from} to {@code to} (days as forms send them),
   * {@code standIn} standing in.
   *
   * @throws AbsenceRefusedException with the reason in Vietnamese; nothing is written
   */
  @Transactional
  public Absence record(String userId, String standIn, String from, String to, String reason, String recordedBy) {
    User official = officials.find(userId)
        .orElseThrow(() -> new AbsenceRefusedException(unknown(userId, "cán bộ vắng mặt")));
    if (standIn == null || standIn.isBlank()) {
      throw new AbsenceRefusedException("Hãy chọn người được ủy quyền.");
    }
    User deputy = officials.find(standIn).orElseThrow(() -> new AbsenceRefusedException(unknown(standIn, "người được ủy quyền")));
    if (deputy.getId().equals(official.getId())) {
      throw new AbsenceRefusedException("Người được ủy quyền phải là một cán bộ khác, không phải chính người vắng mặt.");
    }
    LocalDate startsOn = day(from, "ngày bắt đầu");
    LocalDate endsOn = day(to, "ngày kết thúc");
    if (endsOn.isBefore(startsOn)) {
      throw new AbsenceRefusedException("Ngày kết thúc (" + DateTexts.format(endsOn) + ") ở trước ngày bắt đầu ("
          + DateTexts.format(startsOn) + ").");
    }
    LocalDate today = today();
    if (endsOn.isBefore(today)) {
      throw new AbsenceRefusedException("Kỳ vắng mặt đến " + DateTexts.format(endsOn) + " đã kết thúc trước hôm nay ("
          + DateTexts.format(today) + "): chỉ ghi nhận được kỳ vắng mặt chưa kết thúc.");
    }
    if (reason == null || reason.isBlank()) {
      throw new AbsenceRefusedException("Hãy ghi lý do vắng mặt (nghỉ phép, đi công tác, học tập…).");
    }
    String officialName = Officials.name(official);
    String deputyName = Officials.name(deputy);
    List<String> shared = new ArrayList<>(officials.agenciesOf(official.getId()));
    shared.retainAll(officials.agenciesOf(deputy.getId()));
    if (shared.isEmpty()) {
      throw new AbsenceRefusedException(deputyName + " không cùng đơn vị với " + officialName
          + ": chỉ được ủy quyền cho cán bộ cùng đơn vị.");
    }
    // from here to the insert, one request at a time for these two officials
    log.lockOfficials(List.of(official.getId(), deputy.getId()));
    log.overlapping(List.of(official.getId()), startsOn, endsOn).stream().findFirst().ifPresent(other -> {
      throw new AbsenceRefusedException(officialName + " đã có kỳ vắng mặt từ " + DateTexts.format(other.startsOn())
          + " đến " + DateTexts.format(other.endsOn()) + ", trùng với thời gian này.");
    });
    log.overlapping(List.of(deputy.getId()), startsOn, endsOn).stream().findFirst().ifPresent(other -> {
      throw new AbsenceRefusedException("Người được ủy quyền " + deputyName + " cũng vắng mặt từ "
          + DateTexts.format(other.startsOn()) + " đến " + DateTexts.format(other.endsOn())
          + ": hãy chọn một cán bộ khác.");
    });
    log.standingInOverlapping(official.getId(), startsOn, endsOn).stream().findFirst().ifPresent(other -> {
      throw new AbsenceRefusedException(officialName + " đang được ủy quyền thay " + officials.name(other.userId())
          + " từ " + DateTexts.format(other.startsOn()) + " đến " + DateTexts.format(other.endsOn())
          + ": hãy hủy hoặc đổi ủy quyền đó trước.");
    });
    Instant now = EngineClock.instant();
    long id = log.insert(official.getId(), deputy.getId(), shared.get(0), startsOn, endsOn, reason.strip(),
        recordedBy, now);
    Absence absence = log.lock(id).orElseThrow();
    if (absence.activeOn(today)) {
      asChecked(() -> access.grant(absence));
    }
    changed();
    return absence;
  }

  /**
   * Cancels the absence: the stand-in stops standing in at once. The official, whoever recorded it
   * and administrators may cancel it.
   *
   * @throws AbsenceRefusedException with the reason in Vietnamese; nothing changes
   */
  @Transactional
  public Absence cancel(long id, String cancelledBy, boolean admin) {
    Absence absence = log.lock(id).orElseThrow(() -> new AbsenceRefusedException("Không có kỳ vắng mặt số " + id + "."));
    if (!admin && !cancelledBy.equals(absence.userId()) && !cancelledBy.equals(absence.recordedBy())) {
      throw new AbsenceRefusedException("Chỉ người vắng mặt, người đã ghi nhận hoặc quản trị viên mới hủy được kỳ vắng"
          + " mặt này.");
    }
    if (absence.cancelled()) {
      throw new AbsenceRefusedException("Kỳ vắng mặt này đã được hủy trước đó.");
    }
    if (!absence.cancellableOn(today())) {
      throw new AbsenceRefusedException("Kỳ vắng mặt này đã kết thúc ngày " + DateTexts.format(absence.endsOn())
          + ", không còn hủy được.");
    }
    log.cancel(id, cancelledBy, EngineClock.instant());
    asChecked(() -> access.revoke(absence));
    changed();
    return log.find(id).orElseThrow();
  }

  /**
   * Brings every stand-in's access in step with today: absences that have started get theirs (and
   * tasks assigned since to the absent official their {@code TASK_ASSIGN}), absences that ended or
   * were cancelled lose it. Each absence in a transaction of its own.
   *
   * @return how many absences changed state (started or ended)
   */
  int check() {
    LocalDate today = today();
    Set<Long> withFilters = new HashSet<>(EngineIdentity.asChecked(identityService, access::withFilters));
    Set<Long> active = new HashSet<>();
    int changed = 0;
    for (Absence absence : log.activeOn(today)) {
      active.add(absence.id());
      boolean started = !withFilters.contains(absence.id());
      transactions.executeWithoutResult(status -> log.lock(absence.id()).filter(a -> a.activeOn(today))
          .ifPresent(a -> asChecked(() -> access.grant(a))));
      if (started) {
        LOG.info("Absence {} of {} started: {} stands in", absence.id(), absence.userId(), absence.standIn());
        changed++;
      }
    }
    for (Long id : withFilters) {
      if (!active.contains(id)) {
        transactions.executeWithoutResult(status -> {
          Optional<Absence> absence = log.lock(id);
          if (absence.isPresent() && !absence.get().activeOn(today)) {
            asChecked(() -> access.revoke(absence.get()));
          } else if (absence.isEmpty()) {
            asChecked(() -> access.dropFilter(id));
          }
        });
        LOG.info("Absence {} is over: its stand-in's access is taken back", id);
        changed++;
      }
    }
    if (changed > 0) {
      changed();
    }
    return changed;
  }

  /** Absence id → the id of the stand-in's Tasklist filter, for those of {@code absences} that have one now. */
  Map<Long, String> filtersOf(List<Absence> absences) {
    Map<Long, String> filters = new HashMap<>();
    for (Absence absence : absences) {
      Filter filter = EngineIdentity.asChecked(identityService, () -> access.filterOf(absence.id()));
      if (filter != null) {
        filters.put(absence.id(), filter.getId());
      }
    }
    return filters;
  }

  List<Absence> concerning(String userId) {
    return log.concerning(userId);
  }

  List<Absence> all() {
    return log.all();
  }

  private void changed() {
    standIns.forget();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          standIns.forget();
        }
      });
    }
  }

  private void asChecked(Runnable work) {
    EngineIdentity.asChecked(identityService, () -> {
      work.run();
      return null;
    });
  }

  private static LocalDate day(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new AbsenceRefusedException("Hãy nhập " + what + " vắng mặt.");
    }
    try {
      return DateTexts.day(text);
    } catch (IllegalArgumentException e) {
      throw new AbsenceRefusedException("\"" + text.strip() + "\" không phải là một ngày hợp lệ (" + what
          + ", dạng dd/MM/yyyy).");
    }
  }

  static String unknown(String userId, String who) {
    return userId == null || userId.isBlank() ? "Hãy chọn " + who + "."
        : "Không có tài khoản \"" + userId.strip() + "\" (" + who + ") trong hệ thống.";
  }
}
