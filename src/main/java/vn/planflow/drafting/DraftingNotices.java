package vn.planflow.drafting;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.TaskAgencies;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;
import vn.planflow.engine.EngineClock;
import vn.planflow.names.ProcessNames;
import vn.planflow.notification.Notifications;
import vn.planflow.notification.TaskNotice;
import vn.planflow.time.DueDates;

/**
 * What the lead sends on, as the seed says, each as one "Thông báo" mail through the outbox
 * (once, even when the job or the command is retried): the report outline to every agency still
 * asked for its survey report, and the synthesis report to UBND tỉnh.
 */
@Service
class DraftingNotices {

  private final TaskService taskService;
  private final HistoryService historyService;
  private final Notifications notifications;
  private final AgencyDirectory directory;
  private final DueDates dueDates;

  DraftingNotices(TaskService taskService, HistoryService historyService, Notifications notifications,
      AgencyDirectory directory, DueDates dueDates) {
    this.taskService = taskService;
    this.historyService = historyService;
    this.notifications = notifications;
    this.directory = directory;
    this.dueDates = dueDates;
  }

  /**
   * Send task {@code announceReportOutline}: each open {@code submitSurveyReport} task's agency is
   * told that the outline is on the plan's documents page, with the lead's note; the survey form
   * then says when it was sent.
   */
  void outlineSent(DelegateExecution execution) {
    String planId = execution.getProcessInstanceId();
    String title = text(execution.getVariable(Vars.TITLE));
    String lead = directory.name(text(execution.getVariable(Vars.LEAD_AGENCY)));
    String note = text(execution.getVariable(Vars.OUTLINE_NOTE)).strip();
    Date now = EngineClock.now();
    execution.setVariable(Vars.REPORT_OUTLINE_SENT, dueDates.format(now));
    String message = lead + " đã gửi đề cương báo cáo (mẫu đề cương hướng dẫn) để đơn vị báo cáo hiện trạng ứng "
        + "dụng CNTT, chuyển đổi số theo đúng đề cương. Đề cương được đính kèm trên trang tài liệu của kế hoạch; "
        + "báo cáo của đơn vị gửi qua công việc dưới đây." + (note.isEmpty() ? "" : "\n\nLời nhắn của " + lead + ": "
        + note);
    List<Task> surveys = taskService.createTaskQuery().processInstanceId(planId)
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).list();
    for (Task survey : surveys) {
      String agency = TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(survey.getId())).stream().findFirst()
          .orElse(null);
      if (agency != null) {
        notifications.enqueue(TaskNotice.notice(survey.getId(), survey.getName(), message, planId, title, agency,
            directory.name(agency), survey.getDueDate(), now.toInstant(), ProcessNames.documentsUrl(planId)));
      }
    }
  }

  /**
   * Send task {@code reportSynthesisToUbnd}: UBND tỉnh is told that the synthesis report is ready
   * ("để báo cáo UBND tỉnh", seed II.1.b) and may read the plan's documents from then on.
   */
  void synthesisReported(DelegateExecution execution) {
    String planId = execution.getProcessInstanceId();
    HistoricTaskInstance synthesis = historyService.createHistoricTaskInstanceQuery().processInstanceId(planId)
        .taskDefinitionKey(Tasks.SYNTHESIZE_SURVEY).list().stream()
        .max(Comparator.comparing(HistoricTaskInstance::getStartTime)).orElseThrow();
    String ubnd = ProcessNames.Agencies.UBND_TINH;
    execution.setVariable(Vars.SYNTHESIS_REPORTED_TO, ubnd);
    String lead = directory.name(text(execution.getVariable(Vars.LEAD_AGENCY)));
    String summary = text(execution.getVariable(Vars.SYNTHESIS_SUMMARY)).strip();
    String message = lead + " báo cáo UBND tỉnh Báo cáo tổng hợp kết quả khảo sát hiện trạng ứng dụng CNTT, chuyển "
        + "đổi số (mục II.1.b Kế hoạch 549/KH-UBND: \"để báo cáo UBND tỉnh và tích hợp vào Nghị quyết\"). Báo cáo "
        + "đầy đủ và báo cáo của từng đơn vị được đính kèm trên trang tài liệu của kế hoạch."
        + (summary.isEmpty() ? "" : "\n\nTóm tắt: " + summary);
    notifications.enqueue(TaskNotice.notice(synthesis.getId(), "Báo cáo tổng hợp kết quả khảo sát", message, planId,
        text(execution.getVariable(Vars.TITLE)), ubnd, directory.name(ubnd), null, EngineClock.now().toInstant(),
        ProcessNames.documentsUrl(planId)));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
