package vn.planflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.names.ProcessNames;

/**
 * Reads a plan's task table from an uploaded CSV or XLSX file (contract: "Plans carried out"),
 * as offices write it: title lines above the header, headers as the seeds print them and close
 * variants, Excel's CSV (UTF-8 with or without BOM, {@code ;} or {@code ,}, quoted cells with
 * line breaks), agencies by name, alias or collective, deadlines in every shape of
 * {@link DeadlineParser}. Entirely blank rows are skipped. Every problem of the file is
 * collected; the table is read only when there is none.
 */
@Component
public class PlanTableReader {

  /** The plan's lead when the upload names none (contract: {@code leadAgency} defaults to it). */
  public static final String DEFAULT_PLAN_LEAD = ProcessNames.Agencies.SO_TTTT;

  static final String WRONG_TYPE = "Chỉ nhận tệp CSV hoặc XLSX";

  private final AgencyMatcher matcher;
  private final AgencyDirectory directory;
  private final DeadlineParser deadlines;

  public PlanTableReader(AgencyMatcher matcher, AgencyDirectory directory, DeadlineParser deadlines) {
    this.matcher = matcher;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  /** Reads a table whose collectives-only lead cells go to {@link #DEFAULT_PLAN_LEAD}. */
  public ParsedPlan read(String filename, byte[] content) {
    return read(filename, content, DEFAULT_PLAN_LEAD);
  }

  /**
   * @param filename the uploaded file's name: {@code .csv} or {@code .xlsx} decides how it is read
   * @param planLead the id of the plan's lead agency, who leads the tasks whose lead cell names only
   *     collectives ("Các sở, ban, ngành liên quan")
   * @throws PlanImportException listing every problem of the file
   */
  public ParsedPlan read(String filename, byte[] content, String planLead) {
    if (directory.find(planLead).isEmpty()) {
      throw PlanImportException.of(0, "leadAgency", UnknownAgencyException.message(String.valueOf(planLead)));
    }
    String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
    List<SheetRow> rows;
    if (name.endsWith(".csv")) {
      rows = CsvRows.read(filename, content == null ? new byte[0] : content);
    } else if (name.endsWith(".xlsx")) {
      rows = XlsxRows.read(filename, content == null ? new byte[0] : content);
    } else {
      throw PlanImportException.ofFile(WRONG_TYPE);
    }
    return table(rows, planLead);
  }

  private ParsedPlan table(List<SheetRow> rows, String planLead) {
    if (rows.stream().allMatch(SheetRow::blank)) {
      throw PlanImportException.ofFile("Tệp trống: không có bảng nhiệm vụ nào");
    }
    Optional<TableHeader> found = TableHeader.find(rows);
    if (found.isEmpty()) {
      int first = rows.stream().filter(row -> !row.blank()).findFirst().map(SheetRow::number).orElse(1);
      throw new PlanImportException(new TableHeader(first, Map.of(), Map.of()).missingColumns());
    }
    TableHeader header = found.get();
    List<ImportError> errors = new ArrayList<>(header.missingColumns());
    TableRowReader reader = new TableRowReader(matcher, directory, deadlines, header, planLead);
    List<PlanRow> tasks = new ArrayList<>();
    boolean anyTask = false;
    for (SheetRow row : rows) {
      if (row.number() <= header.row() || row.blank()) {
        continue;
      }
      anyTask = true;
      PlanRow task = reader.read(row);
      if (task != null) {
        tasks.add(task);
      }
    }
    errors.addAll(reader.errors());
    if (!anyTask) {
      errors.add(new ImportError(header.row(), "", "Bảng không có nhiệm vụ nào: dưới dòng tiêu đề không có dòng "
          + "dữ liệu"));
    }
    if (!errors.isEmpty()) {
      throw new PlanImportException(errors);
    }
    return new ParsedPlan(tasks);
  }
}
