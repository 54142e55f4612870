package vn.planflow.plan;

import vn.planflow.time.DateTexts;

import static vn.planflow.plan.PlanProcesses.Vars.DOCUMENTS_URL;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY_NAME;
import static vn.planflow.plan.PlanProcesses.Vars.PLAN_DATE;
import static vn.planflow.plan.PlanProcesses.Vars.PLAN_STARTED_AT;
import static vn.planflow.plan.PlanProcesses.Vars.PLAN_TASKS;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_EVERY;
import static vn.planflow.plan.PlanProcesses.Vars.TABLE_DIGEST;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_COUNT;
import static vn.planflow.plan.PlanProcesses.Vars.TITLE;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import vn.planflow.engine.EngineClock;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.time.IsoDurations;

/**
 * Imports a plan's task table: reads it whole, and only when every row is good starts one
 * {@code plan-implementation} instance, which starts a {@code plan-task} instance a row, all in
 * one transaction: a table with any problem, or a failure half-way, leaves nothing behind.
 */
@Service
public class PlanImport {

  /** The plan started: its process instance and how many tasks it tracks. */
  public record StartedPlan(String processInstanceId, int taskCount) {
  }

  /**
   * An upload: the table and what the form or the API gave (all optional but the file and title).
   *
   * @param planDate the plan's date as yyyy-MM-dd (or dd/MM/yyyy); default today
   * @param planYear the year of a yearly plan; default read from the table's heading or the title
   * @param confirmed import even a table that is already running as a plan
   */
  public record Request(String filename, byte[] content, String title, String leadAgency, String reportEvery,
      String planDate, String planYear, boolean confirmed, String code) {

    public Request(String filename, byte[] content, String title, String leadAgency, String reportEvery,
        String planDate, String planYear, boolean confirmed) {
      this(filename, content, title, leadAgency, reportEvery, planDate, planYear, confirmed, null);
    }
  }

  /** A plan's number as documents print it: "507/KH-UBND", "1004 /KH-UBND". */
  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("(\\d+)\\s*/\\s*((?:KH|QĐ|NQ|CT)[-A-ZĐ]*)");

  private final PlanTableReader reader;
  private final PlanTaskTable table;
  private final AgencyDirectory directory;
  private final RuntimeService runtimeService;
  private final PlanProperties properties;
  private final PlanImportNotices notices;

  PlanImport(PlanTableReader reader, PlanTaskTable table, AgencyDirectory directory, RuntimeService runtimeService,
      PlanProperties properties, PlanImportNotices notices) {
    this.reader = reader;
    this.table = table;
    this.directory = directory;
    this.runtimeService = runtimeService;
    this.properties = properties;
    this.notices = notices;
  }

  /**
   * @throws PlanImportException listing every problem of the request and the table; nothing is created
   */
  @Transactional
  public StartedPlan start(String filename, byte[] content, String title, String leadAgency, String reportEvery) {
    return start(filename, content, title, leadAgency, reportEvery, false);
  }

  /**
   * @param confirmed import even a table that is already running as a plan
   * @throws DuplicatePlanException for such a table, unless confirmed
   */
  @Transactional
  public StartedPlan start(String filename, byte[] content, String title, String leadAgency, String reportEvery,
      boolean confirmed) {
    return start(new Request(filename, content, title, leadAgency, reportEvery, null, null, confirmed));
  }

  /**
   * Starts the plan, its tasks, and the overdue notices of rows already past due (one per agency).
   *
   * @throws PlanImportException listing every problem of the request and the table; nothing is created
   * @throws DuplicatePlanException for a table already running as a plan, unless confirmed
   */
  @Transactional
  public StartedPlan start(Request request) {
    return start(request, Map.of());
  }

  /**
   * {@link #start(Request)}, the plan carrying also {@code links} (the resolution it implements, say).
   */
  @Transactional
  public StartedPlan start(Request request, Map<String, Object> links) {
    Read read = read(request);
    if (!request.confirmed() && read.existingPlan() != null) {
      throw new DuplicatePlanException(read.existingPlan(),
          String.valueOf(runtimeService.getVariable(read.existingPlan(), TITLE)));
    }
    JsonValue tasks = table.toVariable(read.plan().rows());
    int taskCount = PlanTaskTable.count(tasks);
    VariableMap variables = Variables.createVariables();
    variables.putAll(links);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PlanProcesses.Plan.KEY,
        businessKey(request), variables
        .putValue(TITLE, request.title().trim())
        .putValue(LEAD_AGENCY, read.lead())
        .putValue(LEAD_AGENCY_NAME, directory.name(read.lead()))
        .putValue(REPORT_EVERY, read.every())
        .putValue(TASK_COUNT, taskCount)
        .putValue(TABLE_DIGEST, read.digest())
        .putValue(PLAN_STARTED_AT, EngineClock.now())
        .putValue(PLAN_DATE, read.context().planDate().toString())
        .putValue(DOCUMENTS_URL, "")
        .putValue(PLAN_TASKS, tasks));
    notices.overdueAtImport(instance.getId(), request.title().trim(), read.context().today());
    return new StartedPlan(instance.getId(), taskCount);
  }

  /**
   * What {@link #start(Request)} would create, creating nothing.
   *
   * @throws PlanImportException listing every problem of the request and the table
   */
  @Transactional(readOnly = true)
  public PlanPreview preview(Request request) {
    Read read = read(request);
    List<PlanPreview.Row> rows = new ArrayList<>();
    List<PlanPreview.Warning> warnings = new ArrayList<>();
    Map<String, int[]> perAgency = new LinkedHashMap<>();
    for (PlanRow row : read.plan().rows()) {
      boolean pastDue = row.deadline().due() != null && row.deadline().due().isBefore(read.context().today());
      for (String lead : row.leadAgencies()) {
        int[] counts = perAgency.computeIfAbsent(lead, id -> new int[2]);
        counts[0]++;
        counts[1] += pastDue ? 1 : 0;
      }
      rows.add(new PlanPreview.Row(row.row(), row.position(), row.code(), row.key(), row.title(), row.leadAgencies(),
          row.leadAgencies().stream().map(directory::name).toList(), row.coordinatingAgencies().size(),
          row.deadlineText(), row.deadline().kind().id(),
          row.deadline().due() == null ? null : row.deadline().due().toString(), row.readings(), row.warnings()));
      row.warnings().forEach(warning -> warnings.add(new PlanPreview.Warning(row.row(), row.code(), warning)));
    }
    List<PlanPreview.AgencyTasks> agencies = perAgency.entrySet().stream()
        .map(entry -> new PlanPreview.AgencyTasks(entry.getKey(), directory.name(entry.getKey()), entry.getValue()[0],
            entry.getValue()[1]))
        .sorted(Comparator.comparingInt(PlanPreview.AgencyTasks::tasks).reversed()).toList();
    agencies.stream().filter(agency -> agency.pastDue() > 1).forEach(agency -> warnings.add(
        new PlanPreview.Warning(0, "", agency.agencyName() + " nhận " + agency.pastDue() + " nhiệm vụ đã quá hạn vào "
            + "ngày nhập; đơn vị nhận một thư báo quá hạn chung cho các nhiệm vụ này, không phải một thư cho mỗi "
            + "nhiệm vụ")));
    if (read.existingPlan() != null) {
      warnings.add(new PlanPreview.Warning(0, "", "Bảng này đã được nhập thành một kế hoạch đang thực hiện ("
          + runtimeService.getVariable(read.existingPlan(), TITLE) + ")"));
    }
    return new PlanPreview(request.title().trim(), read.lead(), directory.name(read.lead()),
        read.context().planDate().toString(), read.plan().planYear(), rows.size(), read.plan().taskCount(), rows,
        agencies, warnings, read.existingPlan());
  }

  private record Read(String lead, String every, PlanContext context, ParsedPlan plan, String digest,
      String existingPlan) {
  }

  private Read read(Request request) {
    List<ImportError> errors = new ArrayList<>();
    LocalDate today = directory.today();
    LocalDate planDate = today;
    if (!blank(request.planDate())) {
      try {
        planDate = DateTexts.day(request.planDate().trim());
      } catch (IllegalArgumentException e) {
        errors.add(new ImportError(0, "planDate", "\"" + request.planDate() + "\" không phải là ngày (yyyy-MM-dd "
            + "hoặc dd/MM/yyyy)."));
      }
    }
    Integer planYear = null;
    if (!blank(request.planYear())) {
      try {
        planYear = Integer.valueOf(request.planYear().trim());
        if (planYear < 2000 || planYear > 2100) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        planYear = null;
        errors.add(new ImportError(0, "planYear", "\"" + request.planYear() + "\" không phải là một năm (ví dụ 2024)."));
      }
    } else {
      planYear = PlanTableReader.yearOf(request.title());
    }
    String lead = blank(request.leadAgency()) ? directory.inChargeOfDigitalTransformation(planDate)
        : request.leadAgency().trim();
    String every = blank(request.reportEvery()) ? properties.defaultReportEvery() : request.reportEvery().trim();
    if (blank(request.title())) {
      errors.add(new ImportError(0, "title", "Vui lòng nhập tên kế hoạch (title)."));
    }
    if (directory.find(lead).isEmpty()) {
      errors.add(new ImportError(0, "leadAgency", "Không có đơn vị mã \"" + lead + "\" trong danh mục đơn vị."));
    } else if (!directory.isValid(lead, planDate)) {
      errors.add(new ImportError(0, "leadAgency", directory.name(lead) + " không có hiệu lực vào ngày của kế hoạch ("
          + DateTexts.format(planDate) + ")" + carriedOn(lead, planDate) + "."));
    }
    if (!IsoDurations.isPositive(every)) {
      errors.add(new ImportError(0, "reportEvery", "\"" + every + "\" không phải là chu kỳ ISO-8601 dương "
          + "(ví dụ P6M là sáu tháng, P3M là một quý)."));
    }
    byte[] content = request.content();
    if (content == null) {
      errors.add(new ImportError(0, "file", "Vui lòng chọn tệp bảng nhiệm vụ (CSV hoặc XLSX)."));
    } else if (content.length > properties.maxFileSize().toBytes()) {
      errors.add(new ImportError(0, "file", "Tệp quá lớn (" + content.length / 1024 + " KB); giới hạn là "
          + properties.maxFileSize().toKilobytes() + " KB."));
    }
    PlanContext context = new PlanContext(directory.isValid(lead, planDate) ? lead
        : directory.inChargeOfDigitalTransformation(planDate), planDate, planYear, today);
    ParsedPlan plan = null;
    if (errors.stream().noneMatch(error -> "file".equals(error.column()) || "planDate".equals(error.column()))) {
      try {
        // with a wrong lead the table is still read, so that all its problems are listed too
        plan = reader.read(request.filename(), content, context);
      } catch (PlanImportException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new PlanImportException(errors);
    }
    String digest = digest(content);
    String existing = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcesses.Plan.KEY)
        .variableValueEquals(TABLE_DIGEST, digest).listPage(0, 1).stream().findFirst().map(ProcessInstance::getId)
        .orElse(null);
    return new Read(lead, every, new PlanContext(lead, planDate, plan.planYear(), today), plan, digest, existing);
  }

  /**
   * The plan instance's business key, what Cockpit and the history show of it: the plan's number
   * ("507/KH-UBND"), given or found in the title; otherwise the title's first words.
   */
  static String businessKey(Request request) {
    if (!blank(request.code())) {
      return request.code().trim();
    }
    java.util.regex.Matcher code = CODE.matcher(request.title());
    if (code.find()) {
      return code.group(1) + "/" + code.group(2);
    }
    return PlanTaskNames.shortTitle(request.title().trim());
  }

  private String carriedOn(String lead, LocalDate day) {
    List<String> successors = directory.carriedOnBy(lead, day);
    return successors.isEmpty() ? "" : "; công việc của đơn vị do " + successors.stream().map(directory::name)
        .collect(Collectors.joining(", ")) + " đảm nhận";
  }

  private static String digest(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
