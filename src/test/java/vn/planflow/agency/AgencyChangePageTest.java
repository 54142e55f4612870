package vn.planflow.agency;

import vn.planflow.PlanflowTest;

import vn.planflow.web.PageForm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/** {@code /quan-tri/don-vi}: the administrators' page of agency changes, in Vietnamese. */
@PlanflowTest
class AgencyChangePageTest {

  /**
   * These changes are recorded as an administrator did in October 2024, before the directory's
   * own dates ended Sở TT&TT (28/02/2025) and the districts (30/6/2025).
   */
  @org.junit.jupiter.api.BeforeEach
  void readBeforeTheMerger() {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        java.time.LocalDate.of(2024, 10, 1).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
  }

  @org.junit.jupiter.api.AfterEach
  void resetTheClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }


  static final String PAGE = "/quan-tri/don-vi";
  static final String SURVEY_TASK_NAME = "Báo cáo hiện trạng ứng dụng CNTT, chuyển đổi số";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  AgencySuccessions successions;

  @AfterEach
  void forgetChanges() {
    AgencyChangeClient.forgetChanges(jdbc, successions);
  }

  @Test
  void showsAdminsTheAgenciesAndTheFormInVietnamese() {
    ResponseEntity<String> page = rest.withBasicAuth("admin", "admin").getForEntity(PAGE, String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Sáp nhập, thay thế đơn vị", "Sáp nhập vào", "Thay thế bởi",
        "Đơn vị kế thừa", "Ngày hiệu lực", "Sở Thông tin và Truyền thông", "Ủy ban nhân dân thị xã Cửa Lò",
        "Đang hoạt động", "Chưa có thay đổi nào được ghi nhận.");
  }

  @Test
  void anAdminRecordsAMergerAndSeesItInTheHistoryWithTheMovedTasks() {
    ProcessInstance plan = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, "so-tttt,so-y-te"));
    String survey = taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).taskCandidateGroup("so-tttt").singleResult().getId();
    // the shared test database may hold other plans' open tasks of so-tttt: they move too
    long open = taskService.createTaskQuery().taskCandidateGroup("so-tttt").includeAssignedTasks().count();

    ResponseEntity<String> page = post("admin", "admin", form("so-tttt", "so-khcn", "merge"), null);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Đã ghi nhận", open + "</span> công việc đang mở đã được chuyển",
        "Sáp nhập vào", "Sở Khoa học và Công nghệ", "30/09/2024", "Nghị quyết số 20/NQ-HĐND", SURVEY_TASK_NAME,
        survey, "Ngừng hoạt động", "so-tttt → so-khcn");
    assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(survey))).containsExactly("so-khcn");

    String again = rest.withBasicAuth("admin", "admin").getForObject(PAGE, String.class);
    assertThat(again).contains(SURVEY_TASK_NAME, "(đang mở)", "#/?task=" + survey);
  }

  @Test
  void aRefusedChangeIsExplainedOnThePageAndChangesNothing() {
    ResponseEntity<String> page = post("admin", "admin", form("so-tttt", "so-tttt", "merge"), null);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(page.getBody()).contains("Đơn vị kế thừa phải khác Sở Thông tin và Truyền thông",
        "Chưa có gì bị thay đổi.");
    assertThat(successions.none()).isTrue();
  }

  @Test
  void refusesOfficialsStrangersAndFormsPostedFromAnotherSite() {
    ResponseEntity<String> official = rest.withBasicAuth("so-y-te", "demo").getForEntity(PAGE, String.class);
    assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(official.getBody()).contains("Chỉ quản trị viên hệ thống").doesNotContain("Ghi nhận thay đổi");

    ResponseEntity<String> stranger = rest.getForEntity(PAGE, String.class);
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(stranger.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

    assertThat(post("so-tttt", "demo", form("so-tttt", "so-khcn", "merge"), null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("admin", "admin", form("so-tttt", "so-khcn", "merge"), "https://evil.example")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(successions.none()).isTrue();
  }

  private static MultiValueMap<String, String> form(String agency, String successor, String kind) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("agency", agency);
    form.add("successor", successor);
    form.add("kind", kind);
    form.add("reason", "Nghị quyết số 20/NQ-HĐND về sắp xếp các cơ quan chuyên môn");
    form.add("effectiveDate", "2024-09-30");
    return form;
  }

  private ResponseEntity<String> post(String user, String password, MultiValueMap<String, String> form,
      String origin) {
    // a page of another site can make the browser post, but cannot read this page's token
    PageForm page = origin == null ? PageForm.open(rest, user, password, PAGE) : new PageForm(null, null);
    HttpHeaders headers = page.headers(MediaType.APPLICATION_FORM_URLENCODED);
    if (origin != null) {
      headers.setOrigin(origin);
    }
    return rest.withBasicAuth(user, password).postForEntity(PAGE, new HttpEntity<>(page.with(form), headers),
        String.class);
  }
}
