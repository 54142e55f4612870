package vn.planflow.agency;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.planflow.time.DueDates;
import vn.planflow.web.Official;

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

  private final AgencyChanges changes;
  private final KnownAgencies agencies;
  private final AgencySuccessions successions;
  private final HistoryService historyService;
  private final DueDates dueDates;

  AgencyChangePage(AgencyChanges changes, KnownAgencies agencies,
      AgencySuccessions successions, HistoryService historyService, DueDates dueDates) {
    this.changes = changes;
    this.agencies = agencies;
    this.successions = successions;
    this.historyService = historyService;
    this.dueDates = dueDates;
  }

  @GetMapping("/quan-tri/don-vi")
  String page(Model model) {
    return show(model, new AgencyChangeRequest("", "merge", "", ""), "");
  }

  @PostMapping("/quan-tri/don-vi")
  String record(@RequestParam(required = false) String agency, @RequestParam(required = false) String successor,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String effectiveDate, Official official,
      HttpServletResponse response, Model model) {
    AgencyChangeRequest form = new AgencyChangeRequest(successor, kind, reason, effectiveDate);
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
}
