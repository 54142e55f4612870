package vn.planflow.plan;

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

  private final AgencyMatcher matcher;
  private final AgencyDirectory directory;
  private final DeadlineParser deadlines;
  private final TableHeader header;
  private final String planLead;
  private final List<ImportError> errors = new ArrayList<>();
  private final Map<String, Integer> rowsByCode = new HashMap<>();

  TableRowReader(AgencyMatcher matcher, AgencyDirectory directory, DeadlineParser deadlines, TableHeader header,
      String planLead) {
    this.matcher = matcher;
    this.directory = directory;
    this.deadlines = deadlines;
    this.header = header;
    this.planLead = planLead;
  }

  List<ImportError> errors() {
    return errors;
  }

  /** The task of a non-blank row under the header, or {@code null} when the row has problems. */
  PlanRow read(SheetRow row) {
    int before = errors.size();
    String code = header.cell(row, PlanColumn.NUMBER).replaceAll("\\s+", " ").replaceAll("[.)]+$", "").strip();
    String title = header.cell(row, PlanColumn.NAME);
    String leadText = header.cell(row, PlanColumn.LEAD);
    if (code.isEmpty()) {
      error(row, PlanColumn.NUMBER, "Thiếu số thứ tự của nhiệm vụ");
    } else {
      Integer first = rowsByCode.putIfAbsent(PlanText.fold(code), row.number());
      if (first != null) {
        error(row, PlanColumn.NUMBER, "Số thứ tự \"" + code + "\" trùng với nhiệm vụ ở dòng " + first);
      }
    }
    if (title.isEmpty() && header.has(PlanColumn.NAME)) {
      error(row, PlanColumn.NAME, "Thiếu tên nhiệm vụ");
    }
    Set<String> coordinating = new LinkedHashSet<>();
    String lead = null;
    if (leadText.isEmpty() && header.has(PlanColumn.LEAD)) {
      error(row, PlanColumn.LEAD, "Thiếu đơn vị chủ trì");
    } else if (header.has(PlanColumn.LEAD)) {
      lead = lead(row, agencies(row, PlanColumn.LEAD, leadText), coordinating);
    }
    for (AgencyMention mention : agencies(row, PlanColumn.COORDINATING, header.cell(row, PlanColumn.COORDINATING))) {
      coordinating.addAll(mention.agencyIds());
    }
    String deadlineText = header.cell(row, PlanColumn.DEADLINE);
    Deadline deadline = Deadline.continuous();
    try {
      deadline = deadlines.parse(deadlineText);
    } catch (IllegalArgumentException e) {
      error(row, PlanColumn.DEADLINE, e.getMessage());
    }
    for (PlanColumn column : List.of(PlanColumn.NUMBER, PlanColumn.NAME, PlanColumn.EXPECTED_RESULT,
        PlanColumn.DEADLINE)) {
      String cell = header.cell(row, column);
      if (cell.length() > EngineTexts.MAX) {
        error(row, column, "Nội dung dài " + cell.length() + " ký tự, vượt quá " + EngineTexts.MAX
            + " ký tự mà hệ thống lưu được; hãy rút gọn (văn bản đầy đủ đính kèm ở trang tài liệu của kế hoạch)");
      }
    }
    if (errors.size() > before || lead == null) {
      return null;
    }
    coordinating.remove(lead);
    coordinating.removeIf(id -> directory.find(id).map(agency -> !agency.type().receivesTasks()).orElse(true));
    return new PlanRow(row.number(), code, title, lead, List.copyOf(coordinating),
        header.cell(row, PlanColumn.EXPECTED_RESULT), deadlineText, deadline);
  }

  /**
   * The first single agency the lead cell names leads; whatever else it names contributes. A cell
   * of collectives only ("Các sở, ban, ngành") is led by the plan's lead, who follows it up.
   */
  private String lead(SheetRow row, List<AgencyMention> mentions, Set<String> coordinating) {
    String lead = null;
    for (AgencyMention mention : mentions) {
      if (lead == null && mention.kind() == AgencyMention.Kind.AGENCY) {
        lead = mention.agencyIds().get(0);
        if (!directory.get(lead).type().receivesTasks()) {
          error(row, PlanColumn.LEAD, "Đơn vị chủ trì \"" + mention.text() + "\" là cơ quan ngoài tỉnh, không nhận "
              + "nhiệm vụ trong Planflow");
        }
      } else {
        coordinating.addAll(mention.agencyIds());
      }
    }
    return lead != null ? lead : planLead;
  }

  private List<AgencyMention> agencies(SheetRow row, PlanColumn column, String cell) {
    List<AgencyMention> mentions = matcher.mentions(cell);
    for (AgencyMention mention : mentions) {
      if (mention.kind() == AgencyMention.Kind.UNKNOWN) {
        error(row, column, UnknownAgencyException.message(mention.text()));
      } else if (mention.kind() == AgencyMention.Kind.AMBIGUOUS) {
        error(row, column, "Tên \"" + mention.text() + "\" ứng với nhiều đơn vị trong danh mục ("
            + String.join(", ", mention.agencyIds()) + "); hãy ghi tên đầy đủ của đơn vị");
      }
    }
    return mentions;
  }

  private void error(SheetRow row, PlanColumn column, String message) {
    errors.add(new ImportError(row.number(), header.name(column), message));
  }
}
