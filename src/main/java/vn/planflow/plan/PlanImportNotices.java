package vn.planflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.TaskAgencies;
import vn.planflow.engine.EngineClock;
import vn.planflow.notification.NoticeKind;
import vn.planflow.notification.Notifications;
import vn.planflow.notification.TaskNotice;
import vn.planflow.time.DueDates;
import vn.planflow.time.WorkingCalendar;

/**
 * Rows already past due when their plan is imported (seed 004 imported a year late gives one
 * agency fourteen of them): instead of one escalation a task at the import, each agency gets one
 * "Quá hạn" mail listing its overdue tasks, and those tasks' own escalations start the next
 * working day ({@link #OVERDUE_AT_IMPORT} holds the import day).
 */
@Component
class PlanImportNotices {

  static final String OVERDUE_AT_IMPORT = vn.planflow.names.ProcessNames.Vars.OVERDUE_AT_IMPORT;
  private static final int LISTED = 30;

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Notifications notifications;
  private final AgencyDirectory directory;
  private final DueDates dueDates;
  private final WorkingCalendar calendar;

  PlanImportNotices(RuntimeService runtimeService, TaskService taskService, Notifications notifications,
      AgencyDirectory directory, DueDates dueDates, WorkingCalendar calendar) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.notifications = notifications;
    this.directory = directory;
    this.dueDates = dueDates;
    this.calendar = calendar;
  }

  void overdueAtImport(String planId, String planTitle, LocalDate today) {
    Map<String, List<Task>> overdueByAgency = new LinkedHashMap<>();
    for (ProcessInstance task : runtimeService.createProcessInstanceQuery().superProcessInstanceId(planId).list()) {
      for (Task work : taskService.createTaskQuery().processInstanceId(task.getId())
          .taskDefinitionKey(PlanProcesses.PlanTask.REPORT_PROGRESS).list()) {
        if (work.getDueDate() != null && dueDates.day(work.getDueDate()).isBefore(today)) {
          runtimeService.setVariable(task.getId(), OVERDUE_AT_IMPORT, today.toString());
          TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(work.getId())).stream().findFirst()
              .ifPresent(agency -> overdueByAgency.computeIfAbsent(agency, id -> new ArrayList<>()).add(work));
        }
      }
    }
    Instant now = EngineClock.instant();
    overdueByAgency.forEach((agency, tasks) -> {
      tasks.sort(Comparator.comparing(Task::getDueDate));
      Task first = tasks.get(0);
      StringBuilder list = new StringBuilder();
      for (Task task : tasks.subList(0, Math.min(LISTED, tasks.size()))) {
        Object code = runtimeService.getVariable(task.getProcessInstanceId(), PlanProcesses.Vars.TASK_CODE);
        Object title = runtimeService.getVariable(task.getProcessInstanceId(), PlanProcesses.Vars.TASK_TITLE);
        list.append("- ").append(code).append(". ").append(PlanTaskNames.shortTitle(String.valueOf(title)))
            .append(" (hạn ").append(dueDates.format(task.getDueDate())).append(")\n");
      }
      if (tasks.size() > LISTED) {
        list.append("- … và ").append(tasks.size() - LISTED).append(" nhiệm vụ khác\n");
      }
      notifications.enqueue(new TaskNotice(NoticeKind.ESCALATION, first.getId(),
          tasks.size() + " nhiệm vụ của kế hoạch đã quá hạn khi nhập kế hoạch",
          "Các nhiệm vụ sau đã quá hạn vào ngày nhập kế hoạch; đề nghị đơn vị báo cáo tiến độ từng nhiệm vụ "
              + "trong Tasklist:\n" + list.toString().trim(),
          planId, planTitle, agency, directory.name(agency), first.getDueDate(), now,
          Math.max(0, calendar.workingDaysBetween(dueDates.day(first.getDueDate()), today)), List.of(agency), null));
    });
  }
}
