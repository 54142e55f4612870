package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.DOCUMENTS_URL;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY_NAME;
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
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import vn.planflow.engine.EngineClock;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
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

  private final PlanTableReader reader;
  private final PlanTaskTable table;
  private final AgencyDirectory directory;
  private final RuntimeService runtimeService;
  private final PlanProperties properties;

  PlanImport(PlanTableReader reader, PlanTaskTable table, AgencyDirectory directory, RuntimeService runtimeService,
      PlanProperties properties) {
    this.reader = reader;
    this.table = table;
    this.directory = directory;
    this.runtimeService = runtimeService;
    this.properties = properties;
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
    String lead = blank(leadAgency) ? properties.defaultLeadAgency() : leadAgency.trim();
    String every = blank(reportEvery) ? properties.defaultReportEvery() : reportEvery.trim();
    List<ImportError> errors = new ArrayList<>();
    if (blank(title)) {
      errors.add(new ImportError(0, "title", "Vui lòng nhập tên kế hoạch (title)."));
    }
    if (directory.find(lead).isEmpty()) {
      errors.add(new ImportError(0, "leadAgency", "Không có đơn vị mã \"" + lead + "\" trong danh mục đơn vị."));
    }
    if (!IsoDurations.isPositive(every)) {
      errors.add(new ImportError(0, "reportEvery", "\"" + every + "\" không phải là chu kỳ ISO-8601 dương "
          + "(ví dụ P6M là sáu tháng, P3M là một quý)."));
    }
    if (content == null) {
      errors.add(new ImportError(0, "file", "Vui lòng chọn tệp bảng nhiệm vụ (CSV hoặc XLSX)."));
    } else if (content.length > properties.maxFileSize().toBytes()) {
      errors.add(new ImportError(0, "file", "Tệp quá lớn (" + content.length / 1024 + " KB); giới hạn là "
          + properties.maxFileSize().toKilobytes() + " KB."));
    }
    ParsedPlan plan = null;
    if (errors.stream().noneMatch(error -> "file".equals(error.column()))) {
      try {
        // with an unknown lead the table is still read, so that all its problems are listed too
        plan = reader.read(filename, content, directory.find(lead).isPresent() ? lead : properties.defaultLeadAgency());
      } catch (PlanImportException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new PlanImportException(errors);
    }
    String digest = digest(content);
    if (!confirmed) {
      ProcessInstance existing = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcesses.Plan.KEY)
          .variableValueEquals(TABLE_DIGEST, digest).listPage(0, 1).stream().findFirst().orElse(null);
      if (existing != null) {
        throw new DuplicatePlanException(existing.getId(),
            String.valueOf(runtimeService.getVariable(existing.getId(), TITLE)));
      }
    }
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PlanProcesses.Plan.KEY, Variables.createVariables()
        .putValue(TITLE, title.trim())
        .putValue(LEAD_AGENCY, lead)
        .putValue(LEAD_AGENCY_NAME, directory.name(lead))
        .putValue(REPORT_EVERY, every)
        .putValue(TASK_COUNT, plan.rows().size())
        .putValue(TABLE_DIGEST, digest)
        .putValue(PLAN_STARTED_AT, EngineClock.now())
        .putValue(DOCUMENTS_URL, "")
        .putValue(PLAN_TASKS, table.toVariable(plan.rows())));
    return new StartedPlan(instance.getId(), plan.rows().size());
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
