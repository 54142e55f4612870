package vn.planflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyDirectory;

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

  private static final Pattern YEAR_OF_PLAN = Pattern.compile("(?<!den |toi |giai doan |dinh huong )nam (\\d{4})");

  static final String WRONG_TYPE = "Chỉ nhận tệp CSV hoặc XLSX";

  private final AgencyMatcher matcher;
  private final AgencyDirectory directory;
  private final DeadlineParser deadlines;

  public PlanTableReader(AgencyMatcher matcher, AgencyDirectory directory, DeadlineParser deadlines) {
    this.matcher = matcher;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  /** Reads a table as of today, led by the agency in charge of digital transformation today. */
  public ParsedPlan read(String filename, byte[] content) {
    return read(filename, content, directory.inChargeOfDigitalTransformation(directory.today()));
  }

  /** Reads a table as of today. */
  public ParsedPlan read(String filename, byte[] content, String planLead) {
    return read(filename, content, new PlanContext(planLead, directory.today(), null, directory.today()));
  }

  /**
   * @param filename the uploaded file's name: {@code .csv} or {@code .xlsx} decides how it is read
   * @param context the plan's lead, date and year; a yearly plan's year, when not given, is read
   *     from the lines above the table's header ("DANH MỤC … TRIỂN KHAI NĂM 2024")
   * @throws PlanImportException listing every problem of the file
   */
  /** Whether {@code filename} names a table this reader reads (.csv or .xlsx). */
  public static boolean isTable(String filename) {
    String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".xlsx");
  }

  public ParsedPlan read(String filename, byte[] content, PlanContext context) {
    if (directory.find(context.planLead()).isEmpty()) {
      throw PlanImportException.of(0, "leadAgency",
          UnknownAgencyException.message(String.valueOf(context.planLead())));
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
    return table(rows, context);
  }

  /** The year of a yearly plan named in a text ("… năm 2024"), not an end ("đến năm 2030"). */
  static Integer yearOf(String text) {
    Matcher year = YEAR_OF_PLAN.matcher(PlanText.fold(text == null ? "" : text));
    Integer found = null;
    while (year.find()) {
      if (found != null && found != Integer.parseInt(year.group(1))) {
        return null; // several years: a plan of a period, not of one year
      }
      found = Integer.parseInt(year.group(1));
    }
    return found;
  }

  private ParsedPlan table(List<SheetRow> rows, PlanContext given) {
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
    PlanContext context = given;
    if (context.planYear() == null) {
      StringBuilder above = new StringBuilder();
      rows.stream().filter(row -> row.number() < header.row()).forEach(row -> above.append(row.text()).append('\n'));
      context = new PlanContext(given.planLead(), given.planDate(), yearOf(above.toString()), given.today());
    }
    TableRowReader reader = new TableRowReader(matcher, directory, deadlines, header, context);
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
    return new ParsedPlan(tasks, context.planYear());
  }
}
