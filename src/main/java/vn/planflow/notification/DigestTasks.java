package vn.planflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.CalendarProperties;
import vn.planflow.time.DueDates;
import vn.planflow.time.ReminderWindow;
import vn.planflow.time.WorkingCalendar;

/**
 * What a digest lists, read from the engine's open tasks: for an official, the tasks of their
 * agencies (candidate groups, claimed or not) and those assigned to them that are overdue or due
 * soon, that is whose reminder falls on or before the digest's day (the reminder timers' own rule,
 * {@link ReminderWindow}); and the overdue tasks of the plans their agencies chase (a
 * plan task's {@code planLeadAgency}, else the process's {@code leadAgency}), whose escalations
 * reach the lead. A {@link Run} reads each agency's tasks once for all the day's digests.
 */
@Component
class DigestTasks {

  private static final Date NO_LATER_THAN = Date.from(Instant.parse("9999-01-01T00:00:00Z"));
  private static final String NO_PLAN = "Công việc không thuộc kế hoạch";

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final WorkingCalendar calendar;
  private final CalendarProperties calendarProperties;
  private final DueDates dueDates;
  private final NoticeMails mails;
  private final ReminderWindow reminders;

  DigestTasks(TaskService taskService, RuntimeService runtimeService, WorkingCalendar calendar,
      CalendarProperties calendarProperties, DueDates dueDates, NoticeMails mails, ReminderWindow reminders) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.calendar = calendar;
    this.calendarProperties = calendarProperties;
    this.dueDates = dueDates;
    this.mails = mails;
    this.reminders = reminders;
  }

  /** The reading of the open tasks at {@code now}, the moment of the digests of {@code day}. */
  Run run(Instant now, LocalDate day) {
    return new Run(now, day);
  }

  /** One pass over the day's digests: each agency's tasks are read once, whoever asks. */
  final class Run {

    private final Instant now;
    private final LocalDate day;
    private final Instant endOfDay;
    private final Map<String, List<Task>> ownByGroup = new HashMap<>();
    private final Map<String, List<Task>> chasedByGroup = new HashMap<>();
    private final Map<String, Map<String, Object>> taskVariables = new HashMap<>();
    private final Map<String, Map<String, Object>> processVariables = new HashMap<>();

    private Run(Instant now, LocalDate day) {
      this.now = now;
      this.day = day;
      this.endOfDay = day.plusDays(1).atStartOfDay(calendarProperties.zone()).toInstant();
    }

    /** The tasks of {@code groupIds} and of {@code userId} due soon or overdue, by plan. */
    List<Digest.Plan> own(String userId, Collection<String> groupIds) {
      Map<String, Task> tasks = new LinkedHashMap<>();
      for (String group : groupIds) {
        ownByGroup.computeIfAbsent(group, g -> taskService.createTaskQuery().taskCandidateGroup(g)
            .includeAssignedTasks().dueBefore(NO_LATER_THAN).list()).forEach(task -> tasks.put(task.getId(), task));
      }
      taskService.createTaskQuery().taskAssignee(userId).dueBefore(NO_LATER_THAN).list()
          .forEach(task -> tasks.putIfAbsent(task.getId(), task));
      load(tasks.values());
      return byPlan(tasks.values().stream().filter(task -> isOverdue(task) || isDueSoon(task)).toList());
    }

    /**
     * The overdue tasks of the plans {@code groupIds} lead, other than {@code listed} (the
     * official's own, already in the digest), by plan.
     */
    List<Digest.Plan> chased(Collection<String> groupIds, Set<String> listed) {
      Map<String, Task> tasks = new LinkedHashMap<>();
      for (String group : groupIds) {
        chasedByGroup.computeIfAbsent(group, this::overdueChasedBy).forEach(task -> tasks.put(task.getId(), task));
      }
      listed.forEach(tasks::remove);
      load(tasks.values());
      return byPlan(List.copyOf(tasks.values()));
    }

    private List<Task> overdueChasedBy(String group) {
      Date now = Date.from(this.now);
      List<Task> tasks = new ArrayList<>(taskService.createTaskQuery().dueBefore(now)
          .processVariableValueEquals(ProcessNames.Vars.PLAN_LEAD_AGENCY, group).list());
      List<Task> ledByGroup = taskService.createTaskQuery().dueBefore(now)
          .processVariableValueEquals(ProcessNames.Vars.LEAD_AGENCY, group).list();
      // in a plan's task, leadAgency is the task's own lead; the plan's lead (planLeadAgency) chases it
      Set<String> planTasks = new LinkedHashSet<>();
      String[] instances = ledByGroup.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
      if (instances.length > 0) {
        runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances)
            .variableName(ProcessNames.Vars.PLAN_LEAD_AGENCY).list()
            .forEach(variable -> planTasks.add(variable.getProcessInstanceId()));
      }
      ledByGroup.stream().filter(task -> !planTasks.contains(task.getProcessInstanceId())).forEach(tasks::add);
      return tasks;
    }

    /** Reads the tasks' own agency and plan title, and their plans' title and reminderBefore, in two queries. */
    private void load(Collection<Task> tasks) {
      String[] taskIds = tasks.stream().map(Task::getId).filter(id -> !taskVariables.containsKey(id))
          .toArray(String[]::new);
      if (taskIds.length > 0) {
        for (String id : taskIds) {
          taskVariables.put(id, new HashMap<>());
        }
        for (VariableInstance variable : runtimeService.createVariableInstanceQuery().taskIdIn(taskIds)
            .variableNameIn(ProcessNames.Vars.AGENCY_NAME, ProcessNames.Vars.LISTED_PLAN_TITLE)
            .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
          taskVariables.get(variable.getTaskId()).put(variable.getName(), variable.getValue());
        }
      }
      String[] instances = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct()
          .filter(id -> !processVariables.containsKey(id)).toArray(String[]::new);
      if (instances.length > 0) {
        for (String id : instances) {
          processVariables.put(id, new HashMap<>());
        }
        for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances)
            .variableNameIn(ProcessNames.Vars.TITLE, ProcessNames.Vars.REMINDER_BEFORE)
            .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
          boolean instanceScope = variable.getTaskId() == null
              && variable.getProcessInstanceId().equals(variable.getExecutionId());
          Map<String, Object> values = processVariables.get(variable.getProcessInstanceId());
          if (instanceScope || !values.containsKey(variable.getName())) {
            values.put(variable.getName(), variable.getValue());
          }
        }
      }
    }

    private boolean isOverdue(Task task) {
      return task.getDueDate().toInstant().isBefore(now);
    }

    /** Whether the task's reminder falls on or before the digest's day. */
    private boolean isDueSoon(Task task) {
      ZonedDateTime due = task.getDueDate().toInstant().atZone(calendarProperties.zone());
      Object before = processVariable(task, ProcessNames.Vars.REMINDER_BEFORE);
      return reminders.reminderAt(due, before == null ? null : before.toString()).toInstant().isBefore(endOfDay);
    }

    private List<Digest.Plan> byPlan(List<Task> tasks) {
      Map<String, List<Task>> byTitle = new TreeMap<>(Comparator.comparing((String title) -> NO_PLAN.equals(title))
          .thenComparing(Comparator.naturalOrder()));
      for (Task task : tasks) {
        byTitle.computeIfAbsent(planTitle(task), title -> new ArrayList<>()).add(task);
      }
      List<Digest.Plan> plans = new ArrayList<>();
      byTitle.forEach((title, planTasks) -> plans.add(new Digest.Plan(title, planTasks.stream()
          .sorted(Comparator.comparing(Task::getDueDate).thenComparing(Task::getName, Comparator.nullsLast(
              Comparator.naturalOrder())))
          .map(this::item).toList())));
      return plans;
    }

    private Digest.Item item(Task task) {
      boolean overdue = isOverdue(task);
      LocalDate dueDay = dueDates.day(task.getDueDate());
      int days = Math.max(0, overdue ? calendar.workingDaysBetween(dueDay, day) : calendar.workingDaysBetween(day, dueDay));
      Object agency = taskVariables.getOrDefault(task.getId(), Map.of()).get(ProcessNames.Vars.AGENCY_NAME);
      return new Digest.Item(task.getId(), step(Objects.toString(task.getName(), ""), agency),
          agency == null ? "—" : agency.toString(),
          dueDates.format(task.getDueDate()), overdue, days, mails.taskUrl(task.getId()));
    }

    /**
     * The task's name without the agency and plan Tasklist's list adds to it ("Góp ý dự thảo · Sở Y
     * tế · Kế hoạch …"), which the digest shows in columns of their own.
     */
    private static String step(String name, Object agency) {
      if (agency == null || agency.toString().isBlank()) {
        return name;
      }
      String suffix = " · " + agency;
      int cut = name.indexOf(suffix + " · ");
      return cut > 0 ? name.substring(0, cut) : name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length())
          : name;
    }

    private String planTitle(Task task) {
      Object title = taskVariables.getOrDefault(task.getId(), Map.of()).get(ProcessNames.Vars.LISTED_PLAN_TITLE);
      if (title == null || title.toString().isBlank()) {
        title = processVariable(task, ProcessNames.Vars.TITLE);
      }
      return title == null || title.toString().isBlank() ? NO_PLAN : title.toString();
    }

    private Object processVariable(Task task, String name) {
      return task.getProcessInstanceId() == null ? null
          : processVariables.getOrDefault(task.getProcessInstanceId(), Map.of()).get(name);
    }
  }
}
