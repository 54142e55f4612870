package vn.planflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.planflow.review.DraftComparison.Change;
import vn.planflow.review.DraftComparison.SectionChange;

/**
 * Two versions of the Nghệ An draft resolution compared section by section, as the lead and the
 * agencies see them after a round of comments: every section with its fate, in the later
 * version's order, a removed section where it stood in the earlier one.
 */
class DraftComparisonTest {

  private static Draft read(byte[] docx) {
    return DraftReader.read(new ByteArrayInputStream(docx));
  }

  @Test
  void listsEverySectionAddedRemovedChangedOrUnchangedInOrder() {
    List<SectionChange> changes = DraftComparison.compare(read(DocxDrafts.resolutionV1()),
        read(DocxDrafts.resolutionV2()));

    String assessment = "I. ĐÁNH GIÁ TÌNH HÌNH";
    String results = "1. Kết quả đạt được:\nhạ tầng số được đầu tư, 100% cơ quan có mạng diện rộng.";
    String shortcomings = "2. Hạn chế, nguyên nhân\nNhận thức về chuyển đổi số chưa đầy đủ.";
    String views = "II. QUAN ĐIỂM, MỤC TIÊU";
    String view = "1. Quan điểm\nChuyển đổi số là nhiệm vụ trọng tâm.";
    String targets = "2. Mục tiêu đến năm 2025";
    String tasks = "III. NHIỆM VỤ, GIẢI PHÁP\nTT | Nhiệm vụ | Chủ trì\n"
        + "1 | Xây dựng trung tâm dữ liệu | Sở Khoa học và Công nghệ";
    assertThat(changes).containsExactly(
        new SectionChange("I", "Mục I", Change.UNCHANGED, assessment, assessment),
        new SectionChange("I/1", "Mục I.1", Change.UNCHANGED, results, results),
        new SectionChange("I/2", "Mục I.2", Change.UNCHANGED, shortcomings, shortcomings),
        new SectionChange("II", "Mục II", Change.UNCHANGED, views, views),
        new SectionChange("II/1", "Mục II.1", Change.UNCHANGED, view, view),
        new SectionChange("II/2", "Mục II.2", Change.UNCHANGED, targets, targets),
        new SectionChange("II/2/a", "Điểm II.2.a", Change.CHANGED, "a) 80% dịch vụ công trực tuyến mức độ 4.",
            "a) 90% dịch vụ công trực tuyến toàn trình."),
        new SectionChange("II/2/b", "Điểm II.2.b", Change.REMOVED, "b) Kinh tế số chiếm 20% GRDP.", ""),
        new SectionChange("II/3", "Mục II.3", Change.ADDED, "", "3. Mục tiêu đến năm 2030\nKinh tế số chiếm 30% GRDP."),
        new SectionChange("III", "Mục III", Change.UNCHANGED, tasks, tasks));
  }

  @Test
  void aChangedHeadingIsAChangeAndARemovedFirstSectionComesFirst() {
    Draft from = read(DocxDrafts.of("KẾ HOẠCH", "Triển khai chuyển đổi số", "I. MỤC ĐÍCH", "Nâng cao nhận thức.",
        "II. YÊU CẦU", "Bám sát Nghị quyết.", "III. NHIỆM VỤ", "Xây dựng nền tảng."));
    Draft to = read(DocxDrafts.of("KẾ HOẠCH", "Triển khai chuyển đổi số", "II. YÊU CẦU CỤ THỂ",
        "Bám sát Nghị quyết.", "III. NHIỆM VỤ", "Xây dựng nền tảng."));

    assertThat(DraftComparison.compare(from, to)).containsExactly(
        new SectionChange("I", "Mục I", Change.REMOVED, "I. MỤC ĐÍCH\nNâng cao nhận thức.", ""),
        new SectionChange("II", "Mục II", Change.CHANGED, "II. YÊU CẦU\nBám sát Nghị quyết.",
            "II. YÊU CẦU CỤ THỂ\nBám sát Nghị quyết."),
        new SectionChange("III", "Mục III", Change.UNCHANGED, "III. NHIỆM VỤ\nXây dựng nền tảng.",
            "III. NHIỆM VỤ\nXây dựng nền tảng."));
  }

  @Test
  void aDraftComparedWithItselfIsUnchangedThroughout() {
    Draft draft = read(DocxDrafts.resolutionV1());

    assertThat(DraftComparison.compare(draft, draft)).hasSize(draft.sections().size())
        .allSatisfy(change -> assertThat(change.change()).isEqualTo(Change.UNCHANGED));
  }
}
