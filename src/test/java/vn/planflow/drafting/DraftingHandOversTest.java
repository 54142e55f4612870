package vn.planflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting.Elements;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;
import vn.planflow.notification.OutboxSender;
import vn.planflow.plan.PlanProcesses;
import vn.planflow.refusal.InputRefusedException;

/**
 * What the lead hands on, as seed 000 says: the report outline to the surveyed agencies, the
 * synthesis to UBND tỉnh, and, once the resolution is issued, UBND's implementation plan into
 * {@code plan-implementation}.
 */
@PlanflowTest
class DraftingHandOversTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  ProcessEngine engine;
  @Autowired
  OutboxSender sender;
  @Autowired
  GreenMail smtp;
  @Autowired
  TestRestTemplate rest;

  @BeforeEach
  void setUp() throws Exception {
    init(engine);
    sender.sendDue();
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theOutlineGoesToEveryAgencyStillSurveyedWithTheLeadsNote() throws Exception {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.TITLE, "Kế hoạch chuyển đổi số 2027"));
    Task outline = plan.single(Tasks.SEND_REPORT_OUTLINE);
    assertThat(outline).hasCandidateGroup("so-khcn");
    assertThat(engine.getTaskService().getVariableLocal(outline.getId(), DraftingTaskListener.SURVEY_AGENCY_NAMES))
        .as("its form lists them by name").isEqualTo("2 đơn vị: Sở Y tế; Sở Công Thương");
    assertThat(plan.open(Tasks.SUBMIT_SURVEY_REPORT)).as("the survey opens at once, as the contract says").hasSize(2);
    assertThat(outline.getDueDate()).isBefore(plan.open(Tasks.SUBMIT_SURVEY_REPORT).get(0).getDueDate());
    Task industry = plan.open(Tasks.SUBMIT_SURVEY_REPORT).stream()
        .filter(task -> task.getName().contains("Sở Công Thương")).findFirst().orElseThrow();
    engine.getTaskService().complete(industry.getId(), Map.of(Vars.REPORT_SUMMARY, "Đã báo cáo trước"));

    attach(outline, "de-cuong-bao-cao.docx", "Mẫu đề cương");
    engine.getTaskService().complete(outline.getId(), Map.of(Vars.OUTLINE_NOTE, "Đầu mối: phòng Chuyển đổi số"));

    assertThat(plan.instance).hasPassed(Elements.ANNOUNCE_REPORT_OUTLINE, Elements.OUTLINE_SENT)
        .hasNotPassed(Elements.OUTLINE_NOT_SENT);
    assertThat(plan.variable(Vars.REPORT_OUTLINE_SENT)).isEqualTo(
        LocalDate.now(HANOI).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    sender.sendDue();
    Task health = plan.single(Tasks.SUBMIT_SURVEY_REPORT);
    assertThat(mailsTo("so-y-te@nghean.gov.vn")).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).startsWith("[Thông báo] Báo cáo hiện trạng ứng dụng CNTT")
          .contains("Kế hoạch chuyển đổi số 2027");
      assertThat(TestMails.text(mail)).contains("Sở Khoa học và Công nghệ đã gửi đề cương báo cáo",
          "Đầu mối: phòng Chuyển đổi số", "/tai-lieu/" + plan.instance.getId(),
          "/camunda/app/tasklist/default/#/?task=" + health.getId());
    });
    assertThat(mailsTo("so-cong-thuong@nghean.gov.vn")).as("its report is in already").isEmpty();
  }

  @Test
  void anOutlineNotSentIsWithdrawnOnceEveryReportIsIn() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of());
    assertThat(plan.open(Tasks.SEND_REPORT_OUTLINE)).hasSize(1);

    plan.surveyed();

    assertThat(plan.open(Tasks.SEND_REPORT_OUTLINE)).isEmpty();
    assertThat(plan.instance).hasPassed(Elements.SURVEY_CLOSED, Elements.OUTLINE_NOT_SENT)
        .hasNotPassed(Elements.ANNOUNCE_REPORT_OUTLINE);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.instance.getId())
        .activityId(Tasks.SEND_REPORT_OUTLINE).count()).as("its reminders go with it").isZero();
  }

  @Test
  void anOutlineNotSentIsWithdrawnWhenTheSurveysDeadlinePasses() {
    assertThatThrownBy(() -> DraftingDriver.start(engine, Map.of(Vars.SURVEY_DUE, LocalDate.now(HANOI).plusDays(10)
        .toString(), Vars.OUTLINE_DUE, LocalDate.now(HANOI).plusDays(30).toString())))
        .hasMessageContaining("Hạn gửi đề cương báo cáo").hasMessageContaining("phải không muộn hơn hạn báo cáo khảo sát");
    DraftingDriver started = DraftingDriver.start(engine, Map.of(Vars.SURVEY_DUE,
        LocalDate.now(HANOI).plusDays(10).toString()));
    Job surveyDue = engine.getManagementService().createJobQuery().processInstanceId(started.instance.getId())
        .activityId(Elements.SURVEY_DUE_TIMER).singleResult();

    engine.getManagementService().executeJob(surveyDue.getId());

    assertThat(started.instance).isWaitingAt(Tasks.SYNTHESIZE_SURVEY).hasPassed(Elements.OUTLINE_NOT_SENT);
    assertThat(started.open(Tasks.SEND_REPORT_OUTLINE)).isEmpty();
    assertThat(started.open(Tasks.SUBMIT_SURVEY_REPORT)).as("late agencies are still asked").hasSize(2);
  }

  @Test
  void theSynthesisGoesToUbndWhichMayThenReadThePlansDocuments() throws Exception {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.TITLE, "Kế hoạch chuyển đổi số 2028"));
    assertThat(rest.withBasicAuth("ubnd-tinh", "demo").getForEntity("/tai-lieu/" + plan.instance.getId(),
        String.class).getStatusCode()).as("before the synthesis").isEqualTo(HttpStatus.FORBIDDEN);

    plan.surveyed();

    assertThat(plan.instance).hasPassedInOrder(Tasks.SYNTHESIZE_SURVEY, Elements.REPORT_SYNTHESIS_TO_UBND)
        .isWaitingAt(Tasks.DRAFT_DOCUMENTS);
    sender.sendDue();
    assertThat(mailsTo("ubnd-tinh@nghean.gov.vn")).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).isEqualTo("[Thông báo] Báo cáo tổng hợp kết quả khảo sát – Kế hoạch chuyển đổi số 2028");
      assertThat(TestMails.text(mail)).contains("Kính gửi: Ủy ban nhân dân tỉnh Nghệ An", "để báo cáo UBND tỉnh",
          "Tóm tắt: Kết quả nổi bật, hạn chế và nguyên nhân", "/tai-lieu/" + plan.instance.getId())
          .doesNotContain("/camunda/app/tasklist");
    });
    assertThat(rest.withBasicAuth("ubnd-tinh", "demo").getForEntity("/tai-lieu/" + plan.instance.getId(),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theIssuedResolutionAsksTheLeadForUbndsImplementationPlanAndImportsIt() {
    DraftingDriver plan = issued("Kế hoạch chuyển đổi số 2029");
    assertThat(plan.instance).hasPassed(Elements.IMPLEMENTATION_PLAN_REQUESTED).isEnded();
    ProcessInstance request = request(plan);
    assertThat(request.getBusinessKey()).isEqualTo("09-NQ/TU");
    Task submit = engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
    assertThat(submit).hasDefinitionKey(ImplementationPlanRequest.Tasks.SUBMIT_IMPLEMENTATION_PLAN)
        .hasCandidateGroup("so-khcn");
    assertThat(submit.getName()).contains("Nhập Kế hoạch của UBND tỉnh", "Kế hoạch chuyển đổi số 2029");
    assertThat(submit.getDueDate()).isAfter(java.util.Date.from(LocalDate.now(HANOI).plusDays(29)
        .atStartOfDay(HANOI).toInstant()));

    attach(submit, "phu-luc-nhiem-vu.csv", "TT;Tên nhiệm vụ, dự án;Đơn vị chủ trì;Thời gian hoàn thành\n"
        + "1;Xây dựng kho dữ liệu dùng chung;Sở Khoa học và Công nghệ;31/12/2030\n"
        + "2;Số hóa hồ sơ y tế;Sở Y tế;Năm 2030\n");
    engine.getTaskService().complete(submit.getId(), Map.of(
        ImplementationPlanRequest.Vars.PLAN_NUMBER, "321/KH-UBND",
        ImplementationPlanRequest.Vars.PLAN_DATE, LocalDate.now(HANOI).toString(),
        ImplementationPlanRequest.Vars.PLAN_TITLE, "Kế hoạch triển khai Nghị quyết 09-NQ/TU về chuyển đổi số"));

    assertThat(request).isEnded().hasPassed(ImplementationPlanRequest.Elements.END);
    ProcessInstance carried = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PlanProcesses.Plan.KEY)
        .variableValueEquals(ImplementationPlanRequest.Vars.RESOLUTION_INSTANCE, plan.instance.getId()).singleResult();
    assertThat(carried).isNotNull();
    assertThat(carried.getBusinessKey()).isEqualTo("321/KH-UBND");
    assertThat(engine.getRuntimeService().getVariable(carried.getId(), PlanProcesses.Vars.TITLE))
        .isEqualTo("Kế hoạch triển khai Nghị quyết 09-NQ/TU về chuyển đổi số");
    assertThat(engine.getRuntimeService().getVariable(carried.getId(), ImplementationPlanRequest.Vars.RESOLUTION_NUMBER))
        .isEqualTo("09-NQ/TU");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(carried.getId()).count())
        .as("one plan-task per row").isEqualTo(2);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(request.getId())
        .variableName(ImplementationPlanRequest.Vars.IMPLEMENTATION_PLAN_INSTANCE).singleResult().getValue())
        .isEqualTo(carried.getId());
    // the pages link one another: the resolution, the request, the plan carried out
    assertThat(rest.withBasicAuth("so-khcn", "demo").getForObject("/tai-lieu/" + plan.instance.getId(), String.class))
        .contains("/tai-lieu/" + request.getId(), "/tai-lieu/" + carried.getId());
    assertThat(rest.withBasicAuth("so-khcn", "demo").getForObject("/tai-lieu/" + carried.getId(), String.class))
        .contains("Nghị quyết được triển khai", "/tai-lieu/" + plan.instance.getId());
  }

  @Test
  void aTableWithAProblemRefusesTheCompletionAndCreatesNothing() {
    DraftingDriver plan = issued("Kế hoạch chuyển đổi số 2030");
    ProcessInstance request = request(plan);
    Task submit = engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
    Map<String, Object> answer = Map.of(ImplementationPlanRequest.Vars.PLAN_NUMBER, "322/KH-UBND",
        ImplementationPlanRequest.Vars.PLAN_DATE, LocalDate.now(HANOI).toString(),
        ImplementationPlanRequest.Vars.PLAN_TITLE, "Kế hoạch triển khai Nghị quyết về chuyển đổi số");

    assertThatThrownBy(() -> engine.getTaskService().complete(submit.getId(), answer))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("Chưa có bảng nhiệm vụ");
    attach(submit, "phu-luc.csv", "TT;Tên nhiệm vụ, dự án;Đơn vị chủ trì\n1;Nhiệm vụ một;Sở Không Có\n2;;Sở Y tế\n");
    assertThatThrownBy(() -> engine.getTaskService().complete(submit.getId(), answer))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("Chưa nhập được Kế hoạch từ tệp \"phu-luc.csv\", chưa có gì được tạo")
        .hasMessageContaining("dòng 2").hasMessageContaining("dòng 3");
    assertThatThrownBy(() -> engine.getTaskService().complete(submit.getId(), Map.of()))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("số Kế hoạch")
        .hasMessageContaining("ngày ban hành").as("the title has its default").hasMessageNotContaining("tên Kế hoạch");

    assertThat(engine.getTaskService().createTaskQuery().taskId(submit.getId()).count()).as("still open").isOne();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanProcesses.Plan.KEY)
        .variableValueEquals(ImplementationPlanRequest.Vars.RESOLUTION_INSTANCE, plan.instance.getId()).count())
        .isZero();
  }

  @Test
  void aRevisionAskedByBchRequestsNothingUntilItApproves() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.TITLE, "Kế hoạch chuyển đổi số 2031"));
    plan.surveyed().drafted().budgetDone().approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER).approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER)
        .sentBackBy(Tasks.EXECUTIVE_COMMITTEE_DECISION, "Bổ sung chỉ tiêu");
    assertThat(plan.variable(Vars.IMPLEMENTATION_PLAN_REQUEST)).isNull();
    plan.revised().approvedBy(Tasks.EXECUTIVE_COMMITTEE_DECISION);
    assertThat(request(plan)).isNotNull();
  }

  private DraftingDriver issued(String title) {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.TITLE, title));
    return plan.surveyed().drafted().budgetDone().approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER).approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER).approvedBy(Tasks.EXECUTIVE_COMMITTEE_DECISION);
  }

  private ProcessInstance request(DraftingDriver plan) {
    String id = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(plan.instance.getId()).variableName(Vars.IMPLEMENTATION_PLAN_REQUEST).singleResult()
        .getValue();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private void attach(Task task, String name, String content) {
    engine.getTaskService().createAttachment("application/octet-stream", task.getId(), task.getProcessInstanceId(),
        name, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  private List<MimeMessage> mailsTo(String address) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
      try {
        return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
