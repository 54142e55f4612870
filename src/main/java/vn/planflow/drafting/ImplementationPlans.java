package vn.planflow.drafting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.drafting.ImplementationPlanRequest.Vars;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.names.ProcessNames;
import vn.planflow.plan.ImportError;
import vn.planflow.plan.PlanImport;
import vn.planflow.plan.PlanImportException;
import vn.planflow.plan.PlanTableReader;
import vn.planflow.refusal.InputRefusedException;
import vn.planflow.time.DateTexts;
import vn.planflow.time.DueDates;
import vn.planflow.time.WorkingCalendar;

/**
 * From the resolution to carrying it out (seed 000): when Ban Chấp hành approves, the lead is
 * asked for UBND tỉnh's implementation plan; its number, date and task table, attached to the
 * task, start {@code plan-implementation} in the completion's own transaction, so that a table
 * with a problem refuses the completion and nothing is created.
 */
@Service
class ImplementationPlans {

  /** Days the lead has to enter the plan, from the approval (UBND usually issues it within a month). */
  static final int DAYS_TO_ENTER = 30;
  private static final int LISTED_ERRORS = 10;

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final PlanImport planImport;
  private final AgencyDirectory directory;
  private final DueDates dueDates;
  private final WorkingCalendar calendar;

  ImplementationPlans(RuntimeService runtimeService, TaskService taskService, PlanImport planImport,
      AgencyDirectory directory, DueDates dueDates, WorkingCalendar calendar) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.planImport = planImport;
    this.directory = directory;
    this.dueDates = dueDates;
    this.calendar = calendar;
  }

  /** {@code Event_ImplementationPlanRequested} of {@code resolution-drafting}. */
  void request(DelegateExecution drafting) {
    String number = text(drafting.getVariable(ResolutionDrafting.Vars.RESOLUTION_NUMBER)).strip();
    String lead = text(drafting.getVariable(ResolutionDrafting.Vars.LEAD_AGENCY));
    String id = runtimeService.startProcessInstanceByKey(ImplementationPlanRequest.KEY,
        number.isEmpty() ? drafting.getProcessBusinessKey() : number, Variables.createVariables()
            .putValue(Vars.TITLE, drafting.getVariable(ResolutionDrafting.Vars.TITLE))
            .putValue(Vars.LEAD_AGENCY, lead)
            .putValue(ProcessNames.Vars.LEAD_AGENCY_NAME, directory.name(lead))
            .putValue(Vars.RESOLUTION_NUMBER, number)
            .putValue(Vars.RESOLUTION_INSTANCE, drafting.getProcessInstanceId())
            .putValue(Vars.PLAN_TITLE, "Kế hoạch triển khai Nghị quyết số " + number
                + " của Ban Chấp hành Đảng bộ tỉnh")
            .putValue(Vars.IMPLEMENTATION_PLAN_DUE,
                dueDates.endOf(calendar.onOrAfter(directory.today().plusDays(DAYS_TO_ENTER))))
            .putValue(ProcessNames.Vars.REMINDER_BEFORE, drafting.getVariable(ProcessNames.Vars.REMINDER_BEFORE))
            .putValue(ProcessNames.Vars.OVERDUE_REPEAT, drafting.getVariable(ProcessNames.Vars.OVERDUE_REPEAT)))
        .getId();
    runtimeService.setVariable(id, ProcessNames.Vars.DOCUMENTS_URL, ProcessNames.documentsUrl(id));
    drafting.setVariable(ResolutionDrafting.Vars.IMPLEMENTATION_PLAN_REQUEST, id);
  }

  /** Create of {@code submitImplementationPlan}: what its form and Tasklist's list show. */
  void created(DelegateTask task) {
    String lead = text(task.getVariable(Vars.LEAD_AGENCY));
    task.setVariableLocal(ProcessNames.Vars.DUE_DATE_TEXT, dueDates.format(task.getDueDate()));
    task.setVariableLocal(ProcessNames.Vars.AGENCY_NAME, directory.name(lead));
    task.setVariableLocal(ProcessNames.Vars.LISTED_PLAN_TITLE, task.getVariable(Vars.TITLE));
    task.setName(DraftingTaskListener.listName(task.getName(),
        directory.find(lead).map(Agency::shortName).orElse(lead), task.getVariable(Vars.TITLE)));
  }

  /**
   * Complete of {@code submitImplementationPlan}: the plan's number, date and title, and its table
   * (the latest .xlsx or .csv attached to the task), imported as {@code plan-implementation}.
   *
   * @throws InputRefusedException naming every problem, in Vietnamese; nothing is created
   */
  void submitted(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    String number = text(task.getVariable(Vars.PLAN_NUMBER)).strip();
    String date = text(task.getVariable(Vars.PLAN_DATE)).strip();
    String title = text(task.getVariable(Vars.PLAN_TITLE)).strip();
    if (number.isEmpty()) {
      problems.add("Vui lòng nhập số Kế hoạch của UBND tỉnh (" + Vars.PLAN_NUMBER + "), ví dụ 123/KH-UBND.");
    }
    if (date.isEmpty()) {
      problems.add("Vui lòng nhập ngày ban hành Kế hoạch (" + Vars.PLAN_DATE + ").");
    } else {
      try {
        date = DateTexts.day(date.length() > 10 && date.charAt(4) == '-' ? date.substring(0, 10) : date).toString();
      } catch (IllegalArgumentException e) {
        problems.add("Ngày ban hành \"" + date + "\" (" + Vars.PLAN_DATE + ") không phải là ngày (yyyy-MM-dd hoặc "
            + "dd/MM/yyyy).");
      }
    }
    if (title.isEmpty()) {
      problems.add("Vui lòng nhập tên Kế hoạch (" + Vars.PLAN_TITLE + ").");
    }
    Attachment table = EngineIdentity.withoutAuthorization(() -> taskService.getTaskAttachments(task.getId()))
        .stream().filter(attachment -> PlanTableReader.isTable(attachment.getName()))
        .max(Comparator.comparing(Attachment::getId)).orElse(null);
    if (table == null) {
      problems.add("Chưa có bảng nhiệm vụ của Kế hoạch (tệp .xlsx hoặc .csv như phụ lục của Kế hoạch) được đính kèm "
          + "vào công việc này: đính kèm tại trang tài liệu của hồ sơ rồi bấm Hoàn thành, những gì đã nhập vẫn còn.");
    }
    if (!problems.isEmpty()) {
      throw new InputRefusedException(String.join(" ", problems));
    }
    byte[] content = EngineIdentity.withoutAuthorization(() -> read(task.getId(), table.getId()));
    String lead = text(task.getVariable(Vars.LEAD_AGENCY));
    String every = text(task.getVariable(Vars.REPORT_EVERY)).strip();
    try {
      PlanImport.StartedPlan plan = planImport.start(new PlanImport.Request(table.getName(), content, title, lead,
          every.isEmpty() ? null : every, date, null, false, number), Map.of(
              Vars.RESOLUTION_INSTANCE, text(task.getVariable(Vars.RESOLUTION_INSTANCE)),
              Vars.RESOLUTION_NUMBER, text(task.getVariable(Vars.RESOLUTION_NUMBER))));
      task.getExecution().setVariable(Vars.IMPLEMENTATION_PLAN_INSTANCE, plan.processInstanceId());
      task.getExecution().setVariable(Vars.IMPLEMENTATION_PLAN_TASK_COUNT, plan.taskCount());
      task.getExecution().setVariable(ProcessNames.Vars.LISTED_PLAN_TITLE, title);
    } catch (PlanImportException e) {
      throw new InputRefusedException("Chưa nhập được Kế hoạch từ tệp \"" + table.getName() + "\", chưa có gì được "
          + "tạo: " + describe(e.errors()) + " Sửa bảng, đính kèm lại rồi bấm Hoàn thành.");
    }
  }

  private byte[] read(String taskId, String attachmentId) {
    try (InputStream in = taskService.getTaskAttachmentContent(taskId, attachmentId)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(List<ImportError> errors) {
    StringBuilder text = new StringBuilder();
    for (ImportError error : errors.subList(0, Math.min(LISTED_ERRORS, errors.size()))) {
      text.append(error.row() > 0 ? "dòng " + error.row() : "tệp")
          .append(error.column().isEmpty() || error.column().equals("file") ? "" : ", cột \"" + error.column() + "\"")
          .append(": ").append(error.message().strip());
      if (!error.message().strip().endsWith(".")) {
        text.append('.');
      }
      text.append(' ');
    }
    if (errors.size() > LISTED_ERRORS) {
      text.append("… và ").append(errors.size() - LISTED_ERRORS).append(" lỗi khác.");
    }
    return text.toString().strip();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
