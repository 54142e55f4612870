package vn.planflow.review;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer table a plan's dossier carries ("Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý"):
 * every comment, grouped by section, with the lead's answer; the agencies that agreed without
 * comment and those that never answered.
 *
 * @param leadName the lead agency, which signs the table
 * @param agreed the agencies that agreed with the draft (không có ý kiến)
 * @param late the surveyed agencies that never answered (chưa góp ý)
 */
public record CommentTable(String planId, String planTitle, String leadName, LocalDate date, List<Section> sections,
    List<String> agreed, List<String> late, DraftReview.Counts counts) {

  /** The comments on one section of the drafts. */
  public record Section(String key, String label, List<Row> rows) {
  }

  /** One comment and its answer; {@code number} runs through the whole table. */
  public record Row(int number, long commentId, String agencyId, String source, String content, String proposal,
      Decision decision, String answer) {

    /** The answer as the table writes it: "Tiếp thu: …", "Giải trình: …", or that none is given yet. */
    public String answerText() {
      return decision == null ? "Chưa trả lời" : decision.label() + ": " + answer;
    }

    /** The comment as the table writes it, with the wording proposed. */
    public String contentText() {
      return proposal == null || proposal.isBlank() ? content : content + "\nĐề xuất sửa: " + proposal;
    }
  }
}
