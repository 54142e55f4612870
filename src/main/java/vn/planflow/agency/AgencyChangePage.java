package vn.planflow.agency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.planflow.deadline.DueDates;

/**
 * {@code /quan-tri/don-vi}: administrators see the agencies (with the successor of each retired
 * one), record a merger or a replacement, and read the history of changes with the tasks moved.
 */
@Controller
class AgencyChangePage {

  /** A row of the agencies' table. */
  record Row(Agency agency, AgencySuccessions.Succession succession, String current) {
  }

  /** A moved task as the history shows it: what it was, in which plan, whether still open. */
  record MovedTask(String id, String name, String processInstanceId, boolean open) {
  }

  /** A recorded change as the history shows it, dates written the Vietnamese way. */
  record ChangeView(AgencyChange change, String effectiveDate, String recordedAt, List<MovedTask> tasks) {
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final OfficialResolver officials;
  private final AgencyChanges changes;
  private final KnownAgencies agencies;
  private final AgencySuccessions successions;
  private final HistoryService historyService;
  private final DueDates dueDates;

  AgencyChangePage(OfficialResolver officials, AgencyChanges changes, KnownAgencies agencies,
      AgencySuccessions successions, HistoryService historyService, DueDates dueDates) {
    this.officials = officials;
    this.changes = changes;
    this.agencies = agencies;
    this.successions = successions;
    this.historyService = historyService;
    this.dueDates = dueDates;
  }

  @GetMapping("/quan-tri/don-vi")
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    Official official = admin(request, response, model);
    return official == null ? "admin-denied" : show(model, new AgencyChangeRequest("", "merge", "", ""), "");
  }

  @PostMapping("/quan-tri/don-vi")
  String record(@RequestParam(required = false) String agency, @RequestParam(required = false) String successor,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String effectiveDate, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    Official official = admin(request, response, model);
    if (official == null) {
      return "admin-denied";
    }
    AgencyChangeRequest form = new AgencyChangeRequest(successor, kind, reason, effectiveDate);
    if (!sameOrigin(request)) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("error", "Biểu mẫu phải được gửi từ chính trang này.");
      return show(model, form, agency);
    }
    try {
      model.addAttribute("recorded", changes.record(agency == null ? "" : agency.trim(), form, official.userId()));
      return show(model, new AgencyChangeRequest("", "merge", "", ""), "");
    } catch (AgencyChangeRefusedException refused) {
      response.setStatus(refused.isConflict() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", refused.getMessage());
      return show(model, form, agency);
    }
  }

  private String show(Model model, AgencyChangeRequest form, String agency) {
    List<Agency> all = agencies.all();
    model.addAttribute("rows", all.stream().map(a -> new Row(a, successions.successionOf(a.id()).orElse(null),
        successions.current(a.id()))).toList());
    List<Agency> active = all.stream().filter(a -> !successions.isRetired(a.id()))
        .sorted(Comparator.comparing(Agency::name)).toList();
    model.addAttribute("retirable", active);
    model.addAttribute("successors", active.stream().filter(a -> a.type().receivesTasks()).toList());
    model.addAttribute("kinds", ChangeKind.values());
    model.addAttribute("form", form);
    model.addAttribute("agency", agency == null ? "" : agency);
    List<AgencyChange> history = changes.list();
    Map<String, MovedTask> moved = movedTasks(history);
    model.addAttribute("changes", history.stream().map(change -> new ChangeView(change,
        DAY.format(change.effectiveDate()), dueDates.formatMoment(Date.from(change.recordedAt())),
        change.movedTaskIds().stream().map(id -> moved.getOrDefault(id, new MovedTask(id, id, null, false)))
            .toList())).toList());
    return "admin-agencies";
  }

  /** Task id → what history knows of it, for every task any change moved. */
  private Map<String, MovedTask> movedTasks(List<AgencyChange> history) {
    Map<String, MovedTask> moved = new HashMap<>();
    history.stream().flatMap(change -> change.movedTaskIds().stream()).distinct().forEach(id -> {
      HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(id).singleResult();
      if (task != null) {
        moved.put(id, new MovedTask(id, task.getName(), task.getProcessInstanceId(), task.getEndTime() == null));
      }
    });
    return moved;
  }

  /** The administrator asking, or null after preparing the refusal (401 or 403). */
  private Official admin(HttpServletRequest request, HttpServletResponse response, Model model) {
    Official official = officials.resolve(request).orElse(null);
    if (official == null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Planflow\", charset=\"UTF-8\"");
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      model.addAttribute("title", "Cần đăng nhập");
      model.addAttribute("message", "Cần đăng nhập bằng tài khoản quản trị để xem trang này.");
      return null;
    }
    if (!official.isAdmin()) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("title", "Không có quyền truy cập");
      model.addAttribute("message", "Chỉ quản trị viên hệ thống (nhóm camunda-admin) mới được xem và ghi nhận "
          + "việc sáp nhập, thay thế đơn vị.");
      return null;
    }
    return official;
  }

  /**
   * A browser logged in here (webapp session or cached Basic credentials) would also send them
   * with a form posted from another site: such a post names that site in Origin (or Referer) and
   * is refused. The host is compared with every name this server is reached by (behind a proxy:
   * Host or X-Forwarded-Host).
   */
  private static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      origin = request.getHeader(HttpHeaders.REFERER);
    }
    if (origin == null) {
      return true; // scripts and old browsers: nothing to compare
    }
    String host;
    try {
      host = URI.create(origin).getHost();
    } catch (IllegalArgumentException e) {
      return false;
    }
    return host != null && Stream.of(request.getServerName(), hostOf(request.getHeader(HttpHeaders.HOST)),
        hostOf(request.getHeader("X-Forwarded-Host"))).anyMatch(host::equalsIgnoreCase);
  }

  private static String hostOf(String header) {
    if (header == null || header.isBlank()) {
      return "";
    }
    String first = header.split(",")[0].trim();
    return first.startsWith("[") ? first.substring(0, first.indexOf(']') + 1) : first.split(":")[0];
  }
}
