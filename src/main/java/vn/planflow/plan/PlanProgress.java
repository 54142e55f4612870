package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.COMPLETED_ON;
import static vn.planflow.plan.PlanProcesses.Vars.COORDINATING_AGENCIES;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY;
import static vn.planflow.plan.PlanProcesses.Vars.DEADLINE_TEXT;
import static vn.planflow.plan.PlanProcesses.Vars.DUE;
import static vn.planflow.plan.PlanProcesses.Vars.LAST_PROGRESS_STATUS;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY_NAME;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_CODE;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_TITLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import vn.planflow.engine.EngineClock;
import org.springframework.stereotype.Service;
import vn.planflow.time.DueDates;
import vn.planflow.refusal.EngineTexts;
import vn.planflow.plan.PlanProcesses.ProgressStatus;

/**
 * Where each task of a plan stands, counted as Vietnamese offices count it: done on time, done
 * late, in progress within its deadline, overdue. Read from the history of the plan's
 * {@code plan-task} instances, so ended tasks count too.
 */
@Service
public class PlanProgress {

  /** The four counts of a consolidated report. */
  public enum Standing {
    DONE_ON_TIME("Đã hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành quá hạn"),
    IN_PROGRESS("Đang thực hiện trong hạn"),
    OVERDUE("Quá hạn chưa hoàn thành");

    final String label;

    Standing(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The order in which the consolidation lists tasks: those that need attention first. */
  static final List<Standing> ATTENTION =
      List.of(Standing.OVERDUE, Standing.IN_PROGRESS, Standing.DONE_LATE, Standing.DONE_ON_TIME);

  /**
   * One task's line in the consolidation.
   *
   * @param rowKey the plan row it belongs to (its instance's business key): a row led by several
   *     agencies has one task per agency
   * @param instanceId the task's {@code plan-task} instance
   * @param leadId the lead agency's id ({@code lead} is its name)
   * @param coordinatingIds the coordinating agencies' ids
   * @param due its deadline, when it has a date; {@code completedOn} when it was done
   */
  public record TaskStanding(String rowKey, String code, String title, String lead, String deadline, Standing standing,
      String lastReport, String instanceId, String leadId, List<String> coordinatingIds, Date due,
      Date completedOn) {
  }

  /** A row's roll-up: how many of its lead agencies' tasks are done, and how many overdue. */
  record RowStanding(String rowKey, String code, String title, int tasks, int done, int overdue) {

    /** "3/130 đơn vị đã hoàn thành, 5 quá hạn". */
    public String summary() {
      return done + "/" + tasks + " đơn vị đã hoàn thành" + (overdue == 0 ? "" : ", " + overdue + " quá hạn");
    }
  }

  /** The whole consolidation: a line a task and the counts. */
  public record Report(List<TaskStanding> tasks, Map<Standing, Long> counts) {

    long count(Standing standing) {
      return counts.getOrDefault(standing, 0L);
    }

    /** The rows led by several agencies, each rolled up (n of m done), in the table's order. */
    List<RowStanding> sharedRows() {
      Map<String, List<TaskStanding>> byRow = new java.util.LinkedHashMap<>();
      tasks.forEach(task -> byRow.computeIfAbsent(task.rowKey(), key -> new ArrayList<>()).add(task));
      return byRow.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(entry -> {
        List<TaskStanding> members = entry.getValue();
        int done = (int) members.stream().filter(task -> task.standing() == Standing.DONE_ON_TIME
            || task.standing() == Standing.DONE_LATE).count();
        int overdue = (int) members.stream().filter(task -> task.standing() == Standing.OVERDUE).count();
        return new RowStanding(entry.getKey(), members.get(0).code(), members.get(0).title(), members.size(), done,
            overdue);
      }).toList();
    }

    /**
     * A line a task, the ones that need attention first (overdue, then in progress, then done
     * late, then done on time), within the engine's text limit: the rest are counted (each task
     * is its own {@code plan-task} instance in Cockpit).
     */
    String table() {
      List<String> lines = new ArrayList<>();
      sharedRows().forEach(row -> lines.add("• [" + row.code() + "] " + row.title() + " — " + row.tasks()
          + " đơn vị chủ trì: " + row.summary()));
      tasks.stream()
          .sorted(Comparator.comparing((TaskStanding task) -> ATTENTION.indexOf(task.standing())))
          .map(task -> "• [" + task.code() + "] " + task.title() + " — " + task.lead()
              + " — Thời hạn: " + task.deadline() + " — " + task.standing().label
              + (task.lastReport().isEmpty() ? "" : " (báo cáo gần nhất: " + task.lastReport() + ")"))
          .forEach(lines::add);
      StringBuilder table = new StringBuilder();
      int shown = 0;
      for (String line : lines) {
        if (table.length() + line.length() + 1 > EngineTexts.MAX - 150) {
          break;
        }
        table.append(shown == 0 ? "" : "\n").append(line);
        shown++;
      }
      if (shown < lines.size()) {
        table.append("\n… và ").append(lines.size() - shown)
            .append(" nhiệm vụ khác (đã tính trong các số liệu trên; từng nhiệm vụ xem trong Cockpit).");
      }
      return table.toString();
    }
  }

  private final HistoryService historyService;
  private final DueDates dueDates;

  PlanProgress(HistoryService historyService, DueDates dueDates) {
    this.historyService = historyService;
    this.dueDates = dueDates;
  }

  public Report of(String planInstanceId) {
    List<HistoricProcessInstance> tasks = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(planInstanceId).list();
    if (tasks.isEmpty()) {
      return new Report(List.of(), Map.of());
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(tasks.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .disableCustomObjectDeserialization()
        .list().stream()
        .filter(variable -> variable.getActivityInstanceId() == null
            || variable.getActivityInstanceId().equals(variable.getProcessInstanceId()))
        .forEach(variable -> variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue()));
    Date now = EngineClock.now();
    List<TaskStanding> standings = tasks.stream()
        // a cancelled task (PlanChanges) no longer counts
        .filter(task -> !variables.getOrDefault(task.getId(), Map.of()).containsKey(PlanChanges.CANCELLED_AT))
        .map(task -> standing(task.getBusinessKey(), task.getId(), variables.getOrDefault(task.getId(), Map.of()),
            now))
        .sorted(Comparator.comparing(TaskStanding::code, PlanProgress::compareCodes))
        .toList();
    Map<Standing, Long> counts = new EnumMap<>(Standing.class);
    standings.forEach(task -> counts.merge(task.standing(), 1L, Long::sum));
    return new Report(standings, counts);
  }

  private TaskStanding standing(String rowKey, String instanceId, Map<String, Object> task, Date now) {
    Date due = (Date) task.get(DUE);
    Date completedOn = (Date) task.get(COMPLETED_ON);
    Standing standing;
    if (completedOn != null) {
      standing = due == null || !completedOn.after(due) ? Standing.DONE_ON_TIME : Standing.DONE_LATE;
    } else {
      standing = due != null && now.after(due) ? Standing.OVERDUE : Standing.IN_PROGRESS;
    }
    ProgressStatus last = ProgressStatus.fromId(task.get(LAST_PROGRESS_STATUS));
    String deadline = due != null ? dueDates.format(due) : String.valueOf(task.getOrDefault(DEADLINE_TEXT, ""));
    return new TaskStanding(rowKey == null ? "" : rowKey, String.valueOf(task.getOrDefault(TASK_CODE, "")),
        String.valueOf(task.getOrDefault(TASK_TITLE, "")), String.valueOf(task.getOrDefault(LEAD_AGENCY_NAME, "")),
        deadline.isBlank() ? "chưa xác định" : deadline, standing, last == null ? "" : last.label(), instanceId,
        String.valueOf(task.getOrDefault(LEAD_AGENCY, "")), ids(task.get(COORDINATING_AGENCIES)), due, completedOn);
  }

  private static List<String> ids(Object commaSeparated) {
    if (commaSeparated == null || commaSeparated.toString().isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(commaSeparated.toString().split(",")).map(String::trim)
        .filter(id -> !id.isEmpty()).toList();
  }


  /** Task numbers in their natural order: 2 before 10, 1.2 before 1.10. */
  static int compareCodes(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order = left[i].matches("\\d+") && right[i].matches("\\d+")
          ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
          : left[i].compareTo(right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }
}
