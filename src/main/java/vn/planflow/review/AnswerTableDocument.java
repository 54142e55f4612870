package vn.planflow.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The answer table as a Word document in the form offices send with a dossier: the lead's name,
 * the title "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý", the plan and the date, then a table
 * with the columns STT, Cơ quan góp ý, Nội dung góp ý, Ý kiến tiếp thu/giải trình (one row per
 * comment, a row per section above its comments), and the agencies that agreed or never answered.
 * Landscape A4, Times New Roman, as the provincial offices type them.
 */
public final class AnswerTableDocument {

  public static final String TITLE = "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý";
  public static final String[] COLUMNS = {"STT", "Cơ quan góp ý", "Nội dung góp ý", "Ý kiến tiếp thu/giải trình"};
  private static final String FONT = "Times New Roman";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

  private AnswerTableDocument() {
  }

  public static byte[] write(CommentTable table) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      landscape(document);
      line(document, table.leadName().toUpperCase(java.util.Locale.forLanguageTag("vi")), true, false, 13);
      line(document, TITLE, true, false, 14);
      line(document, "Đối với dự thảo: " + table.planTitle(), false, true, 13);
      line(document, "(Kèm theo hồ sơ trình, " + DATE.format(table.date()) + ")", false, true, 13);

      XWPFTable grid = document.createTable(1, COLUMNS.length);
      grid.setWidth("100%");
      XWPFTableRow header = grid.getRow(0);
      header.setRepeatHeader(true);
      for (int column = 0; column < COLUMNS.length; column++) {
        cell(header.getCell(column), COLUMNS[column], true);
      }
      int sectionNumber = 0;
      for (CommentTable.Section section : table.sections()) {
        XWPFTableRow heading = grid.createRow();
        cell(heading.getCell(0), roman(++sectionNumber), true);
        cell(heading.getCell(1), section.label(), true);
        heading.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS.length - 1));
        while (heading.getTableCells().size() > 2) {
          heading.removeCell(heading.getTableCells().size() - 1);
        }
        for (CommentTable.Row row : section.rows()) {
          XWPFTableRow line = grid.createRow();
          cell(line.getCell(0), String.valueOf(row.number()), false);
          cell(line.getCell(1), row.source(), false);
          cell(line.getCell(2), row.contentText(), false);
          cell(line.getCell(3), row.answerText(), false);
        }
      }
      if (table.sections().isEmpty()) {
        XWPFTableRow none = grid.createRow();
        cell(none.getCell(2), "Không có ý kiến góp ý.", false);
      }

      paragraph(document, "Tổng số: " + table.counts().inWords(), false);
      paragraph(document, "Các cơ quan thống nhất với dự thảo, không có ý kiến khác: "
          + (table.agreed().isEmpty() ? "không có." : String.join("; ", table.agreed()) + "."), false);
      paragraph(document, "Các cơ quan chưa góp ý (quá hạn): "
          + (table.late().isEmpty() ? "không có." : String.join("; ", table.late()) + "."), false);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void landscape(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setOrient(STPageOrientation.LANDSCAPE);
    size.setW(BigInteger.valueOf(16838));
    size.setH(BigInteger.valueOf(11906));
  }

  private static void line(XWPFDocument document, String text, boolean bold, boolean italic, int size) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    run(paragraph, text, bold, italic, size);
  }

  private static void paragraph(XWPFDocument document, String text, boolean bold) {
    run(document.createParagraph(), text, bold, false, 13);
  }

  private static void cell(XWPFTableCell cell, String text, boolean bold) {
    XWPFParagraph first = cell.getParagraphs().get(0);
    String[] lines = text.split("\n");
    for (int at = 0; at < lines.length; at++) {
      run(at == 0 ? first : cell.addParagraph(), lines[at], bold, false, 12);
    }
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setItalic(italic);
    run.setFontFamily(FONT);
    run.setFontSize(size);
  }

  private static String roman(int number) {
    String[] thousands = {"", "M", "MM", "MMM"};
    String[] hundreds = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return thousands[number / 1000] + hundreds[number % 1000 / 100] + tens[number % 100 / 10] + ones[number % 10];
  }
}
