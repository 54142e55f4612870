package vn.planflow.dashboard;

import static vn.planflow.drafting.ResolutionDrafting.Tasks.APPRAISE_BUDGET;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.APPROVE_BUDGET;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.COMMENT_ON_DRAFT;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.CONSOLIDATE_COMMENTS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.CONSULT_MINISTRY;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.DRAFT_DOCUMENTS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.EXECUTIVE_COMMITTEE_DECISION;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.HOLD_WORKSHOP;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.PREPARE_BUDGET_ESTIMATE;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.PREPARE_UBND_DOSSIER;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.REVISE_DRAFTS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.SEND_REPORT_OUTLINE;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.STANDING_COMMITTEE_DECISION;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.SUBMIT_SURVEY_REPORT;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.SYNTHESIZE_SURVEY;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.UBND_DECISION;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.deadline.Deadlines;
import vn.planflow.deadline.Lateness;
import vn.planflow.dashboard.Board.AgencyLine;
import vn.planflow.dashboard.Board.PlanBoard;
import vn.planflow.dashboard.Board.PlanKind;
import vn.planflow.dashboard.Board.StageLine;
import vn.planflow.dashboard.Board.TaskLine;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.engine.EngineClock;
import vn.planflow.names.ProcessNames;
import vn.planflow.plan.PlanProcesses;
import vn.planflow.plan.PlanProgress;
import vn.planflow.plan.PlanProgress.TaskStanding;
import vn.planflow.plan.PlanReports;
import vn.planflow.time.CalendarProperties;
import vn.planflow.time.DueDates;
import vn.planflow.time.ReminderWindow;

/**
 * Every plan's board, read from the engine's history (which keeps every task with its due date,
 * start and end for years) and, for plans carried out, from the plan's rows ({@link PlanProgress}).
 *
 * <p>How a task is counted, the same on every page, chart and workbook:
 * <ul>
 *   <li>completed by its agency: on time if by its due moment, else late (by at least one working day);</li>
 *   <li>open: overdue past its due moment, due soon from its reminder's moment on (the plan's
 *       {@code reminderBefore}, else the deadline setting's working days: {@link ReminderWindow},
 *       the rule of the reminder mails), else in progress within its deadline;</li>
 *   <li>ended by the process after its due moment without an answer (a late agency left out when
 *       the next stage starts): missed, counted with the overdue; ended before its due moment (a
 *       task withdrawn): not counted.</li>
 * </ul>
 */
@Service
public class PlanBoards {

  /** A stage of the drafting pipeline: the tasks that carry one due date of the seed's schedule. */
  record StageDef(String label, String dueVariable, List<String> taskKeys, boolean optional) {
  }

  /** The drafting pipeline's stages in the seed's order (Kế hoạch 549/KH-UBND). */
  static final List<StageDef> DRAFTING_STAGES = List.of(
      new StageDef("Gửi đề cương báo cáo", ResolutionDrafting.Vars.OUTLINE_DUE, List.of(SEND_REPORT_OUTLINE), true),
      new StageDef("Khảo sát hiện trạng", ResolutionDrafting.Vars.SURVEY_DUE, List.of(SUBMIT_SURVEY_REPORT), false),
      new StageDef("Tổng hợp kết quả khảo sát", ResolutionDrafting.Vars.SYNTHESIS_DUE, List.of(SYNTHESIZE_SURVEY),
          false),
      new StageDef("Xây dựng dự thảo Nghị quyết, Kế hoạch", ResolutionDrafting.Vars.DRAFT_DUE,
          List.of(DRAFT_DOCUMENTS), false),
      new StageDef("Góp ý dự thảo", ResolutionDrafting.Vars.COMMENTS_DUE, List.of(COMMENT_ON_DRAFT), false),
      new StageDef("Tổng hợp, tiếp thu ý kiến góp ý", ResolutionDrafting.Vars.CONSOLIDATION_DUE,
          List.of(CONSOLIDATE_COMMENTS), false),
      new StageDef("Hội thảo khoa học", ResolutionDrafting.Vars.WORKSHOP_DUE, List.of(HOLD_WORKSHOP), false),
      new StageDef("Xin ý kiến Bộ Thông tin và Truyền thông", ResolutionDrafting.Vars.MINISTRY_DUE,
          List.of(CONSULT_MINISTRY), false),
      new StageDef("UBND tỉnh, Ban cán sự đảng UBND tỉnh cho ý kiến", ResolutionDrafting.Vars.UBND_DUE,
          List.of(PREPARE_UBND_DOSSIER, UBND_DECISION), false),
      new StageDef("Thường trực, Ban Thường vụ Tỉnh ủy cho ý kiến", ResolutionDrafting.Vars.STANDING_COMMITTEE_DUE,
          List.of(PREPARE_STANDING_COMMITTEE_DOSSIER, STANDING_COMMITTEE_DECISION), false),
      new StageDef("Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết", ResolutionDrafting.Vars.EXECUTIVE_COMMITTEE_DUE,
          List.of(PREPARE_EXECUTIVE_COMMITTEE_DOSSIER, EXECUTIVE_COMMITTEE_DECISION), false),
      new StageDef("Chỉnh sửa, hoàn thiện dự thảo theo ý kiến", ResolutionDrafting.Vars.REVISION_DUE,
          List.of(REVISE_DRAFTS), true),
      new StageDef("Lập, thẩm định, phê duyệt dự toán kinh phí", ResolutionDrafting.Vars.MINISTRY_DUE,
          List.of(PREPARE_BUDGET_ESTIMATE, APPRAISE_BUDGET, APPROVE_BUDGET), false));

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
  private static final int MAX_COMING_CONSOLIDATIONS = 12;

  private final HistoryService historyService;
  private final PlanProgress progress;
  private final Deadlines deadlines;
  private final Lateness lateness;
  private final DueDates dueDates;
  private final AgencyDirectory directory;
  private final ZoneId zone;
  private final ReminderWindow reminders;
  private final PlanReports reports;
  private final RepositoryService repositoryService;

  PlanBoards(HistoryService historyService, RepositoryService repositoryService, PlanProgress progress,
      Deadlines deadlines, Lateness lateness, AgencyDirectory directory, DueDates dueDates,
      CalendarProperties calendar, ReminderWindow reminders, PlanReports reports) {
    this.repositoryService = repositoryService;
    this.reports = reports;
    this.historyService = historyService;
    this.lateness = lateness;
    this.dueDates = dueDates;
    this.progress = progress;
    this.deadlines = deadlines;
    this.directory = directory;
    this.zone = calendar.zone();
    this.reminders = reminders;
  }

  /** Every plan, drafted or carried out, newest first. */
  public List<PlanBoard> all() {
    Instant now = EngineClock.instant();
    List<HistoricProcessInstance> plans = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(ResolutionDrafting.KEY, PlanProcesses.Plan.KEY)
        .orderByProcessInstanceStartTime().desc().list();
    // every plan's tasks are counted: their agencies read per model version, not per task
    Map<String, String> agencies = new HashMap<>();
    plans.stream().map(HistoricProcessInstance::getProcessDefinitionId).distinct()
        .forEach(definition -> historyService.createHistoricIdentityLinkLogQuery().processDefinitionId(definition)
            .type(IdentityLinkType.CANDIDATE).operationType("add").orderByTime().asc().list().stream()
            .filter(link -> link.getTaskId() != null && link.getGroupId() != null)
            .forEach(link -> agencies.putIfAbsent(link.getTaskId(), link.getGroupId())));
    return plans.stream().map(plan -> board(plan, now, agencies)).toList();
  }

  /** One plan's board; empty if no plan has that id. */
  public Optional<PlanBoard> of(String planId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(planId)
        .processDefinitionKeyIn(ResolutionDrafting.KEY, PlanProcesses.Plan.KEY).list().stream().findFirst()
        .map(plan -> board(plan, EngineClock.instant(), Map.of()));
  }

  /** The agencies' records summed over {@code plans}, the worst rated first. */
  public List<AgencyLine> agencies(List<PlanBoard> plans) {
    return agencyLines(plans.stream().flatMap(plan -> plan.tasks().stream()).toList());
  }

  /** @param agencies the agency of tasks already known (task id → group id); the others are read one by one */
  private PlanBoard board(HistoricProcessInstance plan, Instant now, Map<String, String> agencies) {
    Map<String, Object> variables = processVariables(plan.getId());
    Object before = variables.get(ProcessNames.Vars.REMINDER_BEFORE);
    String reminderBefore = before == null ? null : before.toString();
    PlanKind kind = ResolutionDrafting.KEY.equals(plan.getProcessDefinitionKey()) ? PlanKind.DRAFTING
        : PlanKind.CARRYING;
    List<TaskLine> tasks;
    List<StageLine> stages;
    List<HistoricTaskInstance> history = historyService.createHistoricTaskInstanceQuery()
        .rootProcessInstanceId(plan.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
    if (kind == PlanKind.DRAFTING) {
      Map<String, TaskLine> lines = new LinkedHashMap<>();
      history.stream().filter(task -> task.getDueDate() != null).forEach(task -> {
        TaskLine line = drafting(task, now, agencies, reminderBefore);
        if (line != null) {
          lines.put(task.getId(), line);
        }
      });
      tasks = List.copyOf(lines.values());
      stages = draftingStages(history, lines, variables, plan.getEndTime() != null, now);
    } else {
      // a plan task's reminder: its own process has no reminderBefore, so the working days count
      tasks = progress.of(plan.getId()).tasks().stream().map(row -> carried(row, now)).toList();
      List<HistoricTaskInstance> own = history.stream()
          .filter(task -> plan.getId().equals(task.getProcessInstanceId()) && task.getDueDate() != null).toList();
      Map<String, TaskLine> lines = new LinkedHashMap<>();
      own.forEach(task -> {
        TaskLine line = drafting(task, now, agencies, reminderBefore);
        if (line != null) {
          lines.put(task.getId(), line);
        }
      });
      stages = new ArrayList<>(cycleStages(own, lines, now));
      if (plan.getEndTime() == null) {
        stages.addAll(comingConsolidations(plan.getProcessDefinitionId(), variables, tasks, now));
      }
      stages.addAll(deadlineStages(tasks, plan.getStartTime()));
      stages.sort(Comparator.comparing(StageLine::planned, Comparator.nullsLast(Comparator.naturalOrder())));
    }
    String lead = Objects.toString(variables.get(ProcessNames.Vars.LEAD_AGENCY), "");
    int late = (int) tasks.stream().filter(task -> task.state().late()).count()
        + (int) stages.stream().filter(stage -> stage.tasks() == 0 && stage.state().late()).count();
    Rating rating = Rating.of(late, (int) tasks.stream().filter(task -> task.state() == TaskState.DUE_SOON).count(),
        (int) tasks.stream().filter(task -> task.state() == TaskState.DONE_LATE).count());
    return new PlanBoard(plan.getId(), Objects.toString(variables.get(ProcessNames.Vars.TITLE), "(không có tên)"),
        kind, lead, lead.isEmpty() ? "" : directory.name(lead), plan.getStartTime(), plan.getEndTime(), stages,
        agencyLines(tasks), tasks, rating);
  }

  private Map<String, Object> processVariables(String planId) {
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(planId)
        .disableCustomObjectDeserialization().list().stream()
        .filter(variable -> variable.getActivityInstanceId() == null
            || variable.getActivityInstanceId().equals(planId))
        .filter(variable -> variable.getValue() != null)
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    return variables;
  }

  /** A user task with a deadline; null for a task the process withdrew before its due moment. */
  private TaskLine drafting(HistoricTaskInstance task, Instant now, Map<String, String> agencies,
      String reminderBefore) {
    Date due = task.getDueDate();
    Date end = task.getEndTime();
    TaskState state;
    int late = 0;
    if (end != null && "completed".equals(task.getDeleteReason())) {
      late = end.after(due) ? Math.max(1, deadlines.workingDaysLate(due, end.toInstant())) : 0;
      state = late > 0 ? TaskState.DONE_LATE : TaskState.DONE_ON_TIME;
    } else if (end != null) {
      if (!end.after(due)) {
        return null;
      }
      late = Math.max(1, deadlines.workingDaysLate(due, end.toInstant()));
      state = TaskState.MISSED;
    } else {
      state = open(due, now, reminderBefore);
      if (state == TaskState.OVERDUE) {
        late = Math.max(1, deadlines.workingDaysLate(due, now));
      }
    }
    String agency = agencies.containsKey(task.getId()) ? agencies.get(task.getId()) : lateness.agencyOf(task.getId());
    return new TaskLine(task.getId(), "", task.getName(), agency, agency.isEmpty() ? "" : directory.name(agency),
        List.of(), due, task.getStartTime(), end, state, late, month(due));
  }

  private TaskLine carried(TaskStanding row, Instant now) {
    Date due = row.due();
    TaskState state = switch (row.standing()) {
      case DONE_ON_TIME -> TaskState.DONE_ON_TIME;
      case DONE_LATE -> TaskState.DONE_LATE;
      case OVERDUE -> TaskState.OVERDUE;
      case IN_PROGRESS -> due == null ? TaskState.IN_TIME : open(due, now, null);
    };
    int late = 0;
    if (state == TaskState.DONE_LATE) {
      late = Math.max(1, deadlines.workingDaysLate(due, row.completedOn().toInstant()));
    } else if (state == TaskState.OVERDUE) {
      late = Math.max(1, deadlines.workingDaysLate(due, now));
    }
    return new TaskLine(row.instanceId(), row.code(), row.title(), row.leadId(), row.lead(), row.coordinatingIds(),
        due, null, row.completedOn(), state, late, month(due));
  }

  /** Overdue past its due moment; due soon once its reminder has fallen due ({@link ReminderWindow}). */
  private TaskState open(Date due, Instant now, String reminderBefore) {
    if (now.isAfter(due.toInstant())) {
      return TaskState.OVERDUE;
    }
    return now.isBefore(reminders.reminderAt(due.toInstant().atZone(zone), reminderBefore).toInstant())
        ? TaskState.IN_TIME : TaskState.DUE_SOON;
  }

  private List<StageLine> draftingStages(List<HistoricTaskInstance> history, Map<String, TaskLine> lines,
      Map<String, Object> variables, boolean ended, Instant now) {
    List<StageLine> stages = new ArrayList<>();
    Map<String, List<HistoricTaskInstance>> byKey = history.stream()
        .collect(Collectors.groupingBy(HistoricTaskInstance::getTaskDefinitionKey, LinkedHashMap::new,
            Collectors.toList()));
    for (StageDef def : DRAFTING_STAGES) {
      List<HistoricTaskInstance> tasks = def.taskKeys().stream()
          .flatMap(key -> byKey.getOrDefault(key, List.of()).stream()).toList();
      Date planned = variables.get(def.dueVariable()) instanceof Date date ? date : null;
      if (tasks.isEmpty() && (def.optional() || ended || planned == null)) {
        continue;
      }
      stages.add(stage(def.label(), planned, tasks, lines, now));
    }
    // tasks a newer model added outside the stages above: a stage of their own, by name
    List<String> known = DRAFTING_STAGES.stream().flatMap(def -> def.taskKeys().stream()).toList();
    byKey.forEach((key, tasks) -> {
      if (!known.contains(key) && tasks.get(0).getDueDate() != null) {
        stages.add(stage(tasks.get(0).getName(), null, tasks, lines, now));
      }
    });
    return stages;
  }

  /** A carried plan's own tasks (the periodic consolidation), one stage a task and due date. */
  private List<StageLine> cycleStages(List<HistoricTaskInstance> own, Map<String, TaskLine> lines, Instant now) {
    Map<String, List<HistoricTaskInstance>> cycles = own.stream().collect(Collectors.groupingBy(
        task -> task.getTaskDefinitionKey() + "|" + task.getDueDate().getTime(), LinkedHashMap::new,
        Collectors.toList()));
    return cycles.values().stream()
        .map(tasks -> stage(tasks.get(0).getName() + " (kỳ hạn " + dueDates.format(tasks.get(0).getDueDate()) + ")",
            null, tasks, lines, now))
        .sorted(Comparator.comparing(StageLine::planned))
        .toList();
  }

  /**
   * The consolidations to come, up to the plan's last deadline: planned, not started, named as the
   * plan's model names the task they will be (from the engine's cache of deployed models).
   */
  private List<StageLine> comingConsolidations(String definitionId, Map<String, Object> variables,
      List<TaskLine> tasks, Instant now) {
    Date lastDeadline = tasks.stream().map(TaskLine::due).filter(Objects::nonNull).max(Comparator.naturalOrder())
        .orElse(null);
    List<Date> coming = reports.coming(variables, lastDeadline, MAX_COMING_CONSOLIDATIONS);
    if (coming.isEmpty()) {
      return List.of();
    }
    FlowElement task = repositoryService.getBpmnModelInstance(definitionId)
        .getModelElementById(PlanProcesses.Plan.CONSOLIDATE_PROGRESS);
    String name = task == null || task.getName() == null ? PlanProcesses.Plan.CONSOLIDATE_PROGRESS : task.getName();
    return coming.stream()
        .map(due -> stage(name + " (kỳ hạn " + dueDates.format(due) + ")", due, List.of(), Map.of(), now))
        .toList();
  }

  /**
   * A carried plan's rows by the month of their deadline, one stage a month: planned is the month's
   * last deadline, actual runs from the plan's start to the last row's completion. Rows without a
   * deadline (ongoing work) are on no stage.
   */
  private List<StageLine> deadlineStages(List<TaskLine> tasks, Date planStart) {
    Map<String, List<TaskLine>> byMonth = tasks.stream().filter(task -> task.due() != null)
        .collect(Collectors.groupingBy(TaskLine::month, LinkedHashMap::new, Collectors.toList()));
    return byMonth.entrySet().stream().map(entry -> {
      List<TaskLine> rows = entry.getValue();
      Date planned = rows.stream().map(TaskLine::due).max(Comparator.naturalOrder()).orElseThrow();
      int done = (int) rows.stream().filter(row -> row.state().done()).count();
      String month = entry.getKey();
      String label = "Nhiệm vụ có thời hạn tháng " + month.substring(5) + "/" + month.substring(0, 4);
      if (done < rows.size()) {
        TaskState state = rows.stream().anyMatch(row -> row.state().late()) ? TaskState.OVERDUE
            : rows.stream().anyMatch(row -> row.state() == TaskState.DUE_SOON) ? TaskState.DUE_SOON
            : TaskState.IN_TIME;
        int late = rows.stream().filter(row -> row.state().late()).mapToInt(TaskLine::workingDaysLate).max()
            .orElse(0);
        return new StageLine(label, planned, planStart, null, state, late, rows.size(), done);
      }
      Date end = rows.stream().map(TaskLine::end).filter(Objects::nonNull).max(Comparator.naturalOrder())
          .orElse(null);
      boolean doneLate = rows.stream().anyMatch(row -> row.state() == TaskState.DONE_LATE);
      int late = rows.stream().mapToInt(TaskLine::workingDaysLate).max().orElse(0);
      return new StageLine(label, planned, planStart, end, doneLate ? TaskState.DONE_LATE : TaskState.DONE_ON_TIME,
          late, rows.size(), done);
    }).toList();
  }

  private StageLine stage(String label, Date plannedByVariable, List<HistoricTaskInstance> tasks,
      Map<String, TaskLine> lines, Instant now) {
    List<TaskLine> counted = tasks.stream().map(task -> lines.get(task.getId())).filter(Objects::nonNull).toList();
    Date planned = tasks.stream().map(HistoricTaskInstance::getDueDate).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(plannedByVariable);
    if (tasks.isEmpty()) {
      boolean late = planned != null && now.isAfter(planned.toInstant());
      return new StageLine(label, planned, null, null, late ? TaskState.OVERDUE : TaskState.NOT_STARTED,
          late ? Math.max(1, deadlines.workingDaysLate(planned, now)) : 0, 0, 0);
    }
    Date start = tasks.stream().map(HistoricTaskInstance::getStartTime).min(Comparator.naturalOrder()).orElse(null);
    int done = (int) counted.stream().filter(task -> task.state().done()).count();
    boolean open = tasks.stream().anyMatch(task -> task.getEndTime() == null);
    if (open) {
      TaskState state = counted.stream().anyMatch(task -> task.state() == TaskState.OVERDUE) ? TaskState.OVERDUE
          : counted.stream().anyMatch(task -> task.state() == TaskState.DUE_SOON) ? TaskState.DUE_SOON
          : TaskState.IN_TIME;
      int late = state == TaskState.OVERDUE ? Math.max(1, deadlines.workingDaysLate(planned, now)) : 0;
      return new StageLine(label, planned, start, null, state, late, counted.size(), done);
    }
    Date end = tasks.stream().map(HistoricTaskInstance::getEndTime).max(Comparator.naturalOrder()).orElse(null);
    boolean late = planned != null && end.after(planned);
    return new StageLine(label, planned, start, end, late ? TaskState.DONE_LATE : TaskState.DONE_ON_TIME,
        late ? Math.max(1, deadlines.workingDaysLate(planned, end.toInstant())) : 0, counted.size(), done);
  }

  private List<AgencyLine> agencyLines(List<TaskLine> tasks) {
    Map<String, List<TaskLine>> byAgency = tasks.stream().collect(Collectors.groupingBy(TaskLine::agencyId,
        LinkedHashMap::new, Collectors.toList()));
    return byAgency.entrySet().stream().map(entry -> {
      List<TaskLine> own = entry.getValue();
      int onTime = count(own, TaskState.DONE_ON_TIME);
      int doneLate = count(own, TaskState.DONE_LATE);
      int dueSoon = count(own, TaskState.DUE_SOON);
      int open = count(own, TaskState.IN_TIME) + dueSoon;
      int overdue = count(own, TaskState.OVERDUE) + count(own, TaskState.MISSED);
      return new AgencyLine(entry.getKey(), own.get(0).agencyName().isEmpty() ? "(chưa rõ đơn vị)"
          : own.get(0).agencyName(), own.size(), onTime, doneLate, open, dueSoon, overdue,
          Rating.of(overdue, dueSoon, doneLate));
    }).sorted(Comparator.comparing(AgencyLine::rating).thenComparing(AgencyLine::overdue, Comparator.reverseOrder())
        .thenComparing(AgencyLine::agencyName)).toList();
  }

  private static int count(List<TaskLine> tasks, TaskState state) {
    return (int) tasks.stream().filter(task -> task.state() == state).count();
  }

  private String month(Date due) {
    return due == null ? "" : MONTH.format(due.toInstant().atZone(zone));
  }
}
