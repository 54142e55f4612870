package vn.planflow.trail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.plan.PlanImport;
import vn.planflow.web.PageForm;

/**
 * The trail of a real drafting plan: an official claims a task, attaches a report and completes the
 * task with an answer over the REST API, an administrator moves a due date as Tasklist does, a mail
 * goes out, a task is moved and an absence recorded; the pages and their .xlsx show each with who
 * did it, newest first, filtered as asked, and only to whom they are for.
 */
@PlanflowTest
class TrailPageTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  /** Monday 02/03/2026, 08:00 in the province. */
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, HANOI);
  private static final String ANSWER = "Sở Y tế đã số hóa 95% hồ sơ khám chữa bệnh";
  private static final Pattern ROW = Pattern.compile("<tr class=\"event\">(.*?)</tr>", Pattern.DOTALL);

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlanImport planImport;

  String title;
  ProcessInstance plan;
  String ownTask;
  String otherTask;
  String absenceUser;

  @BeforeEach
  void startPlan() {
    at(0);
    title = "Kế hoạch thử nhật ký " + UUID.randomUUID().toString().substring(0, 8);
    plan = engine.getRuntimeService().startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(ResolutionDrafting.Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong", ResolutionDrafting.Vars.TITLE, title));
    ownTask = surveyTaskOf("so-y-te").getId();
    otherTask = surveyTaskOf("so-cong-thuong").getId();
    absenceUser = "vang-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM pf_notification WHERE process_instance_id = ? OR task_id = ?", plan.getId(),
        "digest:" + absenceUser);
    jdbc.update("DELETE FROM pf_task_move WHERE process_instance_id = ?", plan.getId());
    jdbc.update("DELETE FROM pf_absence WHERE user_id = ?", absenceUser);
    jdbc.update("DELETE FROM pf_agency_change WHERE agency_id = ?", absenceUser);
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.getId()).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(plan.getId(), "test over");
    }
  }

  @Test
  void showsWhoDidWhatAndWhenNewestFirstWithTheAnswer() throws Exception {
    walkThePlan();

    ResponseEntity<String> page = get("admin", "admin", trailOf(plan.getId()));

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Nhật ký kế hoạch", title, "Tải về Excel (.xlsx)");
    List<String> rows = rows(page.getBody());
    int moved = indexOf(rows, "Chuyển công việc");
    int mail = indexOf(rows, "Gửi thư nhắc hạn");
    int completed = indexOf(rows, "Hoàn thành công việc");
    int due = indexOf(rows, "Đổi hạn công việc");
    int document = indexOf(rows, "Thêm tài liệu");
    int claimed = indexOf(rows, "Nhận việc");
    int created = indexOf(rows, "Tạo công việc");
    assertThat(List.of(moved, mail, completed, due, document, claimed, created)).as("newest first")
        .doesNotContain(-1).isSorted();
    assertThat(rows.get(claimed)).contains("02/03/2026 09:00", "so-y-te", "Sở Y tế", "Người xử lý: so-y-te");
    assertThat(rows.get(document)).contains("02/03/2026 10:00", "so-y-te", "Tệp: bao-cao-khao-sat.pdf");
    assertThat(rows.get(due)).contains("02/03/2026 11:00", "admin", "Sở Công Thương", "→ 20/03/2026 17:00");
    assertThat(rows.get(completed)).contains("02/03/2026 12:00", "so-y-te", "Sở Y tế",
        "Tóm tắt báo cáo của đơn vị: " + ANSWER).doesNotContain("surveyReportOf");
    assertThat(rows.get(mail)).contains("02/03/2026 13:00", "Hệ thống", "[Nhắc hạn] Báo cáo khảo sát",
        "so-cong-thuong@nghean.gov.vn");
    assertThat(rows.get(moved)).contains("02/03/2026 14:00", "admin", "Từ so-y-te sang so-y-te-2");
    assertThat(rows.get(0)).contains("02/03/2026 17:00", "Sáp nhập đơn vị", "admin", "Phòng thử nghiệm",
        "Phòng thử nghiệm sáp nhập vào Sở Khoa học và Công nghệ từ ngày 02/03/2026; 1 công việc chuyển sang đơn vị mới.",
        "Lý do: Sắp xếp bộ máy");
    assertThat(page.getBody()).as("absences are in the cross-plan trail only").doesNotContain(absenceUser + " vắng");
  }

  @Test
  void exportsTheFilteredTrailAsAWorkbookWithRealDates() throws Exception {
    walkThePlan();

    ResponseEntity<byte[]> xlsx = rest.withBasicAuth("admin", "admin")
        .getForEntity(trailOf(plan.getId()) + ".xlsx?nguoi=so-y-te", byte[].class);

    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).startsWith("Nhật ký kế hoạch " + title)
        .endsWith(".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = workbook.getSheet("Nhật ký");
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertThat(header).containsExactly("Thời điểm", "Loại sự kiện", "Sự kiện", "Người thực hiện",
          "Tên người thực hiện", "Đơn vị", "Kế hoạch", "Công việc", "Chi tiết");
      List<String> events = new ArrayList<>();
      List<LocalDateTime> moments = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Cell moment = row.getCell(0);
        assertThat(moment.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(moment)).isTrue();
        moments.add(moment.getLocalDateTimeCellValue());
        events.add(row.getCell(2).getStringCellValue());
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("so-y-te");
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo(title);
        if ("Hoàn thành công việc".equals(row.getCell(2).getStringCellValue())) {
          assertThat(row.getCell(8).getStringCellValue()).as("exactly the answer submitted")
              .isEqualTo("Tóm tắt báo cáo của đơn vị: " + ANSWER);
          assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Sở Y tế");
        }
      }
      assertThat(events).containsExactly("Hoàn thành công việc", "Thêm tài liệu", "Nhận việc");
      assertThat(moments).containsExactly(LocalDateTime.of(2026, 3, 2, 12, 0), LocalDateTime.of(2026, 3, 2, 10, 0),
          LocalDateTime.of(2026, 3, 2, 9, 0));
    }
    ResponseEntity<byte[]> byParameter = rest.withBasicAuth("admin", "admin")
        .getForEntity(trailOf(plan.getId()) + "?dinh-dang=xlsx&loai=hoan-thanh", byte[].class);
    assertThat(byParameter.getHeaders().getContentType().toString()).contains("spreadsheetml");
  }

  @Test
  void filtersNarrowByKindAgencyUserAndDays() throws Exception {
    walkThePlan();

    List<String> completions = rows(get("admin", "admin", trailOf(plan.getId()) + "?loai=hoan-thanh").getBody());
    assertThat(completions).isNotEmpty().allMatch(row -> row.contains("Hoàn thành công việc")
        || row.contains("Đóng công việc"));
    assertThat(completions).anyMatch(row -> row.contains(ANSWER));

    List<String> ofCongThuong = rows(get("admin", "admin", trailOf(plan.getId()) + "?don-vi=so-cong-thuong").getBody());
    assertThat(ofCongThuong).isNotEmpty().allMatch(row -> row.contains("Sở Công Thương"));
    assertThat(ofCongThuong).anyMatch(row -> row.contains("Đổi hạn công việc"))
        .anyMatch(row -> row.contains("Gửi thư nhắc hạn")).noneMatch(row -> row.contains("Nhận việc"));

    List<String> byAdmin = rows(get("admin", "admin", trailOf(plan.getId()) + "?nguoi=admin").getBody());
    assertThat(byAdmin).extracting(row -> row.contains("Đổi hạn công việc") || row.contains("Chuyển công việc")
        || row.contains("Sáp nhập đơn vị")).containsOnly(true).hasSize(3);

    assertThat(rows(get("admin", "admin", trailOf(plan.getId()) + "?tu-ngay=02/03/2026&den-ngay=2026-03-02")
        .getBody())).hasSize(rows(get("admin", "admin", trailOf(plan.getId())).getBody()).size());
    ResponseEntity<String> later = get("admin", "admin", trailOf(plan.getId()) + "?tu-ngay=03/03/2026");
    assertThat(later.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rows(later.getBody())).isEmpty();
    assertThat(later.getBody()).contains("Không có sự kiện nào khớp với bộ lọc.");
  }

  @Test
  void aPlansExtensionIsInItsTrailWithTheReasonAndWhoGaveIt() {
    String table = "TT;Tên nhiệm vụ, dự án;Đơn vị chủ trì;Phối hợp thực hiện;Mục tiêu triển khai;Thời gian hoàn thành\n"
        + "1;Nhiệm vụ sẽ được gia hạn;Sở Y tế;;;Trước ngày 30/6/2026\n";
    String planId = planImport.start("ke-hoach.csv", table.getBytes(StandardCharsets.UTF_8), "Kế hoạch gia hạn " + title,
        null, null, true).processInstanceId();
    String taskInstance = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(planId)
        .singleResult().getId();
    at(2);
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> extended = rest.withBasicAuth("admin", "admin").postForEntity("/api/plans/" + planId
        + "/tasks/" + taskInstance + "/extension", new HttpEntity<>(Map.of("due", "2026-07-10",
        "reason", "Chờ kinh phí bổ sung"), json), String.class);
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);

    try {
      List<String> rows = rows(get("admin", "admin", trailOf(planId) + "?loai=han").getBody());
      assertThat(rows).anySatisfy(row -> assertThat(row).contains("Gia hạn nhiệm vụ", "02/03/2026 10:00", "admin",
          "Sở Y tế", "30/06/2026 → 10/07/2026", "Lý do: Chờ kinh phí bổ sung"));
      assertThat(rows).as("the report's due date moved with it is part of the one change, not a second line")
          .hasSize(1);
      assertThat(get("admin", "admin", "/quan-tri/ke-hoach/" + planId).getBody()).as("the plan's page links its trail")
          .contains("href=\"" + trailOf(planId) + "\"");
      ResponseEntity<String> lead = get("so-khcn", "demo", "/quan-tri/ke-hoach/" + planId);
      assertThat(lead.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(lead.getBody()).as("the lead may not read the trail: no link").doesNotContain(trailOf(planId));
    } finally {
      engine.getRuntimeService().deleteProcessInstance(planId, "test over");
    }
  }

  @Test
  void theCrossPlanTrailListsPlansAndAbsencesForAdministratorsOnly() {
    walkThePlan();
    // an official's daily digest: a mail of no plan
    jdbc.update("INSERT INTO pf_notification (task_id, kind, moment, agency_id, agency_name, recipients, subject,"
        + " body_text, body_html, status, created_at, next_attempt_at, sent_at) VALUES ('digest:' || ?, 'DIGEST', ?,"
        + " ?, 'Cán bộ Sở Y tế (so-y-te)', 'so-y-te@nghean.gov.vn', '[Tổng hợp] Công việc sắp đến hạn', 'thư',"
        + " '<p>thư</p>', 'SENT', ?, ?, ?)", absenceUser, moment(7), absenceUser, moment(7), moment(7), moment(7));

    ResponseEntity<String> all = get("admin", "admin", "/quan-tri/nhat-ky?tu-ngay=02/03/2026&den-ngay=02/03/2026");

    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(all.getBody()).contains("Nhật ký các kế hoạch", title, trailOf(plan.getId()));
    assertThat(rows(all.getBody())).anySatisfy(row -> assertThat(row).contains("Ghi nhận vắng mặt, ủy quyền",
        absenceUser + " vắng mặt từ 02/03/2026 đến 06/03/2026, người thay: so-y-te-2", "Sở Y tế"));
    assertThat(rows(all.getBody())).anySatisfy(row -> assertThat(row).contains("Hủy vắng mặt", "so-y-te-2"));
    assertThat(rows(all.getBody())).anySatisfy(row -> assertThat(row).contains("Gửi thư tổng hợp hằng ngày",
        "[Tổng hợp] Công việc sắp đến hạn", "so-y-te@nghean.gov.vn"));
    assertThat(get("admin", "admin", "/quan-tri/thong-bao").getBody()).contains("href=\"/quan-tri/nhat-ky\"");
    List<String> onePlan = rows(get("admin", "admin", "/quan-tri/nhat-ky?ke-hoach=" + plan.getId()).getBody());
    assertThat(onePlan).isNotEmpty().allMatch(row -> row.contains(title)).noneMatch(row -> row.contains(absenceUser));

    assertThat(get("lanh-dao", "demo", trailOf(plan.getId())).getStatusCode()).as("a leader reads a plan's trail")
        .isEqualTo(HttpStatus.OK);
    assertThat(get("lanh-dao", "demo", trailOf(plan.getId())).getBody()).contains("Hoàn thành công việc", ANSWER);
    assertThat(get("lanh-dao", "demo", "/quan-tri/nhat-ky").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("so-y-te", "demo", trailOf(plan.getId())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("so-y-te", "demo", "/quan-tri/nhat-ky").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity(trailOf(plan.getId()) + ".xlsx", byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badFiltersAndUnknownPlansAreExplainedInVietnamese() {
    ResponseEntity<String> notADay = get("admin", "admin", trailOf(plan.getId()) + "?tu-ngay=31/02/2026");
    assertThat(notADay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notADay.getBody()).contains("\"Từ ngày\": \"31/02/2026\" không phải là ngày");

    ResponseEntity<String> backwards = get("admin", "admin",
        trailOf(plan.getId()) + "?tu-ngay=2026-03-05&den-ngay=01/03/2026&loai=khong-co&don-vi=so-khong-co&trang=0");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody()).contains("\"Đến ngày\" (01/03/2026) phải từ \"Từ ngày\" (05/03/2026) trở về sau.",
        "Loại sự kiện \"khong-co\" không có", "Không có đơn vị mã \"so-khong-co\"", "Số trang \"0\" không hợp lệ");

    assertThat(rest.withBasicAuth("admin", "admin").getForEntity(trailOf(plan.getId()) + ".xlsx?den-ngay=hôm qua",
        String.class).getBody()).contains("không phải là ngày");
    assertThat(get("admin", "admin", "/quan-tri/nhat-ky?ke-hoach=khong-co").getBody())
        .contains("Không có kế hoạch mã \"khong-co\"");
    ResponseEntity<String> pdf = get("lanh-dao", "demo", trailOf(plan.getId()) + "?dinh-dang=pdf");
    assertThat(pdf.getStatusCode()).as("a format nobody offers is not answered with the page").isEqualTo(
        HttpStatus.BAD_REQUEST);
    assertThat(pdf.getBody()).contains("Định dạng \"pdf\" không có");
    assertThat(get("admin", "admin", "/quan-tri/nhat-ky?dinh-dang=XLSX").getHeaders().getContentType())
        .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    ResponseEntity<String> unknown = get("lanh-dao", "demo", trailOf("khong-co-ke-hoach"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("Không tìm thấy kế hoạch", "khong-co-ke-hoach");
    assertThat(get("admin", "admin", trailOf(ownTask)).getStatusCode()).as("a task is no plan")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** Each step an hour after the last, from 09:00: claim, document, due date, completion, mail, move, absence. */
  private void walkThePlan() {
    at(1);
    assertThat(post("so-y-te", "/engine-rest/task/" + ownTask + "/claim", Map.of("userId", "so-y-te"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    at(2);
    upload("so-y-te", ownTask, "bao-cao-khao-sat.pdf");
    assertThat(engine.getTaskService().getProcessInstanceAttachments(plan.getId())).hasSize(1);
    at(3);
    moveDueDate("admin", otherTask, "2026-03-20T17:00:00.000+0700");
    at(4);
    assertThat(post("so-y-te", "/engine-rest/task/" + ownTask + "/complete",
        Map.of("variables", Map.of(ResolutionDrafting.Vars.REPORT_SUMMARY, Map.of("value", ANSWER))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    jdbc.update("INSERT INTO pf_notification (task_id, kind, moment, process_instance_id, plan_title, task_name,"
        + " agency_id, agency_name, due, recipients, subject, body_text, body_html, status, created_at, next_attempt_at,"
        + " sent_at) VALUES (?, 'REMINDER', ?, ?, ?, ?, 'so-cong-thuong', 'Sở Công Thương', ?, ?, ?, 'thư', '<p>thư</p>',"
        + " 'SENT', ?, ?, ?)", otherTask, moment(5), plan.getId(), title, "Báo cáo khảo sát", moment(200),
        "so-cong-thuong@nghean.gov.vn", "[Nhắc hạn] Báo cáo khảo sát", moment(5), moment(5), moment(5));
    jdbc.update("INSERT INTO pf_task_move (batch_id, task_id, task_name, process_instance_id, from_user, to_user,"
        + " reason, moved_by, moved_at) VALUES ('lo-1', ?, 'Báo cáo khảo sát', ?, 'so-y-te', 'so-y-te-2',"
        + " 'Nghỉ phép', 'admin', ?)", ownTask, plan.getId(), moment(6));
    jdbc.update("INSERT INTO pf_absence (user_id, stand_in, agency_id, starts_on, ends_on, reason, recorded_by,"
        + " recorded_at, cancelled_by, cancelled_at) VALUES (?, 'so-y-te-2', 'so-y-te', DATE '2026-03-02',"
        + " DATE '2026-03-06', 'Nghỉ phép năm', ?, ?, 'so-y-te-2', ?)", absenceUser, absenceUser, moment(7),
        moment(8));
    // an agency change that moved the other agency's task (an agency no plan knows, removed afterwards)
    jdbc.update("INSERT INTO pf_agency_change (agency_id, agency_name, successor_id, successor_name, kind, reason,"
        + " effective_date, recorded_by, recorded_at, moved_task_ids, moved_process_instance_ids) VALUES (?,"
        + " 'Phòng thử nghiệm', 'so-khcn', 'Sở Khoa học và Công nghệ', 'merge', 'Sắp xếp bộ máy',"
        + " DATE '2026-03-02', 'admin', ?, ?, '')", absenceUser, moment(9), "khong-co-viec," + otherTask);
  }

  private Task surveyTaskOf(String agency) {
    return engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(ResolutionDrafting.Tasks.SUBMIT_SURVEY_REPORT).taskCandidateGroup(agency).singleResult();
  }

  /** As Tasklist sets a due date: the task read, its due date changed, the task written back. */
  private void moveDueDate(String user, String taskId, String due) {
    JsonNode read = rest.withBasicAuth(user, user).getForObject("/engine-rest/task/" + taskId, JsonNode.class);
    ObjectNode task = JsonNodeFactory.instance.objectNode();
    for (String field : List.of("name", "description", "priority", "assignee", "owner", "delegationState", "followUp",
        "parentTaskId", "caseInstanceId", "tenantId")) {
      task.set(field, read.get(field));
    }
    task.put("due", due);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth(user, user).exchange("/engine-rest/task/" + taskId, HttpMethod.PUT,
        new HttpEntity<>(task.toString(), headers), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void upload(String user, String taskId, String name) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("taskId", taskId);
    form.add("file", new ByteArrayResource("%PDF-1.4 báo cáo".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    PageForm page = PageForm.open(rest, user, "demo", "/tai-lieu/" + plan.getId());
    rest.withBasicAuth(user, "demo").postForEntity("/tai-lieu/" + plan.getId(),
        new HttpEntity<>(page.with(form), page.headers(MediaType.MULTIPART_FORM_DATA)), String.class);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  /** The page, its text unescaped as a reader sees it. */
  private ResponseEntity<String> get(String user, String password, String path) {
    ResponseEntity<String> page = rest.withBasicAuth(user, password).getForEntity(path, String.class);
    return new ResponseEntity<>(HtmlUtils.htmlUnescape(page.getBody() == null ? "" : page.getBody()),
        page.getHeaders(), page.getStatusCode());
  }

  private static String trailOf(String planId) {
    return "/quan-tri/bang-dieu-khien/" + planId + "/nhat-ky";
  }

  /** The engine's clock {@code hours} after 08:00 on 02/03/2026. */
  private static void at(int hours) {
    ClockUtil.setCurrentTime(Date.from(START.plusHours(hours).toInstant()));
  }

  private static OffsetDateTime moment(int hours) {
    return START.plusHours(hours).toInstant().atOffset(ZoneOffset.UTC);
  }

  /** The table's rows as text, tags removed. */
  private static List<String> rows(String html) {
    List<String> rows = new ArrayList<>();
    Matcher row = ROW.matcher(html == null ? "" : html);
    while (row.find()) {
      rows.add(HtmlUtils.htmlUnescape(row.group(1).replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").trim());
    }
    return rows;
  }

  private static int indexOf(List<String> rows, String label) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(label)) {
        return i;
      }
    }
    return -1;
  }
}
