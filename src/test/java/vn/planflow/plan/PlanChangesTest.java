package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.planflow.PlanflowTest;
import vn.planflow.plan.PlanProcesses.Plan;
import vn.planflow.plan.PlanProcesses.PlanTask;
import vn.planflow.plan.PlanProcesses.Vars;
import vn.planflow.web.PageForm;

/**
 * A running plan changed by its lead or an administrator: a deadline extended with its timers, a
 * task added, a task cancelled, a lead changed; each in the plan's trail, refused for other
 * agencies.
 */
@PlanflowTest
class PlanChangesTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  ProcessEngine engine;
  @Autowired
  PlanImport planImport;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
    clock(LocalDate.of(2025, 1, 6), LocalTime.of(9, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anExtensionMovesTheReportsDueDateItsReminderAndItsEscalation() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, "1;Nhiệm vụ cần gia hạn;Sở Y tế;;;Trước ngày 30/6/2025\n",
        null);
    Task report = plan.single("1", PlanTask.REPORT_PROGRESS);
    assertThat(report.getDueDate()).isEqualTo(at(LocalDate.of(2025, 6, 30), LocalTime.of(17, 0)));
    assertThat(timers(report)).contains(at(LocalDate.of(2025, 6, 26), LocalTime.of(17, 0)));

    ResponseEntity<JsonNode> response = post("so-tttt", "/api/plans/" + plan.planId + "/tasks/"
        + plan.taskInstance("1").getId() + "/extension", Map.of("due", "2025-07-04",
        "reason", "Chờ kinh phí bổ sung theo Quyết định của UBND tỉnh"));

    assertThat(response.getStatusCode()).as("the plan's lead extends").isEqualTo(HttpStatus.OK);
    Task moved = plan.single("1", PlanTask.REPORT_PROGRESS);
    assertThat(moved.getDueDate()).as("before its six-monthly report of 07/7").isEqualTo(at(LocalDate.of(2025, 7, 4),
        LocalTime.of(17, 0)));
    assertThat(timers(moved)).containsExactlyInAnyOrder(at(LocalDate.of(2025, 7, 2), LocalTime.of(17, 0)),
        at(LocalDate.of(2025, 7, 4), LocalTime.of(17, 0)));
    assertThat(plan.variable("1", Vars.DUE)).isEqualTo(at(LocalDate.of(2025, 7, 4), LocalTime.of(17, 0)));
    assertThat(plan.variable("1", PlanChanges.ORIGINAL_DUE)).isEqualTo(at(LocalDate.of(2025, 6, 30), LocalTime.of(17, 0)));
    assertThat((String) plan.variable("1", PlanChanges.DEADLINE_EXTENSIONS))
        .contains("30/06/2025 → 04/07/2025", "so-tttt", "Chờ kinh phí");

    clock(LocalDate.of(2025, 6, 30), LocalTime.of(17, 30));
    plan.fireDueJobs();
    assertThat(notices(moved.getId())).as("nothing at the old moments").isZero();
    clock(LocalDate.of(2025, 7, 2), LocalTime.of(17, 1));
    plan.fireDueJobs();
    assertThat(notices(moved.getId())).as("the reminder at the new moment").isEqualTo(1);

    JsonNode tasks = get("so-tttt", "/api/plans/" + plan.planId + "/tasks");
    assertThat(tasks.get(0).get("due").asText()).isEqualTo("04/07/2025");
    assertThat(tasks.get(0).get("originalDue").asText()).isEqualTo("30/06/2025");
    assertThat(get("admin", "/api/plans/" + plan.planId + "/changes").get(0).get("detail").asText())
        .contains("Gia hạn nhiệm vụ 1.", "30/06/2025 → 04/07/2025");
  }

  @Test
  void aRefusedExtensionChangesNothingAndOtherAgenciesAreRefused() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, "1;Nhiệm vụ không đổi;Sở Y tế;;;Trước ngày 30/6/2025\n",
        null);
    String url = "/api/plans/" + plan.planId + "/tasks/" + plan.taskInstance("1").getId() + "/extension";

    ResponseEntity<JsonNode> earlier = post("admin", url, Map.of("due", "2025-06-01", "reason", "Rút ngắn"));
    ResponseEntity<JsonNode> noReason = post("admin", url, Map.of("due", "2025-07-31"));
    ResponseEntity<JsonNode> notADay = post("admin", url, Map.of("due", "31/13/2025", "reason", "Lý do"));
    ResponseEntity<JsonNode> stranger = post("so-y-te", url, Map.of("due", "2025-07-31", "reason", "Xin gia hạn"));

    assertThat(earlier.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(earlier.getBody().get("message").asText()).contains("phải sau hạn hiện tại 30/06/2025");
    assertThat(noReason.getBody().get("message").asText()).isEqualTo("Vui lòng nêu lý do.");
    assertThat(notADay.getBody().get("message").asText()).contains("không phải là ngày");
    assertThat(stranger.getStatusCode()).as("the task's own agency is not the plan's lead").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(plan.variable("1", Vars.DUE)).isEqualTo(at(LocalDate.of(2025, 6, 30), LocalTime.of(17, 0)));
    assertThat(plan.variable("1", PlanChanges.ORIGINAL_DUE)).isNull();
  }

  @Test
  void aTaskAddedToARunningPlanIsTrackedLikeTheOthersAndACancelledOneLetsThePlanEnd() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, """
        1;Nhiệm vụ sẽ hoàn thành;Sở Y tế;;;Trước ngày 30/6/2025
        2;Nhiệm vụ sẽ bị hủy;Sở Công Thương;;;Trước ngày 30/6/2025
        """, null);

    ResponseEntity<JsonNode> added = post("admin", "/api/plans/" + plan.planId + "/tasks", Map.of("code", "3",
        "title", "Nhiệm vụ bổ sung", "leadAgency", "Sở Tư pháp", "coordinatingAgencies", "Sở Nội vụ",
        "deadlineText", "Trước ngày 31/3/2025"));

    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance third = plan.taskInstance("them-3");
    assertThat(plan.single("them-3", PlanTask.REPORT_PROGRESS)).hasCandidateGroup("so-tu-phap")
        .satisfies(task -> assertThat(task.getDueDate()).isEqualTo(at(LocalDate.of(2025, 3, 31), LocalTime.of(17, 0))));
    assertThat(plan.single("them-3", PlanTask.CONTRIBUTE_TO_REPORT)).hasCandidateGroup("so-noi-vu");
    assertThat(engine.getRuntimeService().getVariable(plan.planId, Vars.TASK_COUNT)).isEqualTo(3);

    ResponseEntity<JsonNode> cancelled = post("admin", "/api/plans/" + plan.planId + "/tasks/"
        + plan.taskInstance("2").getId() + "/cancellation", Map.of("reason", "Nhiệm vụ đã được giao cho kế hoạch khác"));
    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(plan.planId + ":2")
        .count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.planId).count())
        .as("the plan goes on").isEqualTo(1);

    for (String code : List.of("1", "them-3")) {
      plan.complete(code, PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "done", Vars.PROGRESS_NOTE, "Xong"));
      plan.complete(code, PlanTask.VERIFY_COMPLETION, Map.of(Vars.VERIFICATION_RESULT, "accepted"));
    }
    assertThat(third).isEnded();
    ProcessInstance planInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(plan.planId).singleResult();
    assertThat(planInstance).as("the plan ends when its other tasks are done").isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(plan.planId)
        .activityId(Plan.END).count()).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT kind FROM pf_plan_change WHERE plan_instance_id = ? ORDER BY id",
        String.class, plan.planId)).containsExactly("addition", "cancellation");
  }

  @Test
  void aTasksLeadChangesWithItsOpenReportAndThePageShowsTheTrail() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, "1;Nhiệm vụ đổi chủ trì;Sở Y tế;;;Trước ngày 30/6/2025\n",
        null);
    String taskInstance = plan.taskInstance("1").getId();

    PageForm page = PageForm.open(rest, "so-tttt", "demo", "/quan-tri/ke-hoach/" + plan.planId);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("task", taskInstance);
    form.add("leadAgency", "so-tu-phap");
    form.add("reason", "Phân công lại theo chức năng");
    ResponseEntity<String> changed = rest.withBasicAuth("so-tttt", "demo").postForEntity("/quan-tri/ke-hoach/"
        + plan.planId + "/doi-chu-tri", new HttpEntity<>(page.with(form),
        page.headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class);

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getBody()).contains("Đã ghi nhận thay đổi", "Đổi đơn vị chủ trì nhiệm vụ 1.",
        "Sở Y tế → Sở Tư pháp", "Phân công lại theo chức năng", "Nhật ký thay đổi");
    assertThat(plan.single("1", PlanTask.REPORT_PROGRESS)).hasCandidateGroup("so-tu-phap");
    assertThat(plan.variable("1", Vars.LEAD_AGENCY)).isEqualTo("so-tu-phap");
    assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity("/quan-tri/ke-hoach/" + plan.planId, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void onThePageCoordinatingAgenciesArePickedFromTheListNotTyped() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, "1;Nhiệm vụ có sẵn;Sở Y tế;;;Trước ngày 30/6/2025\n",
        null);

    PageForm page = PageForm.open(rest, "admin", "admin", "/quan-tri/ke-hoach/" + plan.planId);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/quan-tri/ke-hoach/" + plan.planId, String.class)
        .getBody()).contains("<select name=\"coordinatingAgencies\" multiple", "<option value=\"so-noi-vu\">Sở Nội vụ")
        .doesNotContain("cách nhau bởi dấu chấm phẩy");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("code", "2");
    form.add("title", "Nhiệm vụ thêm trên trang");
    form.add("leadAgency", "Sở Tư pháp");
    form.add("coordinatingAgencies", "so-noi-vu");
    form.add("coordinatingAgencies", "so-y-te");
    form.add("deadlineText", "Trước ngày 31/3/2025");
    ResponseEntity<String> added = rest.withBasicAuth("admin", "admin").postForEntity("/quan-tri/ke-hoach/"
        + plan.planId + "/them", new HttpEntity<>(page.with(form), page.headers(MediaType.APPLICATION_FORM_URLENCODED)),
        String.class);

    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(plan.variable("them-2", Vars.COORDINATING_AGENCIES))
        .isEqualTo("so-noi-vu,so-y-te");
  }

  private List<Date> timers(Task task) {
    return engine.getManagementService().createJobQuery().executionId(task.getExecutionId()).timers().list().stream()
        .map(Job::getDuedate).toList();
  }

  private int notices(String taskId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM pf_notification WHERE task_id = ?", Integer.class, taskId);
  }

  private ResponseEntity<JsonNode> post(String user, String url, Map<String, String> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, user.equals("admin") ? "admin" : "demo").postForEntity(url,
        new HttpEntity<>(body, headers), JsonNode.class);
  }

  private JsonNode get(String user, String url) {
    return rest.withBasicAuth(user, user.equals("admin") ? "admin" : "demo").getForObject(url, JsonNode.class);
  }

  private static void clock(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(HANOI).toInstant()));
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(HANOI).toInstant());
  }
}
