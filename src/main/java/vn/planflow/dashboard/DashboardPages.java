package vn.planflow.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.planflow.dashboard.Board.AgencyLine;
import vn.planflow.dashboard.Board.PlanBoard;
import vn.planflow.dashboard.Board.StageLine;
import vn.planflow.dashboard.Board.TaskLine;
import vn.planflow.engine.EngineClock;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.CalendarProperties;
import vn.planflow.time.DueDates;
import vn.planflow.web.Official;

/**
 * The dashboards, for administrators and the province's leaders (the pages' filter chain lets
 * nobody else in): {@code /quan-tri/bang-dieu-khien}, every plan and every agency at a glance, and
 * {@code /quan-tri/bang-dieu-khien/{planId}}, one plan's stages on a timeline, its agencies and its
 * tasks, filtered by agency, status and month. Each table downloads as .xlsx ({@code …/xuat-excel},
 * with the same filters); the timeline downloads as a PNG image from the page. Nothing here
 * changes anything.
 */
@Controller
class DashboardPages {

  /** The chart library, served by the application from its webjar (pom.xml: org.webjars.npm:echarts). */
  static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String PATH = ProcessNames.DASHBOARD_PATH;
  private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private final PlanBoards boards;
  private final DueDates dueDates;
  private final ZoneId zone;
  private final ObjectMapper json = new ObjectMapper();

  DashboardPages(PlanBoards boards, DueDates dueDates, CalendarProperties calendar) {
    this.boards = boards;
    this.dueDates = dueDates;
    this.zone = calendar.zone();
  }

  /** The filters of a plan's task table, as read from the query (wrong values are reported, not applied). */
  record TaskFilter(String agency, TaskState state, String month, List<String> errors) {

    public boolean matches(TaskLine task) {
      return (agency.isEmpty() || agency.equals(task.agencyId()) || task.coordinatingIds().contains(agency))
          && (state == null || state == task.state())
          && (month.isEmpty() || month.equals(task.month()));
    }

    public boolean any() {
      return !agency.isEmpty() || state != null || !month.isEmpty();
    }
  }

  @GetMapping(PATH)
  String overview(Official official, Model model) throws JsonProcessingException {
    List<PlanBoard> plans = boards.all();
    List<AgencyLine> agencies = boards.agencies(plans);
    model.addAttribute("plans", plans);
    model.addAttribute("agencies", agencies);
    model.addAttribute("late", agencies.stream().filter(agency -> agency.rating() == Rating.OVERDUE).count());
    model.addAttribute("running", plans.stream().filter(plan -> plan.endedAt() == null).count());
    model.addAttribute("overdueTasks", plans.stream()
        .mapToLong(plan -> plan.count(TaskState.OVERDUE) + plan.count(TaskState.MISSED)).sum());
    model.addAttribute("ratings", Rating.values());
    model.addAttribute("chartData", safe(json.writeValueAsString(Map.of("agencies", agencyChart(agencies)))));
    common(official, model);
    return "dashboard";
  }

  /**
   * Answers 204 to whoever may read the dashboards (the filter chain refuses the others): the
   * webapps' header asks it before showing its "Bảng điều khiển" link.
   */
  @GetMapping(PATH + "/quyen-xem")
  ResponseEntity<Void> mayRead() {
    return ResponseEntity.noContent().build();
  }

  @GetMapping(PATH + "/xuat-excel")
  ResponseEntity<byte[]> overviewWorkbook() throws IOException {
    List<PlanBoard> plans = boards.all();
    try (BoardWorkbook workbook = new BoardWorkbook(zone)) {
      return download(workbook.plans(plans).agencies(boards.agencies(plans)).bytes(),
          "bang-dieu-khien-" + today() + ".xlsx");
    }
  }

  @GetMapping(PATH + "/{planId}")
  String plan(@PathVariable String planId, @RequestParam(name = "don-vi", required = false) String agency,
      @RequestParam(name = "trang-thai", required = false) String state,
      @RequestParam(name = "thang", required = false) String month, Official official, Model model,
      HttpServletResponse response) throws JsonProcessingException {
    common(official, model);
    Optional<PlanBoard> found = boards.of(planId);
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("planId", planId);
      return "dashboard-missing";
    }
    PlanBoard plan = found.get();
    Map<String, String> agencies = taskAgencies(plan);
    TaskFilter filter = filter(agencies, agency, state, month);
    model.addAttribute("plan", plan);
    model.addAttribute("filter", filter);
    model.addAttribute("tasks", plan.tasks().stream().filter(filter::matches).toList());
    model.addAttribute("taskAgencies", agencies);
    model.addAttribute("states", TaskState.values());
    model.addAttribute("months", new TreeSet<>(plan.tasks().stream().map(TaskLine::month)
        .filter(m -> !m.isEmpty()).toList()));
    model.addAttribute("trailPath", PATH + "/" + planId + "/nhat-ky");
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("title", plan.title());
    chart.put("today", ISO_DAY.format(EngineClock.instant().atZone(zone)));
    chart.put("stages", stageChart(plan.stages()));
    chart.put("agencies", agencyChart(plan.agencies()));
    model.addAttribute("chartData", safe(json.writeValueAsString(chart)));
    return "dashboard-plan";
  }

  @GetMapping(PATH + "/{planId}/xuat-excel")
  ResponseEntity<byte[]> planWorkbook(@PathVariable String planId,
      @RequestParam(name = "don-vi", required = false) String agency,
      @RequestParam(name = "trang-thai", required = false) String state,
      @RequestParam(name = "thang", required = false) String month) throws IOException {
    Optional<PlanBoard> found = boards.of(planId);
    if (found.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain",
          StandardCharsets.UTF_8)).body(("Không có kế hoạch " + planId + ".").getBytes(StandardCharsets.UTF_8));
    }
    PlanBoard plan = found.get();
    TaskFilter filter = filter(taskAgencies(plan), agency, state, month);
    try (BoardWorkbook workbook = new BoardWorkbook(zone)) {
      return download(workbook.stages(plan.stages()).agencies(plan.agencies())
          .tasks(plan.tasks().stream().filter(filter::matches).toList()).bytes(),
          "bang-dieu-khien-ke-hoach-" + planId + "-" + today() + ".xlsx");
    }
  }

  private void common(Official official, Model model) {
    model.addAttribute("admin", official != null && official.isAdmin());
    model.addAttribute("time", dueDates);
    model.addAttribute("echarts", ECHARTS);
    model.addAttribute("now", EngineClock.now());
  }

  /** @param agencies the plan's agencies ({@link #taskAgencies}), which an agency filter must name */
  private TaskFilter filter(Map<String, String> agencies, String agency, String state, String month) {
    List<String> errors = new ArrayList<>();
    String agencyId = agency == null ? "" : agency.trim();
    if (!agencyId.isEmpty() && !agencies.containsKey(agencyId)) {
      errors.add("Đơn vị “" + agencyId + "” không có việc nào trong kế hoạch này; đang hiện mọi đơn vị.");
      agencyId = "";
    }
    TaskState taskState = null;
    if (state != null && !state.isBlank()) {
      taskState = TaskState.fromSlug(state.trim()).orElse(null);
      if (taskState == null) {
        errors.add("Tình trạng “" + state.trim() + "” không có; đang hiện mọi tình trạng.");
      }
    }
    String yearMonth = month == null ? "" : month.trim();
    if (!yearMonth.isEmpty()) {
      try {
        yearMonth = YearMonth.parse(yearMonth).toString();
      } catch (DateTimeParseException e) {
        errors.add("Tháng “" + yearMonth + "” không đúng dạng năm-tháng (ví dụ 2026-03); đang hiện mọi tháng.");
        yearMonth = "";
      }
    }
    return new TaskFilter(agencyId, taskState, yearMonth, errors);
  }

  /** The agencies a plan's tasks name, leads and coordinating, by id, in name order. */
  private static Map<String, String> taskAgencies(PlanBoard plan) {
    Map<String, String> agencies = new java.util.TreeMap<>();
    plan.tasks().forEach(task -> {
      if (!task.agencyId().isEmpty()) {
        agencies.put(task.agencyId(), task.agencyName());
      }
    });
    Map<String, String> byName = new LinkedHashMap<>();
    agencies.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
    return byName;
  }

  private List<Map<String, Object>> stageChart(List<StageLine> stages) {
    return stages.stream().map(stage -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("label", stage.label());
      line.put("planned", day(stage.planned()));
      line.put("start", day(stage.start()));
      line.put("end", day(stage.end()));
      line.put("state", stage.state().label());
      line.put("colour", stage.state().colour());
      return line;
    }).toList();
  }

  private static List<Map<String, Object>> agencyChart(List<AgencyLine> agencies) {
    return agencies.stream().limit(30).map(agency -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("name", agency.agencyName());
      line.put("doneOnTime", agency.doneOnTime());
      line.put("doneLate", agency.doneLate());
      line.put("open", agency.open() - agency.dueSoon());
      line.put("dueSoon", agency.dueSoon());
      line.put("overdue", agency.overdue());
      return line;
    }).toList();
  }

  private String day(Date date) {
    return date == null ? null : ISO_DAY.format(date.toInstant().atZone(zone));
  }

  private String today() {
    return ISO_DAY.format(LocalDate.ofInstant(EngineClock.instant(), zone));
  }

  /** JSON inside a {@code <script type="application/json">}: no "<" may close the element early. */
  private static String safe(String jsonText) {
    return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static ResponseEntity<byte[]> download(byte[] bytes, String fileName) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(XLSX))
        .body(bytes);
  }
}
