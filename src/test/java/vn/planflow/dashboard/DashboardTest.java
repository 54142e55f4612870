package vn.planflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.http.ResponseEntity;
import vn.planflow.PlanflowTest;
import vn.planflow.dashboard.Board.AgencyLine;
import vn.planflow.dashboard.Board.PlanBoard;
import vn.planflow.dashboard.Board.StageLine;
import vn.planflow.dashboard.Board.TaskLine;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;
import vn.planflow.plan.PlanImport;
import vn.planflow.time.DueDates;

/**
 * The dashboards: each task counted by the rules {@link PlanBoards} states, from the engine's
 * history; the pages for administrators and leaders only; the filters; the workbooks.
 */
@PlanflowTest
class DashboardTest {

  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String LEADER = "lanh-dao";

  @Autowired
  ProcessEngine engine;
  @Autowired
  PlanBoards boards;
  @Autowired
  PlanImport planImport;
  @Autowired
  DueDates dueDates;
  @Autowired
  TestRestTemplate rest;

  ProcessInstance plan;

  static void at(int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, month, day, hour, 0).atZone(HANOI).toInstant()));
  }

  @BeforeEach
  void aDraftingPlanWithOneAgencyOnTimeAndOneLate() {
    at(3, 2, 9); // a Monday
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.TITLE, "Bảng điều khiển thử " + System.nanoTime());
    variables.put(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong");
    variables.put(Vars.OUTLINE_DUE, dueDates.endOf(LocalDate.of(2026, 3, 4)));
    variables.put(Vars.SURVEY_DUE, dueDates.endOf(LocalDate.of(2026, 3, 10)));
    variables.put(Vars.SYNTHESIS_DUE, dueDates.endOf(LocalDate.of(2026, 3, 20)));
    plan = engine.getRuntimeService().startProcessInstanceByKey(ResolutionDrafting.KEY, variables);
    at(3, 3, 10);
    complete(Tasks.SEND_REPORT_OUTLINE, null, Map.of());
    at(3, 5, 10);
    complete(Tasks.SUBMIT_SURVEY_REPORT, "so-y-te", Map.of(Vars.REPORT_SUMMARY, "Báo cáo của Sở Y tế"));
    at(3, 12, 10); // two days after the survey's due date: Sở Công Thương has not answered
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.getId()).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(plan.getId(), "test over");
    }
  }

  void complete(String taskKey, String agency, Map<String, Object> variables) {
    var query = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey(taskKey);
    if (agency != null) {
      query.taskCandidateGroup(agency);
    }
    Task task = query.singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }

  PlanBoard board() {
    return boards.of(plan.getId()).orElseThrow();
  }

  static AgencyLine agency(PlanBoard board, String id) {
    return board.agencies().stream().filter(line -> line.agencyId().equals(id)).findFirst().orElseThrow();
  }

  static StageLine stage(PlanBoard board, String label) {
    return board.stages().stream().filter(line -> line.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void countsEachAgencysTasksAndRatesIt() {
    PlanBoard board = board();

    AgencyLine onTime = agency(board, "so-y-te");
    assertThat(List.of(onTime.assigned(), onTime.doneOnTime(), onTime.doneLate(), onTime.open(), onTime.overdue()))
        .containsExactly(1, 1, 0, 0, 0);
    assertThat(onTime.rating()).isEqualTo(Rating.ON_TIME);
    AgencyLine late = agency(board, "so-cong-thuong");
    assertThat(List.of(late.assigned(), late.doneOnTime(), late.open(), late.overdue())).containsExactly(1, 0, 0, 1);
    assertThat(late.rating()).isEqualTo(Rating.OVERDUE);
    assertThat(board.rating()).isEqualTo(Rating.OVERDUE);
    TaskLine open = board.tasks().stream().filter(task -> task.agencyId().equals("so-cong-thuong")).findFirst()
        .orElseThrow();
    assertThat(open.state()).isEqualTo(TaskState.OVERDUE);
    assertThat(open.workingDaysLate()).isEqualTo(2);
    assertThat(open.month()).isEqualTo("2026-03");

    // done two working days late: late, and the agency's rating turns orange
    complete(Tasks.SUBMIT_SURVEY_REPORT, "so-cong-thuong", Map.of(Vars.REPORT_SUMMARY, "Báo cáo muộn"));
    board = board();
    late = agency(board, "so-cong-thuong");
    assertThat(List.of(late.doneOnTime(), late.doneLate(), late.overdue())).containsExactly(0, 1, 0);
    assertThat(late.rating()).isEqualTo(Rating.DONE_LATE);
  }

  @Test
  void putsTheStagesOnATimelinePlannedAgainstActual() {
    PlanBoard board = board();

    StageLine outline = stage(board, "Gửi đề cương báo cáo");
    assertThat(outline.state()).isEqualTo(TaskState.DONE_ON_TIME);
    assertThat(dueDates.format(outline.planned())).isEqualTo("04/03/2026");
    assertThat(dueDates.format(outline.end())).isEqualTo("03/03/2026");
    StageLine survey = stage(board, "Khảo sát hiện trạng");
    assertThat(survey.state()).isEqualTo(TaskState.OVERDUE);
    assertThat(survey.end()).isNull();
    assertThat(List.of(survey.tasks(), survey.done())).containsExactly(2, 1);
    // the synthesis is not reached yet: its planned date is the plan's variable
    StageLine synthesis = stage(board, "Tổng hợp kết quả khảo sát");
    assertThat(synthesis.state()).isEqualTo(TaskState.NOT_STARTED);
    assertThat(dueDates.format(synthesis.planned())).isEqualTo("20/03/2026");
    assertThat(board.lateStages()).isEqualTo(1);
    assertThat(board.currentStages()).contains("Khảo sát hiện trạng");

    // the late agency answers on 12/3: the stage ends late, and the synthesis is under way
    complete(Tasks.SUBMIT_SURVEY_REPORT, "so-cong-thuong", Map.of(Vars.REPORT_SUMMARY, "Báo cáo muộn"));
    board = board();
    survey = stage(board, "Khảo sát hiện trạng");
    assertThat(survey.state()).isEqualTo(TaskState.DONE_LATE);
    assertThat(dueDates.format(survey.end())).isEqualTo("12/03/2026");
    assertThat(survey.workingDaysLate()).isEqualTo(2);
    assertThat(stage(board, "Tổng hợp kết quả khảo sát").state()).isEqualTo(TaskState.IN_TIME);
  }

  @Test
  void aTaskDueWithinTheReminderWindowIsDueSoon() {
    complete(Tasks.SUBMIT_SURVEY_REPORT, "so-cong-thuong", Map.of(Vars.REPORT_SUMMARY, "Báo cáo muộn"));
    at(3, 19, 9); // the synthesis is due on Friday 20/3: one working day left

    PlanBoard board = board();

    TaskLine synthesis = board.tasks().stream().filter(task -> task.name().contains("Tổng hợp báo cáo khảo sát"))
        .findFirst().orElseThrow();
    assertThat(synthesis.state()).isEqualTo(TaskState.DUE_SOON);
    AgencyLine lead = agency(board, synthesis.agencyId());
    assertThat(lead.dueSoon()).isEqualTo(1);
    assertThat(lead.rating()).isEqualTo(Rating.DUE_SOON);

    // the overview's row of the plan says how many of its tasks are due soon, not only its rating
    String overview = rest.withBasicAuth(LEADER, "demo").getForObject("/quan-tri/bang-dieu-khien", String.class);
    String row = overview.substring(overview.indexOf("data-plan=\"" + plan.getId() + "\""));
    row = row.substring(0, row.indexOf("</tr>"));
    assertThat(row).containsPattern("data-figure=\"due-soon\">1<").containsPattern("data-figure=\"open\">1<");
  }

  @Test
  void aTaskIsDueSoonFromTheMomentItsReminderFallsDueWithThePlansOwnReminderBefore() {
    engine.getRuntimeService().setVariable(plan.getId(), Vars.REMINDER_BEFORE, "PT2H");
    complete(Tasks.SUBMIT_SURVEY_REPORT, "so-cong-thuong", Map.of(Vars.REPORT_SUMMARY, "Báo cáo muộn"));
    Task synthesisTask = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SYNTHESIZE_SURVEY).singleResult();
    Date reminder = Date.from(synthesisTask.getDueDate().toInstant().minus(Duration.ofHours(2)));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.getId()).timers().list())
        .as("the reminder timer falls two hours before the due moment").extracting(Job::getDuedate)
        .contains(reminder);

    at(3, 19, 9); // one working day left, but the plan reminds two hours ahead
    assertThat(synthesis(board()).state()).isEqualTo(TaskState.IN_TIME);
    ClockUtil.setCurrentTime(Date.from(reminder.toInstant().minusSeconds(1)));
    assertThat(synthesis(board()).state()).isEqualTo(TaskState.IN_TIME);
    ClockUtil.setCurrentTime(reminder);
    assertThat(synthesis(board()).state()).as("as its reminder mail falls due").isEqualTo(TaskState.DUE_SOON);
  }

  @Test
  void aReminderBeforeThatIsNoDurationFallsBackToTheWorkingDaysInsteadOfBreakingThePage() {
    complete(Tasks.SUBMIT_SURVEY_REPORT, "so-cong-thuong", Map.of(Vars.REPORT_SUMMARY, "Báo cáo muộn"));
    engine.getRuntimeService().setVariable(plan.getId(), Vars.REMINDER_BEFORE, "hai ngày");
    at(3, 19, 9); // one working day left: within the default two

    assertThat(synthesis(board()).state()).isEqualTo(TaskState.DUE_SOON);
    assertThat(boards.all()).extracting(PlanBoard::id).contains(plan.getId());
  }

  private static TaskLine synthesis(PlanBoard board) {
    return board.tasks().stream().filter(task -> task.name().contains("Tổng hợp báo cáo khảo sát")).findFirst()
        .orElseThrow();
  }

  @Test
  void anAgencyLeftOutAfterTheDeadlineCountsAsMissedNotAsWithdrawn() {
    // the survey's deadline passes (its timer fires): the synthesis starts without Sở Công Thương
    engine.getManagementService().createJobQuery().processInstanceId(plan.getId())
        .activityId(ResolutionDrafting.Elements.SURVEY_DUE_TIMER).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    complete(Tasks.SYNTHESIZE_SURVEY, null, Map.of(Vars.SYNTHESIS_SUMMARY, "Tổng hợp khi còn thiếu một đơn vị"));
    PlanBoard board = board();
    TaskLine left = board.tasks().stream().filter(task -> task.agencyId().equals("so-cong-thuong")).findFirst()
        .orElse(null);
    if (left == null) {
      // this model keeps waiting for every agency: nothing was withdrawn
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
          .taskCandidateGroup("so-cong-thuong").count()).isEqualTo(1);
      return;
    }
    assertThat(left.state()).isIn(TaskState.MISSED, TaskState.OVERDUE);
    assertThat(agency(board, "so-cong-thuong").overdue()).isEqualTo(1);
  }

  @Test
  void leadersAndAdministratorsReadTheDashboardsAndNobodyElse() {
    ResponseEntity<String> overview = rest.withBasicAuth(LEADER, "demo").getForEntity("/quan-tri/bang-dieu-khien",
        String.class);
    assertThat(overview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(overview.getBody()).contains("Bảng điều khiển các kế hoạch", board().title(), "Sở Công Thương",
        "Quá hạn", DashboardPages.ECHARTS);
    // a leader is not an administrator: no Cockpit link, no admin page
    assertThat(overview.getBody()).doesNotContain("Nhật ký thông báo");
    assertThat(rest.withBasicAuth(LEADER, "demo").getForEntity("/quan-tri/thong-bao", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/quan-tri/bang-dieu-khien/" + plan.getId(),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth(LEADER, "demo").getForEntity("/quan-tri/bang-dieu-khien/quyen-xem", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    for (String path : List.of("/quan-tri/bang-dieu-khien/quyen-xem", "/quan-tri/bang-dieu-khien", "/quan-tri/bang-dieu-khien/" + plan.getId(),
        "/quan-tri/bang-dieu-khien/xuat-excel", "/quan-tri/bang-dieu-khien/" + plan.getId() + "/xuat-excel")) {
      assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity(path, String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void thePlansPageShowsItsFiguresAndFiltersItsTasks() {
    String path = "/quan-tri/bang-dieu-khien/" + plan.getId();
    String page = rest.withBasicAuth(LEADER, "demo").getForObject(path, String.class);
    assertThat(page).contains(board().title(), "Khảo sát hiện trạng", "Sở Y tế", "Sở Công Thương",
        "Hoàn thành đúng hạn", "3 / 3 nhiệm vụ", "Tải ảnh tiến độ (PNG)", path + "/nhat-ky");

    String lateOnly = rest.withBasicAuth(LEADER, "demo").getForObject(path + "?trang-thai=overdue", String.class);
    assertThat(lateOnly).contains("1 / 3 nhiệm vụ");
    String oneAgency = rest.withBasicAuth(LEADER, "demo").getForObject(path + "?don-vi=so-y-te&thang=2026-03",
        String.class);
    assertThat(oneAgency).contains("1 / 3 nhiệm vụ");
    String otherMonth = rest.withBasicAuth(LEADER, "demo").getForObject(path + "?thang=2026-04", String.class);
    assertThat(otherMonth).contains("0 / 3 nhiệm vụ");
  }

  @Test
  void wrongFiltersAreExplainedInVietnameseAndIgnored() {
    String path = "/quan-tri/bang-dieu-khien/" + plan.getId();
    ResponseEntity<String> page = rest.withBasicAuth(LEADER, "demo").getForEntity(
        path + "?trang-thai=xoa-het&thang=2026-13&don-vi=<script>", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Tình trạng “xoa-het” không có", "không đúng dạng năm-tháng",
        "không có việc nào trong kế hoạch này", "3 / 3 nhiệm vụ").doesNotContain("<script>\"");
    ResponseEntity<String> missing = rest.withBasicAuth(LEADER, "demo")
        .getForEntity("/quan-tri/bang-dieu-khien/khong-co-ke-hoach-nay", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody()).contains("Không có kế hoạch này");
  }

  @Test
  void thePlansWorkbookHoldsTheSameFiguresAsThePage() throws Exception {
    ResponseEntity<byte[]> download = rest.withBasicAuth(LEADER, "demo").getForEntity(
        "/quan-tri/bang-dieu-khien/" + plan.getId() + "/xuat-excel?trang-thai=overdue", byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getHeaders().getContentType().toString()).isEqualTo(DashboardPages.XLSX);
    assertThat(download.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");

    PlanBoard board = board();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
      Sheet stages = workbook.getSheet("Giai đoạn");
      assertThat(stages.getLastRowNum()).isEqualTo(board.stages().size());
      Row survey = rowNamed(stages, "Khảo sát hiện trạng");
      assertThat(survey.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 10));
      assertThat(survey.getCell(6).getStringCellValue()).isEqualTo("Quá hạn");
      Sheet agencies = workbook.getSheet("Đơn vị");
      Row late = rowNamed(agencies, "Sở Công Thương");
      assertThat(late.getCell(1).getNumericCellValue()).isEqualTo(1);
      assertThat(late.getCell(6).getNumericCellValue()).isEqualTo(1);
      assertThat(late.getCell(7).getStringCellValue()).isEqualTo("Quá hạn");
      Sheet tasks = workbook.getSheet("Nhiệm vụ");
      // filtered as the page: the one overdue task
      assertThat(tasks.getLastRowNum()).isEqualTo(1);
      assertThat(tasks.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Sở Công Thương");
    }

    ResponseEntity<byte[]> overview = rest.withBasicAuth("admin", "admin").getForEntity(
        "/quan-tri/bang-dieu-khien/xuat-excel", byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(overview.getBody()))) {
      Row row = rowNamed(workbook.getSheet("Kế hoạch"), board.title());
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(3);
      assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(1);
      assertThat(row.getCell(12).getStringCellValue()).isEqualTo("Quá hạn");
    }
  }

  @Test
  void aCarriedPlansRowsAreItsTasksWithTheirLeadsAndDeadlines() {
    String rows = """
        1;Xây dựng kho dữ liệu dùng chung;Sở Khoa học và Công nghệ;Sở Y tế;Kho dữ liệu;Tháng 02/2026
        2;Số hóa hồ sơ y tế;Sở Y tế;;Hồ sơ số;Tháng 6/2026
        3;Đào tạo cán bộ;Sở Nội vụ;;Cán bộ được đào tạo;Tháng 3/2026
        """;
    String header = "TT;Tên nhiệm vụ, dự án;Đơn vị chủ trì;Phối hợp thực hiện;Mục tiêu triển khai;Thời gian hoàn thành\n";
    String carried = planImport.start("ke-hoach.csv", (header + rows).getBytes(StandardCharsets.UTF_8),
        "Kế hoạch thực hiện thử " + System.nanoTime(), null, "P6M", true).processInstanceId();
    try {
      PlanBoard board = boards.of(carried).orElseThrow();

      assertThat(board.kind()).isEqualTo(Board.PlanKind.CARRYING);
      assertThat(board.tasks()).extracting(TaskLine::code).containsExactly("1", "2", "3");
      assertThat(board.tasks()).extracting(TaskLine::state)
          .containsExactly(TaskState.OVERDUE, TaskState.IN_TIME, TaskState.IN_TIME);
      assertThat(board.tasks()).extracting(TaskLine::month).containsExactly("2026-02", "2026-06", "2026-03");
      assertThat(board.tasks().get(0).coordinatingIds()).containsExactly("so-y-te");
      assertThat(agency(board, "so-khcn").rating()).isEqualTo(Rating.OVERDUE);
      assertThat(agency(board, "so-noi-vu").rating()).isEqualTo(Rating.ON_TIME);

      String path = "/quan-tri/bang-dieu-khien/" + carried;
      // Sở Y tế leads one task and coordinates another
      assertThat(rest.withBasicAuth(LEADER, "demo").getForObject(path + "?don-vi=so-y-te", String.class))
          .contains("2 / 3 nhiệm vụ");
      assertThat(rest.withBasicAuth(LEADER, "demo").getForObject(path + "?thang=2026-03", String.class))
          .contains("1 / 3 nhiệm vụ", "Đào tạo cán bộ");
    } finally {
      engine.getRuntimeService().deleteProcessInstance(carried, "test over", false, true);
    }
  }

  @Test
  void aCarriedPlansTimelineHasItsDeadlineMonthsAndItsConsolidationsToCome() {
    String rows = """
        1;Xây dựng kho dữ liệu dùng chung;Sở Khoa học và Công nghệ;;Kho dữ liệu;Tháng 02/2026
        2;Số hóa hồ sơ y tế;Sở Y tế;;Hồ sơ số;Tháng 6/2026
        3;Đào tạo cán bộ;Sở Nội vụ;;Cán bộ được đào tạo;Tháng 3/2026
        4;Tuyên truyền chuyển đổi số;Sở Văn hóa, Thể thao và Du lịch;;Tin bài;Thường xuyên
        """;
    String header = "TT;Tên nhiệm vụ, dự án;Đơn vị chủ trì;Phối hợp thực hiện;Mục tiêu triển khai;Thời gian hoàn thành\n";
    String carried = planImport.start("ke-hoach.csv", (header + rows).getBytes(StandardCharsets.UTF_8),
        "Kế hoạch thực hiện thử " + System.nanoTime(), null, "P6M", true).processInstanceId();
    try {
      PlanBoard board = boards.of(carried).orElseThrow();

      // the plan was imported on Thursday 12/3/2026: its first report date is Monday 14/9/2026 (the 12th
      // is a Saturday), the lead's consolidation due five working days later; no second one falls
      // before the last deadline (30/6/2026)
      assertThat(board.stages()).extracting(StageLine::label).containsExactly(
          "Nhiệm vụ có thời hạn tháng 02/2026", "Nhiệm vụ có thời hạn tháng 03/2026",
          "Nhiệm vụ có thời hạn tháng 06/2026", "Tổng hợp tình hình thực hiện kế hoạch (kỳ hạn 21/09/2026)");
      assertThat(board.stages()).extracting(StageLine::state).containsExactly(TaskState.OVERDUE,
          TaskState.IN_TIME, TaskState.IN_TIME, TaskState.NOT_STARTED);
      assertThat(board.stages()).extracting(StageLine::start).containsExactly(board.startedAt(), board.startedAt(),
          board.startedAt(), null);
      assertThat(board.stages().get(3).planned()).isEqualTo(dueDates.endOf(LocalDate.of(2026, 9, 21)));
      assertThat(board.lateStages()).isEqualTo(1);
      String page = rest.withBasicAuth(LEADER, "demo").getForObject("/quan-tri/bang-dieu-khien/" + carried,
          String.class);
      assertThat(page).contains("Nhiệm vụ có thời hạn tháng 02/2026", "kỳ hạn 21/09/2026");

      // the report date comes: the consolidation is a task of the plan's, the next one is to come
      at(9, 15, 9);
      engine.getManagementService().createJobQuery().processInstanceId(carried).timers().duedateLowerThan(
          ClockUtil.getCurrentTime()).list().forEach(job -> engine.getManagementService().executeJob(job.getId()));
      board = boards.of(carried).orElseThrow();
      assertThat(board.stages()).extracting(StageLine::label).containsSubsequence(
          "Tổng hợp tình hình thực hiện kế hoạch (kỳ hạn 22/09/2026)",
          "Tổng hợp tình hình thực hiện kế hoạch (kỳ hạn 19/03/2027)");
      assertThat(board.stages()).filteredOn(stage -> stage.label().contains("22/09/2026")).singleElement()
          .satisfies(stage -> assertThat(stage.tasks()).isEqualTo(1))
          .satisfies(stage -> assertThat(stage.state()).isEqualTo(TaskState.IN_TIME));
      assertThat(board.stages()).filteredOn(stage -> stage.label().startsWith("Tổng hợp")).hasSize(2);
    } finally {
      engine.getRuntimeService().deleteProcessInstance(carried, "test over", false, true);
    }
  }

  @Test
  void theChartLibraryIsServedByTheApplication() {
    ResponseEntity<String> script = rest.getForEntity(DashboardPages.ECHARTS, String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("echarts");
    assertThat(rest.getForEntity("/dashboard.js", String.class).getBody()).contains("getDataURL");
  }

  static Row rowNamed(Sheet sheet, String firstCell) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && firstCell.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
  }
}
