package vn.planflow.plan;

import vn.planflow.time.DateTexts;

import static vn.planflow.plan.PlanProcesses.Vars.DUE;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY_NAME;
import static vn.planflow.plan.PlanProcesses.Vars.PLAN_TASKS;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_CYCLE;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_DUE;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_EVERY;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_COUNT;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_STARTED_AT;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.TaskHandover;
import vn.planflow.engine.EngineClock;
import vn.planflow.refusal.InputRefusedException;
import vn.planflow.time.DueDates;
import vn.planflow.web.Official;

/**
 * Changes to a running plan, by an administrator or a member of the plan's lead agency: a task's
 * deadline extended (gia hạn) with its reminders and escalations, a task added, a task cancelled,
 * a task's lead changed. Each is done in one transaction, refused whole with a Vietnamese message
 * when something is wrong, and kept in the plan's trail ({@code pf_plan_change}).
 */
@Service
public class PlanChanges {

  static final String ORIGINAL_DUE = "originalDue";
  static final String DEADLINE_EXTENSIONS = "deadlineExtensions";
  static final String CANCELLED_AT = "cancelledAt";
  static final String CANCEL_REASON = "cancelReason";

  /** A task to add to a running plan, as its table would write it. */
  public record NewTask(String code, String title, String leadAgency, String coordinatingAgencies,
      String expectedResult, String deadlineText) {
  }

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final AgencyDirectory directory;
  private final AgencyMatcher matcher;
  private final DeadlineParser deadlines;
  private final PlanReports reports;
  private final DueDates dueDates;
  private final PlanChangeLog log;
  private final TaskHandover handover;
  private final PlanTaskTable table;
  private final ObjectMapper json = new ObjectMapper();

  PlanChanges(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      AgencyDirectory directory, AgencyMatcher matcher, DeadlineParser deadlines, PlanReports reports,
      DueDates dueDates, PlanChangeLog log, TaskHandover handover, PlanTaskTable table) {
    this.table = table;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.directory = directory;
    this.matcher = matcher;
    this.deadlines = deadlines;
    this.reports = reports;
    this.dueDates = dueDates;
    this.log = log;
    this.handover = handover;
  }

  /** Whether {@code caller} may change the plan: an administrator, or a member of its lead agency. */
  public boolean mayChange(Official caller, String planId) {
    if (caller.isAdmin()) {
      return true;
    }
    ProcessInstance plan = plan(planId);
    return caller.groupIds().contains(String.valueOf(runtimeService.getVariable(plan.getId(), LEAD_AGENCY)));
  }

  /**
   * Extends a task's deadline to the end of {@code newDue}: its report due date, reminder and
   * escalation move with it; the first deadline stays in {@code originalDue}, every extension in
   * {@code deadlineExtensions}.
   */
  @Transactional
  public void extend(String planId, String taskInstanceId, String newDue, String reason, Official by) {
    ProcessInstance task = taskOf(planId, taskInstanceId);
    requireReason(reason);
    Date oldDue = (Date) runtimeService.getVariable(task.getId(), DUE);
    if (oldDue == null) {
      throw new InputRefusedException("Nhiệm vụ này chưa có thời hạn (thường xuyên hoặc chờ sự kiện) nên không gia "
          + "hạn được.");
    }
    LocalDate day;
    try {
      day = DateTexts.day(newDue == null ? "" : newDue);
    } catch (IllegalArgumentException e) {
      throw new InputRefusedException("Hạn mới \"" + newDue + "\" không phải là ngày (yyyy-MM-dd hoặc dd/MM/yyyy).");
    }
    Date due = dueDates.endOf(day);
    if (!due.after(oldDue)) {
      throw new InputRefusedException("Hạn mới " + DateTexts.format(day) + " phải sau hạn hiện tại "
          + dueDates.format(oldDue) + ".");
    }
    if (runtimeService.getVariable(task.getId(), ORIGINAL_DUE) == null) {
      runtimeService.setVariable(task.getId(), ORIGINAL_DUE, oldDue);
    }
    String line = dueDates.format(oldDue) + " → " + dueDates.format(due) + " (" + by.userId() + ", "
        + dueDates.formatMoment(EngineClock.now()) + "): " + reason.trim();
    Object before = runtimeService.getVariable(task.getId(), DEADLINE_EXTENSIONS);
    runtimeService.setVariable(task.getId(), DEADLINE_EXTENSIONS, before == null ? line : before + "\n" + line);
    runtimeService.setVariable(task.getId(), DUE, due);
    moveReport(task, oldDue, due);
    log.add(planId, task.getId(), "extension", "Gia hạn nhiệm vụ " + label(task) + ": " + dueDates.format(oldDue)
        + " → " + dueDates.format(due), reason.trim(), by.userId(), EngineClock.instant());
  }

  /** The open report that was due at the old deadline is now due at the new one (or its report date). */
  private void moveReport(ProcessInstance task, Date oldDue, Date due) {
    Date reportDue = (Date) runtimeService.getVariable(task.getId(), REPORT_DUE);
    Map<String, Object> variables = runtimeService.getVariables(task.getId(),
        List.of(TASK_STARTED_AT, REPORT_EVERY, REPORT_CYCLE));
    Object cycle = variables.get(REPORT_CYCLE);
    if (reportDue == null || !reportDue.equals(oldDue) || cycle == null) {
      return; // the open report falls due at its report date, before the deadline: it stays
    }
    Date reportDate = reports.reportDate((Date) variables.get(TASK_STARTED_AT),
        String.valueOf(variables.get(REPORT_EVERY)), (Integer) cycle);
    Date newReportDue = reportDate.before(due) ? reportDate : due;
    runtimeService.setVariable(task.getId(), REPORT_DUE, newReportDue);
    for (Task report : taskService.createTaskQuery().processInstanceId(task.getId())
        .taskDefinitionKey(PlanProcesses.PlanTask.REPORT_PROGRESS).list()) {
      report.setDueDate(newReportDue);
      taskService.saveTask(report);
      taskService.setVariableLocal(report.getId(), vn.planflow.names.ProcessNames.Vars.DUE_DATE_TEXT,
          dueDates.format(newReportDue));
      // the reminder and the escalation are evaluated again against the new due date
      for (Job timer : managementService.createJobQuery().executionId(report.getExecutionId()).timers().list()) {
        managementService.recalculateJobDuedate(timer.getId(), false);
      }
    }
  }

  /** Adds a task to a running plan, as one more row of its table. */
  @Transactional
  public String add(String planId, NewTask task, Official by) {
    ProcessInstance plan = plan(planId);
    List<String> problems = new ArrayList<>();
    if (blank(task.title())) {
      problems.add("Vui lòng nhập tên nhiệm vụ.");
    }
    LocalDate today = directory.today();
    List<String> leads = List.of();
    List<String> coordinating = List.of();
    try {
      leads = matcher.resolve(task.leadAgency(), today);
      coordinating = matcher.resolve(task.coordinatingAgencies(), today);
    } catch (UnknownAgencyException e) {
      problems.add(e.getMessage() + ".");
    }
    if (problems.isEmpty() && leads.size() != 1) {
      problems.add("Hãy chọn đúng một đơn vị chủ trì có hiệu lực hôm nay (mỗi đơn vị chủ trì một nhiệm vụ).");
    }
    Deadline deadline = Deadline.continuous();
    try {
      deadline = deadlines.parse(task.deadlineText());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage() + ".");
    }
    if (!problems.isEmpty()) {
      throw new InputRefusedException(String.join(" ", problems));
    }
    String lead = leads.get(0);
    SpinJsonNode rows = (SpinJsonNode) runtimeService.getVariable(planId, PLAN_TASKS);
    int row = rows.elements().stream().mapToInt(node -> node.hasProp("row") ? node.prop("row").numberValue().intValue()
        : 0).max().orElse(0) + 1;
    String code = blank(task.code()) ? "B" + row : task.code().trim();
    ObjectNode node = table.element(row, "them-" + row, code, task.title().trim(), lead, 1,
        String.join(",", coordinating.stream().filter(id -> !id.equals(lead))
            .filter(id -> directory.find(id).map(agency -> agency.type().receivesTasks()).orElse(false)).toList()),
        task.expectedResult() == null ? "" : task.expectedResult().trim(),
        task.deadlineText() == null ? "" : task.deadlineText().trim(), deadline);
    ActivityInstance body = multiInstanceBody(plan.getId());
    runtimeService.createProcessInstanceModification(plan.getId())
        .startBeforeActivity(PlanProcesses.Plan.CALL_PLAN_TASKS, body.getId())
        .setVariableLocal("planTask", SpinValues.jsonValue(node.toString()).create())
        .execute();
    try {
      com.fasterxml.jackson.databind.node.ArrayNode updated =
          (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(rows.toString());
      updated.add(node);
      runtimeService.setVariable(planId, PLAN_TASKS, SpinValues.jsonValue(updated.toString()).create());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("The plan's table variable is no JSON array", e);
    }
    Object count = runtimeService.getVariable(planId, TASK_COUNT);
    runtimeService.setVariable(planId, TASK_COUNT, (count instanceof Integer n ? n : 0) + 1);
    ProcessInstance added = runtimeService.createProcessInstanceQuery().superProcessInstanceId(planId)
        .processInstanceBusinessKey(planId + ":them-" + row).singleResult();
    log.add(planId, added.getId(), "addition", "Thêm nhiệm vụ " + code + ". " + task.title().trim() + " (chủ trì: "
        + directory.name(lead) + (deadline.due() == null ? "" : ", hạn " + DateTexts.format(deadline.due())) + ")",
        "", by.userId(), EngineClock.instant());
    return added.getId();
  }

  /** Cancels a task: its work ends, it no longer counts in the plan, and the plan goes on without it. */
  @Transactional
  public void cancel(String planId, String taskInstanceId, String reason, Official by) {
    ProcessInstance task = taskOf(planId, taskInstanceId);
    requireReason(reason);
    String label = label(task);
    runtimeService.setVariable(task.getId(), CANCELLED_AT, EngineClock.now());
    runtimeService.setVariable(task.getId(), CANCEL_REASON, reason.trim());
    var modification = runtimeService.createProcessInstanceModification(task.getId());
    for (ActivityInstance child : runtimeService.getActivityInstance(task.getId()).getChildActivityInstances()) {
      modification = modification.cancelActivityInstance(child.getId());
    }
    modification.execute(true, true);
    log.add(planId, task.getId(), "cancellation", "Hủy nhiệm vụ " + label, reason.trim(), by.userId(),
        EngineClock.instant());
  }

  /** Gives a task to another lead agency: its variables and its open lead tasks move. */
  @Transactional
  public void changeLead(String planId, String taskInstanceId, String newLead, String reason, Official by) {
    ProcessInstance task = taskOf(planId, taskInstanceId);
    requireReason(reason);
    String lead = newLead == null ? "" : newLead.trim();
    if (!directory.isValid(lead, directory.today())) {
      throw new InputRefusedException("Không có đơn vị mã \"" + lead + "\" có hiệu lực hôm nay trong danh mục đơn vị.");
    }
    String old = String.valueOf(runtimeService.getVariable(task.getId(), LEAD_AGENCY));
    if (old.equals(lead)) {
      throw new InputRefusedException(directory.name(lead) + " đã là đơn vị chủ trì của nhiệm vụ này.");
    }
    runtimeService.setVariable(task.getId(), LEAD_AGENCY, lead);
    runtimeService.setVariable(task.getId(), LEAD_AGENCY_NAME, directory.name(lead));
    List<Task> open = taskService.createTaskQuery().processInstanceId(task.getId()).taskCandidateGroup(old)
        .includeAssignedTasks().list().stream()
        .filter(work -> !work.getTaskDefinitionKey().equals(PlanProcesses.PlanTask.CONTRIBUTE_TO_REPORT)).toList();
    handover.handOver(open, old, lead);
    log.add(planId, task.getId(), "lead", "Đổi đơn vị chủ trì nhiệm vụ " + label(task) + ": " + directory.name(old)
        + " → " + directory.name(lead), reason.trim(), by.userId(), EngineClock.instant());
  }

  List<PlanChangeLog.Change> trail(String planId) {
    plan(planId);
    return log.of(planId);
  }

  private ActivityInstance multiInstanceBody(String planId) {
    for (ActivityInstance child : runtimeService.getActivityInstance(planId).getChildActivityInstances()) {
      if ((PlanProcesses.Plan.CALL_PLAN_TASKS + "#multiInstanceBody").equals(child.getActivityId())) {
        return child;
      }
    }
    throw new InputRefusedException("Mọi nhiệm vụ của kế hoạch đã kết thúc nên không thêm được nhiệm vụ; hãy nhập "
        + "một kế hoạch mới.");
  }

  private ProcessInstance plan(String planId) {
    ProcessInstance plan = planId == null ? null : runtimeService.createProcessInstanceQuery().processInstanceId(planId)
        .processDefinitionKey(PlanProcesses.Plan.KEY).singleResult();
    if (plan == null) {
      throw new PlanNotFoundException("Không có kế hoạch đang thực hiện mã \"" + planId + "\".");
    }
    return plan;
  }

  private ProcessInstance taskOf(String planId, String taskInstanceId) {
    plan(planId);
    ProcessInstance task = taskInstanceId == null ? null : runtimeService.createProcessInstanceQuery()
        .processInstanceId(taskInstanceId).superProcessInstanceId(planId).singleResult();
    if (task == null) {
      throw new PlanNotFoundException("Kế hoạch không có nhiệm vụ đang thực hiện mã \"" + taskInstanceId + "\".");
    }
    return task;
  }

  private String label(ProcessInstance task) {
    Map<String, Object> variables = runtimeService.getVariables(task.getId(),
        List.of(PlanProcesses.Vars.TASK_CODE, PlanProcesses.Vars.TASK_TITLE, LEAD_AGENCY_NAME));
    return variables.get(PlanProcesses.Vars.TASK_CODE) + ". "
        + PlanTaskNames.shortTitle(String.valueOf(variables.get(PlanProcesses.Vars.TASK_TITLE)))
        + " (" + variables.get(LEAD_AGENCY_NAME) + ")";
  }

  private static void requireReason(String reason) {
    if (blank(reason)) {
      throw new InputRefusedException("Vui lòng nêu lý do.");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** A plan or a task of it that does not exist, or has ended: 404. */
  public static class PlanNotFoundException extends RuntimeException {
    PlanNotFoundException(String message) {
      super(message);
    }
  }
}
