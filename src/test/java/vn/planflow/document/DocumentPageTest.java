package vn.planflow.document;

import vn.planflow.PlanflowTest;

import vn.planflow.web.PageForm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/** The documents page a form links to: attach a Word/PDF file to a task, open it later. */
@PlanflowTest
class DocumentPageTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  vn.planflow.plan.PlanImport planImport;

  ProcessInstance plan;
  String surveyTask;

  @BeforeEach
  void startPlan() {
    plan = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong"));
    surveyTask = taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskCandidateGroup("so-y-te").singleResult().getId();
  }

  @Test
  void anOfficialAttachesAReportThatTheLeadAgencyOpensLater() {
    ResponseEntity<String> upload = upload("so-y-te", surveyTask, "bao-cao-so-y-te.pdf", "%PDF-1.4 báo cáo");
    assertThat(upload.getStatusCode().isError()).isFalse();
    assertThat(taskService.getProcessInstanceAttachments(plan.getId())).singleElement()
        .satisfies(attachment -> {
          assertThat(attachment.getName()).isEqualTo("bao-cao-so-y-te.pdf");
          assertThat(attachment.getTaskId()).isEqualTo(surveyTask);
          assertThat(attachment.getDescription()).contains("Sở Y tế", "so-y-te");
        });
    taskService.complete(surveyTask, Map.of(Vars.REPORT_SUMMARY, "Đã gửi báo cáo"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskCandidateGroup("so-cong-thuong").singleResult().getId(), Map.of(Vars.REPORT_SUMMARY, "Báo cáo"));

    ResponseEntity<String> page = rest.withBasicAuth("so-khcn", "demo")
        .getForEntity("/tai-lieu/" + plan.getId(), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Tài liệu của hồ sơ", "bao-cao-so-y-te.pdf",
        "Báo cáo hiện trạng ứng dụng CNTT, chuyển đổi số");
    String attachmentId = taskService.getProcessInstanceAttachments(plan.getId()).get(0).getId();
    ResponseEntity<byte[]> file = rest.withBasicAuth("so-khcn", "demo")
        .getForEntity("/tai-lieu/" + plan.getId() + "/" + attachmentId, byte[].class);
    assertThat(new String(file.getBody(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 báo cáo");
    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("bao-cao-so-y-te.pdf");
  }

  @Test
  void theLeadSeesWhoHasAnsweredTheSurveyAndWhoIsLate() {
    taskService.complete(surveyTask, Map.of(Vars.REPORT_SUMMARY, "Đã gửi báo cáo"));

    ResponseEntity<String> lead = rest.withBasicAuth("so-khcn", "demo")
        .getForEntity("/tai-lieu/" + plan.getId(), String.class);
    ResponseEntity<String> surveyed = rest.withBasicAuth("so-cong-thuong", "demo")
        .getForEntity("/tai-lieu/" + plan.getId(), String.class);

    assertThat(lead.getBody()).contains("Tình hình trả lời của các đơn vị", "Sở Y tế", "Đã trả lời đúng hạn",
        "Sở Công Thương", "Chưa trả lời (còn hạn)");
    assertThat(surveyed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(surveyed.getBody()).doesNotContain("Tình hình trả lời của các đơn vị");
    assertThat(rest.withBasicAuth("so-khcn", "demo").getForEntity("/api/lateness?processInstanceId=" + plan.getId(),
        String.class).getStatusCode()).as("the lead reads its plan's lateness").isEqualTo(HttpStatus.OK);
    ResponseEntity<String> other = rest.withBasicAuth("so-cong-thuong", "demo")
        .getForEntity("/api/lateness?processInstanceId=" + plan.getId(), String.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getBody()).contains("đơn vị chủ trì");
  }

  @Test
  void refusesFilesThatAreNoDocumentsAndTasksOfOtherAgencies() {
    upload("so-y-te", surveyTask, "virus.exe", "MZ");
    String otherAgencysTask = taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskCandidateGroup("so-cong-thuong").singleResult().getId();
    upload("so-y-te", otherAgencysTask, "bao-cao.pdf", "%PDF");

    assertThat(taskService.getProcessInstanceAttachments(plan.getId())).isEmpty();
  }

  @Test
  void aPlansPageHoldsTheReportsAttachedToItsTasksForTheLeadThatConsolidates() {
    String table = "TT;Tên nhiệm vụ, dự án;Đơn vị chủ trì\n1;Nhiệm vụ một;Sở Y tế\n";
    String planId = planImport.start("ke-hoach.csv", table.getBytes(StandardCharsets.UTF_8), "Kế hoạch", null, null, true)
        .processInstanceId();
    ProcessInstance task = runtimeService.createProcessInstanceQuery().superProcessInstanceId(planId).singleResult();
    String report = taskService.createTaskQuery().processInstanceId(task.getId()).singleResult().getId();
    taskService.createAttachment("application/pdf", report, task.getId(), "bao-cao-tien-do.pdf", "Sở Y tế",
        new java.io.ByteArrayInputStream("%PDF".getBytes(StandardCharsets.UTF_8)));

    ResponseEntity<String> page = rest.withBasicAuth("admin", "admin").getForEntity("/tai-lieu/" + planId, String.class);
    assertThat(page.getBody()).contains("bao-cao-tien-do.pdf");
    ResponseEntity<String> lead = rest.withBasicAuth("so-khcn", "demo").getForEntity("/tai-lieu/" + planId, String.class);
    assertThat(lead.getStatusCode()).as("the plan's lead, before it has any task").isEqualTo(HttpStatus.OK);
    assertThat(lead.getBody()).contains("bao-cao-tien-do.pdf");
    assertThat(rest.withBasicAuth("so-khcn", "demo").getForEntity("/tai-lieu/" + task.getId(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("so-tu-phap", "demo").getForEntity("/tai-lieu/" + planId, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void onlyAgenciesOfThePlanSeeItsDocuments() {
    assertThat(rest.getForEntity("/tai-lieu/" + plan.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> outsider = rest.withBasicAuth("so-tu-phap", "demo")
        .getForEntity("/tai-lieu/" + plan.getId(), String.class);
    assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(outsider.getBody()).contains("Đơn vị của bạn không tham gia kế hoạch này");
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/tai-lieu/" + plan.getId(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theLeadFindsEveryPlanItLeadsWithWhoIsLate() {
    taskService.complete(surveyTask, Map.of(Vars.REPORT_SUMMARY, "Đã gửi báo cáo"));

    ResponseEntity<String> lead = rest.withBasicAuth("so-khcn", "demo").getForEntity("/tai-lieu/", String.class);
    ResponseEntity<String> other = rest.withBasicAuth("so-y-te", "demo").getForEntity("/tai-lieu/", String.class);

    assertThat(lead.getStatusCode()).isEqualTo(HttpStatus.OK);
    String body = lead.getBody();
    int link = body.indexOf("/tai-lieu/" + plan.getId());
    String row = body.substring(body.lastIndexOf("<tr>", link), link);
    assertThat(row).contains("Kế hoạch xây dựng Nghị quyết", "Xây dựng Nghị quyết và Kế hoạch chuyển đổi số")
        // open: the other agency's survey and the lead's own outline task
        .containsPattern("<td>1</td>\\s*<td>0</td>\\s*<td>2</td>");
    assertThat(other.getBody()).contains("Đơn vị của bạn không chủ trì kế hoạch nào.")
        .doesNotContain("/tai-lieu/" + plan.getId());
  }

  @Test
  void aFormThatAsksForAFileCannotBeSubmittedWithoutOne() {
    ResponseEntity<String> refused = submitForm("so-y-te", surveyTask);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Chưa có tệp nào được đính kèm vào công việc", "trang tài liệu");
    assertThat(taskService.createTaskQuery().taskId(surveyTask).count()).as("nothing moved").isEqualTo(1);

    upload("so-y-te", surveyTask, "bao-cao-so-y-te.docx", "PK báo cáo");
    assertThat(submitForm("so-y-te", surveyTask).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(surveyTask).count()).isZero();

    // a program completing through the contract's API gives the answer only
    String other = taskService.createTaskQuery().processInstanceId(plan.getId()).taskCandidateGroup("so-cong-thuong")
        .singleResult().getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth("so-cong-thuong", "demo").postForEntity("/engine-rest/task/" + other + "/complete",
        new HttpEntity<>(Map.of("variables", Map.of(Vars.REPORT_SUMMARY, Map.of("value", "Báo cáo"))), headers),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Tasklist's way of completing: the form's fields, through submit-form. */
  private ResponseEntity<String> submitForm(String user, String taskId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        new HttpEntity<>(Map.of("variables", Map.of(Vars.REPORT_SUMMARY, Map.of("value", "Báo cáo đầy đủ"))), headers),
        String.class);
  }

  private ResponseEntity<String> upload(String user, String taskId, String name, String content) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("taskId", taskId);
    form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    PageForm page = PageForm.open(rest, user, "demo", "/tai-lieu/" + plan.getId());
    return rest.withBasicAuth(user, "demo").postForEntity("/tai-lieu/" + plan.getId(),
        new HttpEntity<>(page.with(form), page.headers(MediaType.MULTIPART_FORM_DATA)), String.class);
  }
}
