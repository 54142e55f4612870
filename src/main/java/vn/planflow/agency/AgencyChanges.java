package vn.planflow.agency;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.planflow.engine.EngineClock;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.planflow.time.CalendarProperties;

/**
 * Records that an agency was merged into, or replaced by, a successor (domain §4: Sở TT&TT into
 * Sở KH&CN in 2025, the districts abolished on 01/7/2025), and moves its work there in one
 * transaction: its open tasks in every process ({@link OpenTaskMoves}), the variables of running
 * instances that name it ({@link VariableMoves}), and, through {@link AgencySuccessions}, every
 * task created afterwards. The old Camunda group stays, with its history.
 */
@Service
public class AgencyChanges {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final KnownAgencies agencies;
  private final AgencySuccessions successions;
  private final AgencyChangeLog log;
  private final OpenTaskMoves tasks;
  private final VariableMoves variables;
  private final CalendarProperties deadlines;

  AgencyChanges(KnownAgencies agencies, AgencySuccessions successions, AgencyChangeLog log, OpenTaskMoves tasks,
      VariableMoves variables, CalendarProperties deadlines) {
    this.agencies = agencies;
    this.successions = successions;
    this.log = log;
    this.tasks = tasks;
    this.variables = variables;
    this.deadlines = deadlines;
  }

  /**
   * @param recordedBy the administrator's user id, for the trail
   * @throws AgencyChangeRefusedException with every problem of the request; nothing is changed
   */
  @Transactional
  public AgencyChange record(String agencyId, AgencyChangeRequest request, String recordedBy) {
    Checked checked = check(agencyId, request);
    List<Task> open = tasks.of(checked.retired().id());
    List<String> suspended = open.stream().filter(Task::isSuspended).map(Task::getId).toList();
    if (!suspended.isEmpty()) {
      throw new AgencyChangeRefusedException("Có " + suspended.size() + " công việc của "
          + checked.retired().name() + " đang bị tạm dừng (mã " + String.join(", ", suspended)
          + "); hãy kích hoạt lại trong Cockpit rồi ghi nhận thay đổi. Chưa có gì bị thay đổi.", true);
    }
    List<String> moved = tasks.move(open, checked.retired(), checked.successor());
    Set<String> instances = new LinkedHashSet<>();
    open.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).forEach(instances::add);
    instances.addAll(variables.move(checked.retired(), checked.successor()));
    AgencyChange change;
    try {
      change = log.insert(new AgencyChange(0, checked.retired().id(), checked.retired().name(),
          checked.successor().id(), checked.successor().name(), checked.kind(), checked.reason(),
          checked.effectiveDate(), recordedBy, EngineClock.now().toInstant(), moved,
          List.copyOf(instances)));
    } catch (DuplicateKeyException e) {
      throw new AgencyChangeRefusedException("Thay đổi của " + checked.retired().name()
          + " vừa được ghi nhận bởi người khác; hãy tải lại trang để xem.", true);
    }
    refreshSuccessionsAfterCommit();
    return change;
  }

  /** Every recorded change, newest first. */
  public List<AgencyChange> list() {
    return log.list();
  }

  private record Checked(Agency retired, Agency successor, ChangeKind kind, String reason,
      LocalDate effectiveDate) {
  }

  private Checked check(String agencyId, AgencyChangeRequest request) {
    List<String> problems = new ArrayList<>();
    Optional<Agency> retired = agencies.find(agencyId);
    if (retired.isEmpty()) {
      problems.add("Không có đơn vị mã \"" + agencyId + "\" trong danh mục đơn vị.");
    }
    Optional<Agency> successor = Optional.empty();
    if (blank(request.successor())) {
      problems.add("Vui lòng chọn đơn vị kế thừa (successor).");
    } else {
      successor = agencies.find(request.successor().trim());
      if (successor.isEmpty()) {
        problems.add("Không có đơn vị kế thừa mã \"" + request.successor().trim() + "\" trong danh mục đơn vị.");
      }
    }
    Optional<ChangeKind> kind = ChangeKind.fromId(request.kind());
    if (kind.isEmpty()) {
      problems.add("Hình thức thay đổi (kind) phải là \"merge\" (sáp nhập vào) hoặc \"replace\" (thay thế bởi).");
    }
    if (blank(request.reason())) {
      problems.add("Vui lòng nhập lý do, căn cứ của thay đổi (reason), ví dụ số và ngày của quyết định.");
    }
    LocalDate effectiveDate = effectiveDate(request.effectiveDate(), problems);
    if (problems.isEmpty()) {
      problems.addAll(succession(retired.get(), successor.get()));
    }
    if (!problems.isEmpty()) {
      throw new AgencyChangeRefusedException(String.join(" ", problems) + " Chưa có gì bị thay đổi.");
    }
    return new Checked(retired.get(), successor.get(), kind.get(), request.reason().trim(), effectiveDate);
  }

  private List<String> succession(Agency retired, Agency successor) {
    if (retired.id().equals(successor.id())) {
      return List.of("Đơn vị kế thừa phải khác " + retired.name() + ".");
    }
    List<String> chain = successions.chain(successor.id());
    if (chain.contains(retired.id())) {
      List<String> cycle = new ArrayList<>(chain.subList(0, chain.indexOf(retired.id()) + 1));
      cycle.add(0, retired.id());
      return List.of("Thay đổi này tạo thành vòng lặp kế thừa (" + String.join(" → ", cycle) + "): "
          + successor.name() + " đã chuyển công việc, trực tiếp hoặc gián tiếp, cho " + retired.name() + ".");
    }
    List<String> problems = new ArrayList<>();
    successions.successionOf(retired.id()).ifPresent(earlier -> problems.add(retired.name()
        + " đã ngừng hoạt động, công việc đã chuyển cho " + agencies.name(earlier.successorId())
        + "; không thể ghi nhận thêm một thay đổi."));
    if (successions.isRetired(successor.id())) {
      String current = successions.current(successor.id());
      problems.add("Đơn vị kế thừa " + successor.name() + " đã ngừng hoạt động; hãy chọn đơn vị hiện đang "
          + "đảm nhận công việc của đơn vị đó: " + agencies.name(current) + " (" + current + ").");
    }
    if (retired.type().receivesTasks() && !successor.type().receivesTasks()) {
      problems.add("Đơn vị kế thừa " + successor.name() + " là đơn vị bên ngoài, không nhận công việc trong "
          + "Planflow; hãy chọn một đơn vị của tỉnh.");
    }
    return problems;
  }

  private LocalDate effectiveDate(String text, List<String> problems) {
    LocalDate today = LocalDate.ofInstant(EngineClock.now().toInstant(), deadlines.zone());
    if (blank(text)) {
      return today;
    }
    LocalDate date;
    try {
      date = text.trim().contains("/") ? LocalDate.parse(text.trim(), DateTimeFormatter.ofPattern("d/M/uuuu"))
          : LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add("Ngày hiệu lực (effectiveDate) \"" + text.trim() + "\" không đọc được; hãy viết yyyy-MM-dd, "
          + "ví dụ 2025-07-01.");
      return today;
    }
    if (date.isAfter(today)) {
      problems.add("Ngày hiệu lực " + DAY.format(date) + " chưa đến: công việc được chuyển ngay khi ghi nhận, "
          + "vì vậy hãy ghi nhận thay đổi từ ngày đó.");
    }
    return date;
  }

  private void refreshSuccessionsAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      successions.refresh();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        successions.refresh();
      }
    });
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
