package vn.planflow.plan;

import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.planflow.time.DueDates;

/** The tasks of a plan as its page and {@code GET /api/plans/{planId}/tasks} list them. */
@Component
class PlanTaskList {

  /** One task: its row, lead, deadline (and the original one when extended), and where it stands. */
  record TaskLine(String taskInstanceId, String code, String title, String leadAgency, String leadAgencyName,
      String deadlineText, String due, String originalDue, String extensions, String status) {
  }

  private final HistoryService historyService;
  private final DueDates dueDates;

  PlanTaskList(HistoryService historyService, DueDates dueDates) {
    this.historyService = historyService;
    this.dueDates = dueDates;
  }

  List<TaskLine> of(String planId) {
    List<HistoricProcessInstance> tasks = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(planId).list();
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(tasks.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .disableCustomObjectDeserialization().list().stream()
        .filter(variable -> variable.getActivityInstanceId() == null
            || variable.getActivityInstanceId().equals(variable.getProcessInstanceId()))
        .forEach(variable -> variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue()));
    return tasks.stream().map(task -> {
      Map<String, Object> v = variables.getOrDefault(task.getId(), Map.of());
      String status = v.containsKey(PlanChanges.CANCELLED_AT) ? "Đã hủy: " + v.get(PlanChanges.CANCEL_REASON)
          : task.getEndTime() != null ? "Đã hoàn thành" : "Đang thực hiện";
      return new TaskLine(task.getId(), text(v, PlanProcesses.Vars.TASK_CODE), text(v, PlanProcesses.Vars.TASK_TITLE),
          text(v, PlanProcesses.Vars.LEAD_AGENCY), text(v, PlanProcesses.Vars.LEAD_AGENCY_NAME),
          text(v, PlanProcesses.Vars.DEADLINE_TEXT), date(v.get(PlanProcesses.Vars.DUE)),
          date(v.get(PlanChanges.ORIGINAL_DUE)), text(v, PlanChanges.DEADLINE_EXTENSIONS), status);
    }).sorted(Comparator.comparing(TaskLine::code, PlanProgress::compareCodes).thenComparing(TaskLine::leadAgencyName))
        .toList();
  }

  private String date(Object value) {
    return value instanceof Date date ? dueDates.format(date) : "";
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? "" : value.toString();
  }
}
