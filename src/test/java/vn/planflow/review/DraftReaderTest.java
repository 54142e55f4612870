package vn.planflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft typed as Nghệ An's offices type them, read into its parts, sections and points. */
class DraftReaderTest {

  @Test
  void readsTheKindTitleAndSectionsOfADraftResolution() {
    Draft draft = DraftReader.read(new ByteArrayInputStream(DocxDrafts.resolutionV1()));

    assertThat(draft.kind()).isEqualTo(DraftKind.RESOLUTION);
    assertThat(draft.title()).isEqualTo("Nghị quyết về chuyển đổi số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030");
    assertThat(draft.sections()).extracting(DraftSection::key).containsExactly("I", "I/1", "I/2", "II", "II/1",
        "II/2", "II/2/a", "II/2/b", "III");
    assertThat(draft.sections()).extracting(DraftSection::label).containsExactly("Mục I", "Mục I.1", "Mục I.2",
        "Mục II", "Mục II.1", "Mục II.2", "Điểm II.2.a", "Điểm II.2.b", "Mục III");
    DraftSection results = draft.sections().get(1);
    assertThat(results.heading()).isEqualTo("1. Kết quả đạt được:");
    assertThat(results.text()).isEqualTo("hạ tầng số được đầu tư, 100% cơ quan có mạng diện rộng.");
    assertThat(draft.sections().get(2).text()).isEqualTo("Nhận thức về chuyển đổi số chưa đầy đủ.");
    assertThat(draft.sections().get(8).text()).as("a table row by row")
        .isEqualTo("TT | Nhiệm vụ | Chủ trì\n1 | Xây dựng trung tâm dữ liệu | Sở Khoa học và Công nghệ");
  }

  @Test
  void readsArticlesClausesAndPointsOfALegalText() {
    Draft draft = DraftReader.read(new ByteArrayInputStream(DocxDrafts.of("KẾ HOẠCH",
        "Triển khai Nghị quyết về chuyển đổi số", "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
        "Kế hoạch này quy định nhiệm vụ.", "Điều 2. Trách nhiệm", "1. Sở Khoa học và Công nghệ chủ trì.",
        "a) Xây dựng nền tảng.", "b) Đôn đốc các đơn vị.", "2. Các sở phối hợp.", "- theo chức năng")));

    assertThat(draft.kind()).isEqualTo(DraftKind.PLAN);
    assertThat(draft.sections()).extracting(DraftSection::key).containsExactly("chuong-I", "dieu-1", "dieu-2",
        "dieu-2/khoan-1", "dieu-2/khoan-1/diem-a", "dieu-2/khoan-1/diem-b", "dieu-2/khoan-2");
    assertThat(draft.sections()).extracting(DraftSection::label).contains("Điều 2, khoản 1, điểm b");
    assertThat(draft.sections().get(6).text()).as("a bullet is text").isEqualTo("- theo chức năng");
  }

  @Test
  void wordsMultiLevelAutomaticNumberingIsReadAsTheOfficeSeesIt() throws java.io.IOException {
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum levels =
          org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
      levels.setAbstractNumId(java.math.BigInteger.ZERO);
      String[][] formats = {{"upperRoman", "%1."}, {"decimal", "%2."}, {"decimal", "%2.%3."}, {"lowerLetter", "%4)"}};
      for (int at = 0; at < formats.length; at++) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl level = levels.addNewLvl();
        level.setIlvl(java.math.BigInteger.valueOf(at));
        level.addNewNumFmt().setVal(
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.Enum.forString(formats[at][0]));
        level.addNewLvlText().setVal(formats[at][1]);
      }
      org.apache.poi.xwpf.usermodel.XWPFNumbering numbering = document.createNumbering();
      java.math.BigInteger list = numbering.addNum(
          numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(levels)));
      Object[][] paragraphs = {{0, "MỤC TIÊU"}, {1, "Mục tiêu chung"}, {-1, "Phát triển chính quyền số."},
          {1, "Mục tiêu cụ thể"}, {2, "Chính quyền số"}, {3, "100% hồ sơ được số hóa."}, {0, "GIẢI PHÁP"}};
      for (Object[] paragraph : paragraphs) {
        org.apache.poi.xwpf.usermodel.XWPFParagraph written = document.createParagraph();
        if ((int) paragraph[0] >= 0) {
          written.setNumID(list);
          written.setNumILvl(java.math.BigInteger.valueOf((int) paragraph[0]));
        }
        written.createRun().setText((String) paragraph[1]);
      }
      document.write(out);

      Draft draft = DraftReader.read(new ByteArrayInputStream(out.toByteArray()));

      assertThat(draft.sections()).extracting(DraftSection::key)
          .containsExactly("I", "I/1", "I/2", "I/2.1", "I/2.1/a", "II");
      assertThat(draft.sections()).extracting(DraftSection::heading).containsExactly("I. MỤC TIÊU",
          "1. Mục tiêu chung", "2. Mục tiêu cụ thể", "2.1. Chính quyền số", "a) 100% hồ sơ được số hóa.",
          "II. GIẢI PHÁP");
      assertThat(draft.sections().get(1).text()).isEqualTo("Phát triển chính quyền số.");
    }
  }

  @Test
  void aDuplicateNumberIsKeptApartAndPlainTextIsOneSection() {
    Draft twice = DraftReader.read(new ByteArrayInputStream(DocxDrafts.of("I. Một", "I. Một lần nữa")));
    assertThat(twice.sections()).extracting(DraftSection::key).containsExactly("I", "I#2");

    Draft plain = DraftReader.read(new ByteArrayInputStream(DocxDrafts.of("Ý kiến về dự thảo", "Không có mục")));
    assertThat(plain.sections()).extracting(DraftSection::key).containsExactly("toan-van");
    assertThat(plain.kind()).isEqualTo(DraftKind.OTHER);
  }

  @Test
  void aFileThatIsNoDocxIsRefusedInVietnamese() {
    for (byte[] bytes : List.of("%PDF-1.4 dự thảo".getBytes(), new byte[0])) {
      assertThatThrownBy(() -> DraftReader.read(new ByteArrayInputStream(bytes)))
          .isInstanceOf(DraftUnreadableException.class).hasMessageContaining("không phải là tệp Word (.docx)");
    }
  }

  @Test
  void comparesTwoVersionsSectionBySection() {
    Draft first = DraftReader.read(new ByteArrayInputStream(DocxDrafts.resolutionV1()));
    Draft second = DraftReader.read(new ByteArrayInputStream(DocxDrafts.resolutionV2()));

    List<DraftComparison.SectionChange> changes = DraftComparison.compare(first, second);

    assertThat(changes).extracting(DraftComparison.SectionChange::key, DraftComparison.SectionChange::change)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("I", DraftComparison.Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("I/1", DraftComparison.Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("I/2", DraftComparison.Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("II", DraftComparison.Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("II/1", DraftComparison.Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("II/2", DraftComparison.Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("II/2/a", DraftComparison.Change.CHANGED),
            org.assertj.core.groups.Tuple.tuple("II/2/b", DraftComparison.Change.REMOVED),
            org.assertj.core.groups.Tuple.tuple("II/3", DraftComparison.Change.ADDED),
            org.assertj.core.groups.Tuple.tuple("III", DraftComparison.Change.UNCHANGED));
    assertThat(changes.get(6).before()).contains("80%");
    assertThat(changes.get(6).after()).contains("90%");
  }
}
