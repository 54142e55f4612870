package vn.planflow.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.refusal.EngineTexts;

/** Turns the rows under a {@link TableHeader} into {@link PlanRow}s, collecting every problem. */
final class TableRowReader {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final AgencyMatcher matcher;
  private final AgencyDirectory directory;
  private final DeadlineParser deadlines;
  private final TableHeader header;
  private final PlanContext context;
  private final List<ImportError> errors = new ArrayList<>();
  private final Map<String, Integer> occurrences = new HashMap<>();
  private int position;

  TableRowReader(AgencyMatcher matcher, AgencyDirectory directory, DeadlineParser deadlines, TableHeader header,
      PlanContext context) {
    this.matcher = matcher;
    this.directory = directory;
    this.deadlines = deadlines;
    this.header = header;
    this.context = context;
  }

  List<ImportError> errors() {
    return errors;
  }

  /** The task of a non-blank row under the header, or {@code null} when the row has problems. */
  PlanRow read(SheetRow row) {
    int before = errors.size();
    position++;
    List<String> readings = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String code = header.cell(row, PlanColumn.NUMBER).replaceAll("\\s+", " ").replaceAll("[.)]+$", "").strip();
    String title = header.cell(row, PlanColumn.NAME);
    String leadText = header.cell(row, PlanColumn.LEAD);
    String key = code;
    if (code.isEmpty()) {
      error(row, PlanColumn.NUMBER, "Thiếu số thứ tự của nhiệm vụ");
    } else {
      int occurrence = occurrences.merge(PlanText.fold(code), 1, Integer::sum);
      if (occurrence > 1) {
        key = code + "#" + occurrence;
        warnings.add("Số thứ tự \"" + code + "\" đã dùng cho một nhiệm vụ trước; giữ nguyên như văn bản, nhiệm vụ "
            + "này được phân biệt là " + key);
      }
    }
    if (title.isEmpty() && header.has(PlanColumn.NAME)) {
      error(row, PlanColumn.NAME, "Thiếu tên nhiệm vụ");
    }
    Set<String> leads = new LinkedHashSet<>();
    if (leadText.isEmpty() && header.has(PlanColumn.LEAD)) {
      error(row, PlanColumn.LEAD, "Thiếu đơn vị chủ trì");
    } else if (header.has(PlanColumn.LEAD)) {
      leads(row, agencies(row, PlanColumn.LEAD, leadText, readings), leads, readings, warnings);
    }
    Set<String> coordinating = new LinkedHashSet<>();
    for (AgencyMention mention : agencies(row, PlanColumn.COORDINATING, header.cell(row, PlanColumn.COORDINATING),
        readings)) {
      coordinating.addAll(mention.agencyIds());
    }
    String deadlineText = header.cell(row, PlanColumn.DEADLINE);
    Deadline deadline = Deadline.continuous();
    try {
      deadline = deadlines.parse(deadlineText);
    } catch (IllegalArgumentException e) {
      error(row, PlanColumn.DEADLINE, e.getMessage());
    }
    deadline = defaultDeadline(row, title, deadlineText, deadline, readings, warnings);
    if (deadline.due() != null && deadline.due().isBefore(context.today())) {
      warnings.add("Đã quá hạn vào ngày nhập (hạn " + DAY.format(deadline.due()) + ")");
    }
    for (PlanColumn column : List.of(PlanColumn.NUMBER, PlanColumn.NAME, PlanColumn.EXPECTED_RESULT,
        PlanColumn.DEADLINE)) {
      String cell = header.cell(row, column);
      if (cell.length() > EngineTexts.MAX) {
        error(row, column, "Nội dung dài " + cell.length() + " ký tự, vượt quá " + EngineTexts.MAX
            + " ký tự mà hệ thống lưu được; hãy rút gọn (văn bản đầy đủ đính kèm ở trang tài liệu của kế hoạch)");
      }
    }
    if (errors.size() > before || leads.isEmpty()) {
      return null;
    }
    coordinating.removeAll(leads);
    coordinating.removeIf(id -> directory.find(id).map(agency -> !agency.type().receivesTasks()).orElse(true));
    if (leads.size() > 1 && !coordinating.isEmpty()) {
      readings.add("Các đơn vị phối hợp (" + coordinating.size() + ") đóng góp mỗi kỳ một lần cho dòng này, qua nhiệm "
          + "vụ của " + directory.name(leads.iterator().next()));
    }
    return new PlanRow(row.number(), position, code, key, title, List.copyOf(leads), List.copyOf(coordinating),
        header.cell(row, PlanColumn.EXPECTED_RESULT), deadlineText, deadline, readings, warnings);
  }

  /**
   * Every agency the lead cell names leads, with a task of its own: collectives and bodies count
   * for their agencies. A cell that names nobody valid on the plan's date ("Các cơ quan chủ trì
   * quản lý …", or only districts after they ended) is led by the plan's lead, who follows it up.
   */
  private void leads(SheetRow row, List<AgencyMention> mentions, Set<String> leads, List<String> readings,
      List<String> warnings) {
    for (AgencyMention mention : mentions) {
      if (!mention.resolved()) {
        continue;
      }
      for (String id : mention.agencyIds()) {
        if (directory.get(id).type().receivesTasks()) {
          leads.add(id);
        } else {
          error(row, PlanColumn.LEAD, "Đơn vị chủ trì \"" + mention.text() + "\" là cơ quan ngoài tỉnh, không nhận "
              + "nhiệm vụ trong Planflow");
        }
      }
    }
    if (leads.isEmpty() && mentions.stream().allMatch(AgencyMention::resolved)) {
      leads.add(context.planLead());
      warnings.add("Ô chủ trì \"" + PlanText.oneLine(header.cell(row, PlanColumn.LEAD)) + "\" không nêu đơn vị "
          + "nào có hiệu lực ngày " + DAY.format(context.planDate()) + "; cơ quan chủ trì kế hoạch ("
          + directory.name(context.planLead()) + ") theo dõi nhiệm vụ này");
    } else if (leads.size() > 1) {
      readings.add("Mỗi đơn vị chủ trì có nhiệm vụ riêng: " + leads.size() + " nhiệm vụ");
    }
  }

  /**
   * A row's deadline as the plan writes it. Without one in its column: a deadline written in
   * another column ("… theo quy định trước 15/12/2024" among the targets) is taken and flagged for
   * confirmation; a duty said to recur there ("1 số/quý") recurs; otherwise, in a yearly plan, the
   * row falls due at the end of the plan's year.
   */
  private Deadline defaultDeadline(SheetRow row, String title, String deadlineText, Deadline deadline,
      List<String> readings, List<String> warnings) {
    String elsewhere = header.cell(row, PlanColumn.EXPECTED_RESULT) + "\n" + title;
    if (!PlanText.isBlank(deadlineText)) {
      String written = "Thời hạn \"" + PlanText.oneLine(deadlineText) + "\": ";
      if (deadline.due() != null) {
        readings.add(written + (deadline.start() != null && deadline.kind() == DeadlineKind.WINDOW
            ? "từ " + DAY.format(deadline.start()) + " " : "") + "hạn " + DAY.format(deadline.due()));
      } else if (deadline.kind() == DeadlineKind.EVENT) {
        readings.add(written + "chờ sự kiện \"" + deadline.event() + "\"" + (deadline.start() == null ? ""
            : ", bảo đảm từ ngày " + DAY.format(deadline.start())));
      } else if (deadline.recurrence() != null) {
        readings.add(written + "nhiệm vụ định kỳ, báo cáo mỗi " + period(deadline.recurrence()));
      } else if (deadline.start() != null) {
        readings.add(written + "thường xuyên từ ngày " + DAY.format(deadline.start()));
      } else {
        java.util.Optional<String> recurrence = deadlines.findRecurrence(elsewhere);
        if (recurrence.isPresent()) {
          readings.add(written + "nhiệm vụ định kỳ (theo nội dung), báo cáo mỗi " + period(recurrence.get()));
          return Deadline.recurring(recurrence.get());
        }
      }
      return deadline;
    }
    java.util.Optional<DeadlineParser.Found> found = deadlines.find(elsewhere);
    if (found.isPresent()) {
      Deadline written = found.get().deadline();
      warnings.add("Cột thời hạn để trống; thời hạn \"" + found.get().phrase() + "\" tìm thấy trong nội dung được "
          + "dùng (hạn " + DAY.format(written.due()) + "): cần xác nhận");
      readings.add("Thời hạn lấy từ nội dung: \"" + found.get().phrase() + "\", hạn " + DAY.format(written.due()));
      return written;
    }
    java.util.Optional<String> recurrence = deadlines.findRecurrence(elsewhere);
    if (recurrence.isPresent()) {
      readings.add("Không ghi thời hạn; nhiệm vụ định kỳ (theo nội dung), báo cáo mỗi " + period(recurrence.get()));
      return Deadline.recurring(recurrence.get());
    }
    if (context.planYear() != null) {
      LocalDate yearEnd = LocalDate.of(context.planYear(), 12, 31);
      readings.add("Không ghi thời hạn: hạn cuối năm kế hoạch, " + DAY.format(yearEnd));
      return Deadline.fixed(yearEnd);
    }
    return deadline;
  }

  private static String period(String iso) {
    return switch (iso) {
      case "P1Y" -> "năm";
      case "P6M" -> "6 tháng";
      case "P3M" -> "quý";
      case "P1M" -> "tháng";
      default -> iso;
    };
  }

  private List<AgencyMention> agencies(SheetRow row, PlanColumn column, String cell, List<String> readings) {
    List<AgencyMention> mentions = matcher.mentions(cell, context.planDate());
    for (AgencyMention mention : mentions) {
      if (mention.kind() == AgencyMention.Kind.UNKNOWN) {
        error(row, column, UnknownAgencyException.message(mention.text()));
      } else if (mention.kind() == AgencyMention.Kind.AMBIGUOUS) {
        error(row, column, "Tên \"" + mention.text() + "\" ứng với nhiều đơn vị trong danh mục ("
            + String.join(", ", mention.agencyIds()) + "); hãy ghi tên đầy đủ của đơn vị");
      } else if (mention.kind() == AgencyMention.Kind.NOT_YET) {
        error(row, column, "Đơn vị \"" + mention.text() + "\" chưa có vào ngày của kế hoạch ("
            + DAY.format(context.planDate()) + "): " + mention.note());
      } else if (!mention.note().isEmpty()) {
        readings.add(header.name(column) + ": \"" + mention.text() + "\" → " + mention.note());
      }
    }
    return mentions;
  }

  private void error(SheetRow row, PlanColumn column, String message) {
    errors.add(new ImportError(row.number(), header.name(column), message));
  }
}
