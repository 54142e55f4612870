package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.planflow.PlanflowTest;
import vn.planflow.plan.PlanProcesses.PlanTask;
import vn.planflow.web.PageForm;

/**
 * Seed 004 imported a year and a half late, as the issue tried it: the import is shown first
 * (tasks per agency, readings, warnings), creates nothing until confirmed, and then gives each
 * agency one overdue notice instead of a mail per row.
 */
@PlanflowTest
class PlanImportPreviewTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ProcessEngine engine;
  @Autowired
  PlanImport planImport;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void monday5January2026() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 5).atTime(LocalTime.of(9, 0)).atZone(HANOI).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDryRunShowsWhatTheImportWouldCreateAndCreatesNothing() throws IOException {
    long plans = planCount();

    ResponseEntity<JsonNode> response = post(seed004(), true, "2025-07-01");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode preview = response.getBody();
    assertThat(planCount()).isEqualTo(plans);
    assertThat(preview.get("rowCount").asInt()).isEqualTo(27);
    assertThat(preview.get("taskCount").asInt()).isGreaterThan(4 * 130);
    assertThat(preview.get("leadAgency").asText()).isEqualTo("so-khcn");
    JsonNode rows = preview.get("rows");
    assertThat(rows.findValuesAsText("key")).contains("2.3", "2.3#2");
    JsonNode row46 = find(rows, "4.6");
    assertThat(row46.get("leadAgencies")).hasSize(130);
    assertThat(row46.get("readings").toString()).contains("UBND các huyện, thành phố",
        "đã kết thúc hoạt động trước ngày 01/07/2025; công việc chuyển cho 130 đơn vị");
    assertThat(find(rows, "4.11").get("readings").toString()).contains("không phải là một đơn vị",
        "Sở Khoa học và Công nghệ");
    JsonNode khcn = null;
    for (JsonNode agency : preview.get("agencies")) {
      if (agency.get("agencyId").asText().equals("so-khcn")) {
        khcn = agency;
      }
    }
    assertThat(khcn).isNotNull();
    assertThat(khcn.get("pastDue").asInt()).as("Sở KH&CN's rows due by 30/6/2025").isGreaterThanOrEqualTo(4);
    assertThat(preview.get("warnings").toString()).contains("đã quá hạn vào ngày nhập",
        "một thư báo quá hạn chung");
  }

  @Test
  void confirmedEachAgencyGetsOneOverdueNoticeAndTasksNameTheirRow() throws IOException {
    String csv = PlanDriver.HEADER
        + "2.2;Rà soát, đánh giá hiệu quả Trung tâm điều hành thông minh (IOC) tỉnh Nghệ An để có phương án khai "
        + "thác;Sở Khoa học và Công nghệ;;;Trước ngày 30/6/2025\n"
        + "2.3;Đẩy mạnh kết nối, liên thông dữ liệu;Sở Khoa học và Công nghệ;;;Trước ngày 30/6/2025\n"
        + "2.3;Phối hợp với Ban cơ yếu Chính phủ;Sở Khoa học và Công nghệ;;;Trước ngày 30/6/2025\n"
        + "3;Nhiệm vụ còn hạn;Sở Y tế;;;Trước ngày 30/6/2026\n";

    PlanImport.StartedPlan plan = planImport.start(new PlanImport.Request("ke-hoach.csv",
        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Kế hoạch 507 nhập muộn", null, null, "2025-07-01",
        null, true));

    assertThat(plan.taskCount()).isEqualTo(4);
    List<String> notices = jdbc.queryForList("SELECT task_name FROM pf_notification WHERE process_instance_id = ?"
        + " AND agency_id = ?", String.class, plan.processInstanceId(), "so-khcn");
    assertThat(notices).containsExactly("3 nhiệm vụ của kế hoạch đã quá hạn khi nhập kế hoạch");
    String body = jdbc.queryForObject("SELECT body_text FROM pf_notification WHERE process_instance_id = ?",
        String.class, plan.processInstanceId());
    assertThat(body).contains("- 2.2. Rà soát, đánh giá hiệu quả Trung tâm điều hành thông minh… (hạn 30/06/2025)",
        "- 2.3. Đẩy mạnh kết nối, liên thông dữ liệu (hạn 30/06/2025)", "- 2.3. Phối hợp với Ban cơ yếu Chính phủ");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pf_notification WHERE process_instance_id = ?",
        Integer.class, plan.processInstanceId())).as("nothing for Sở Y tế, whose task is not due yet").isEqualTo(1);

    List<Task> reports = engine.getTaskService().createTaskQuery().taskDefinitionKey(PlanTask.REPORT_PROGRESS)
        .processInstanceBusinessKeyLike(plan.processInstanceId() + ":%").orderByTaskName().asc().list();
    assertThat(reports).extracting(Task::getName).containsExactly(
        "2.2 Rà soát, đánh giá hiệu quả Trung tâm điều hành thông minh… · Báo cáo tiến độ thực hiện nhiệm vụ",
        "2.3 Phối hợp với Ban cơ yếu Chính phủ · Báo cáo tiến độ thực hiện nhiệm vụ",
        "2.3 Đẩy mạnh kết nối, liên thông dữ liệu · Báo cáo tiến độ thực hiện nhiệm vụ",
        "3 Nhiệm vụ còn hạn · Báo cáo tiến độ thực hiện nhiệm vụ");

    // the day of the import, the tasks' own escalations keep quiet; the next working day they start
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 5).atTime(LocalTime.of(17, 30)).atZone(HANOI)
        .toInstant()));
    fireDueJobs(plan.processInstanceId());
    assertThat(escalationsOfTasks(plan.processInstanceId())).isZero();
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 6).atTime(LocalTime.of(17, 30)).atZone(HANOI)
        .toInstant()));
    fireDueJobs(plan.processInstanceId());
    assertThat(escalationsOfTasks(plan.processInstanceId())).isEqualTo(3);
  }

  @Test
  void theUploadPageShowsThePreviewThenImportsOnConfirmation() throws IOException {
    PageForm page = PageForm.open(rest, "admin", "admin", "/quan-tri/ke-hoach");
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/quan-tri/ke-hoach", String.class).getBody())
        .as("the report cycle chosen in words").contains("<select id=\"reportEvery\"",
            "<option value=\"P6M\" selected=\"selected\">6 tháng một lần</option>").doesNotContain("ISO-8601");
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", file("ke-hoach-507.csv", seed004()));
    form.add("title", "Kế hoạch 507/KH-UBND (xem trước)");
    form.add("planDate", "2025-07-01");
    long plans = planCount();

    ResponseEntity<String> preview = rest.withBasicAuth("admin", "admin").postForEntity("/quan-tri/ke-hoach",
        new HttpEntity<>(page.with(form), page.headers(MediaType.MULTIPART_FORM_DATA)), String.class);

    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getBody()).contains("Xem trước: chưa có gì được tạo", "Nhiệm vụ theo đơn vị",
        "Cần kiểm tra trước khi xác nhận", "Xác nhận nhập kế hoạch", "130 đơn vị");
    assertThat(planCount()).isEqualTo(plans);

    Matcher content = Pattern.compile("name=\"content\" value=\"([^\"]+)\"").matcher(preview.getBody());
    assertThat(content.find()).isTrue();
    assertThat(Base64.getDecoder().decode(content.group(1))).isEqualTo(seed004());
    MultiValueMap<String, Object> confirm = new LinkedMultiValueMap<>();
    confirm.add("step", "confirm");
    confirm.add("content", content.group(1));
    confirm.add("fileName", "ke-hoach-507.csv");
    confirm.add("title", "Kế hoạch 507/KH-UBND (xem trước)");
    confirm.add("planDate", "2025-07-01");
    confirm.add("confirm", "true");
    PageForm again = PageForm.open(rest, "admin", "admin", "/quan-tri/ke-hoach");
    ResponseEntity<String> imported = rest.withBasicAuth("admin", "admin").postForEntity("/quan-tri/ke-hoach",
        new HttpEntity<>(again.with(confirm), again.headers(MediaType.MULTIPART_FORM_DATA)), String.class);

    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).contains("Đã nhập kế hoạch với");
    assertThat(planCount()).isEqualTo(plans + 1);
  }

  private long escalationsOfTasks(String planId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM pf_notification n WHERE n.kind = 'ESCALATION'"
        + " AND n.process_instance_id <> ?", Long.class, planId)
        - jdbc.queryForObject("SELECT COUNT(*) FROM pf_notification n WHERE n.kind = 'ESCALATION'"
        + " AND n.process_instance_id <> ? AND n.process_instance_id NOT IN (SELECT ID_ FROM ACT_RU_EXECUTION"
        + " WHERE SUPER_EXEC_ IN (SELECT ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ?))", Long.class, planId,
        planId);
  }

  private void fireDueJobs(String planId) {
    for (int round = 0; round < 20; round++) {
      List<String> ids = new java.util.ArrayList<>(List.of(planId));
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(planId).list()
          .forEach(instance -> ids.add(instance.getId()));
      List<org.camunda.bpm.engine.runtime.Job> due = new java.util.ArrayList<>();
      for (String id : ids) {
        due.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).executable().list());
      }
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private long planCount() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanProcesses.Plan.KEY).count();
  }

  private ResponseEntity<JsonNode> post(byte[] table, boolean dryRun, String planDate) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", file("ke-hoach-507.csv", table));
    form.add("title", "Kế hoạch 507/KH-UBND triển khai chính quyền địa phương hai cấp");
    form.add("planDate", planDate);
    form.add("dryRun", String.valueOf(dryRun));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("admin", "admin").postForEntity("/api/plans", new HttpEntity<>(form, headers),
        JsonNode.class);
  }

  private static JsonNode find(JsonNode rows, String key) {
    for (JsonNode row : rows) {
      if (row.get("key").asText().equals(key)) {
        return row;
      }
    }
    throw new AssertionError("no row " + key);
  }

  private static byte[] seed004() throws IOException {
    return new ClassPathResource("plans/ke-hoach-507-2025-nhu-van-ban.csv").getContentAsByteArray();
  }

  private static ByteArrayResource file(String name, byte[] content) {
    return new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}
