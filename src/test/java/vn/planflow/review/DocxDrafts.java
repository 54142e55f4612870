package vn.planflow.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real .docx drafts for the tests, made with POI as an office would type them. */
public final class DocxDrafts {

  private DocxDrafts() {
  }

  /** A document of these paragraphs; a line starting "|" is a table row ("| a | b |"). */
  public static byte[] of(String... paragraphs) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.poi.xwpf.usermodel.XWPFTable table = null;
      for (String paragraph : paragraphs) {
        if (paragraph.startsWith("|")) {
          String[] cells = paragraph.substring(1, paragraph.length() - 1).split("\\|");
          if (table == null) {
            table = document.createTable(1, cells.length);
            fill(table.getRow(0), cells);
          } else {
            fill(table.createRow(), cells);
          }
          continue;
        }
        table = null;
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(org.apache.poi.xwpf.usermodel.XWPFTableRow row, String[] cells) {
    for (int at = 0; at < cells.length; at++) {
      row.getCell(at).setText(cells[at].strip());
    }
  }

  /** What both versions of the test resolution begin with: its heading, part I and section II.1. */
  private static final String[] OPENING = {"TỈNH ỦY NGHỆ AN", "Số: -NQ/TU", "DỰ THẢO", "NGHỊ QUYẾT",
      "Về chuyển đổi số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030",
      "I. ĐÁNH GIÁ TÌNH HÌNH",
      "1. Kết quả đạt được: hạ tầng số được đầu tư, 100% cơ quan có mạng diện rộng.",
      "2. Hạn chế, nguyên nhân",
      "Nhận thức về chuyển đổi số chưa đầy đủ.",
      "II. QUAN ĐIỂM, MỤC TIÊU",
      "1. Quan điểm",
      "Chuyển đổi số là nhiệm vụ trọng tâm.",
      "2. Mục tiêu đến năm 2025"};
  /** And end with: part III and its task table. */
  private static final String[] CLOSING = {"III. NHIỆM VỤ, GIẢI PHÁP",
      "| TT | Nhiệm vụ | Chủ trì |",
      "| 1 | Xây dựng trung tâm dữ liệu | Sở Khoa học và Công nghệ |"};

  /** The draft resolution of a digital-transformation plan, first version. */
  public static byte[] resolutionV1() {
    return of(join("a) 80% dịch vụ công trực tuyến mức độ 4.", "b) Kinh tế số chiếm 20% GRDP."));
  }

  /** The same draft after the comments: a target raised, a section added, one removed. */
  public static byte[] resolutionV2() {
    return of(join("a) 90% dịch vụ công trực tuyến toàn trình.", "3. Mục tiêu đến năm 2030",
        "Kinh tế số chiếm 30% GRDP."));
  }

  private static String[] join(String... middle) {
    return java.util.stream.Stream.of(OPENING, middle, CLOSING).flatMap(java.util.Arrays::stream)
        .toArray(String[]::new);
  }
}
