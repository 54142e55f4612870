package vn.planflow.deadline;

import vn.planflow.names.ProcessNames;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import vn.planflow.engine.EngineClock;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import vn.planflow.agency.AgencyDirectory;

/**
 * Who was on time: every task of a plan (and of the plans it started) with its agency, due date,
 * completion and lateness in working days, and the same summed up per agency. Derived from the
 * engine's history, which keeps every task with its due and end time for years.
 */
@Service
public class Lateness {

  /** On time or late, done or still open. */
  public enum Standing { ON_TIME, LATE, OPEN, OPEN_OVERDUE }

  /** One task. */
  public record TaskLateness(String taskId, String taskKey, String taskName, String processInstanceId,
      String agencyId, String agencyName, Date due, Date completedAt, Standing standing, int workingDaysLate) {
  }

  /** One agency's record in a plan. */
  public record AgencyLateness(String agencyId, String agencyName, int onTime, int late, int open, int openOverdue,
      int workingDaysLate) {
  }

  /** The whole answer of {@code GET /api/lateness}. */
  public record Report(String processInstanceId, List<TaskLateness> tasks, List<AgencyLateness> agencies) {
  }

  private final HistoryService historyService;
  private final Deadlines deadlines;
  private final AgencyDirectory directory;

  Lateness(HistoryService historyService, Deadlines deadlines, AgencyDirectory directory) {
    this.historyService = historyService;
    this.deadlines = deadlines;
    this.directory = directory;
  }

  /** Administrators, and the members of the plan's lead agency (drafting: {@code leadAgency}). */
  public boolean mayRead(vn.planflow.web.Official caller, String processInstanceId) {
    if (caller.isAdmin()) {
      return true;
    }
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(ProcessNames.Vars.LEAD_AGENCY).list().stream()
        .filter(variable -> variable.getActivityInstanceId() == null
            || variable.getActivityInstanceId().equals(processInstanceId))
        .map(variable -> String.valueOf(variable.getValue())).anyMatch(caller.groupIds()::contains);
  }

  public Report of(String processInstanceId) {
    List<String> instances = new ArrayList<>(List.of(processInstanceId));
    historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId).list().stream()
        .map(HistoricProcessInstance::getId).forEach(instances::add);
    Instant now = EngineClock.now().toInstant();
    List<TaskLateness> tasks = instances.stream()
        .flatMap(instance -> historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
            .orderByHistoricActivityInstanceStartTime().asc().list().stream())
        // tasks with a deadline, done or open; not those closed by the process (a terminated late task)
        .filter(task -> task.getDueDate() != null)
        .filter(task -> task.getEndTime() == null || "completed".equals(task.getDeleteReason()))
        .map(task -> task(task, now))
        .toList();
    Map<String, int[]> perAgency = new LinkedHashMap<>();
    for (TaskLateness task : tasks) {
      int[] sums = perAgency.computeIfAbsent(task.agencyId(), id -> new int[5]);
      sums[task.standing().ordinal()]++;
      sums[4] += task.workingDaysLate();
    }
    List<AgencyLateness> agencies = perAgency.entrySet().stream()
        .map(entry -> new AgencyLateness(entry.getKey(), directory.name(entry.getKey()), entry.getValue()[0],
            entry.getValue()[1], entry.getValue()[2], entry.getValue()[3], entry.getValue()[4]))
        .toList();
    return new Report(processInstanceId, tasks, agencies);
  }

  private TaskLateness task(HistoricTaskInstance task, Instant now) {
    String agency = agencyOf(task.getId());
    Date due = task.getDueDate();
    Date end = task.getEndTime();
    Standing standing;
    int late;
    if (end != null) {
      late = end.after(due) ? Math.max(1, deadlines.workingDaysLate(due, end.toInstant())) : 0;
      standing = late > 0 ? Standing.LATE : Standing.ON_TIME;
    } else {
      late = now.isAfter(due.toInstant()) ? Math.max(1, deadlines.workingDaysLate(due, now)) : 0;
      standing = late > 0 ? Standing.OPEN_OVERDUE : Standing.OPEN;
    }
    return new TaskLateness(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
        agency, directory.name(agency), due, end, standing, late);
  }

  /** The agency a task was given to: its first candidate group, from the history ("" if none). */
  public String agencyOf(String taskId) {
    return historyService.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE)
        .operationType("add").list().stream()
        .map(HistoricIdentityLinkLog::getGroupId).filter(group -> group != null).findFirst().orElse("");
  }
}
