package vn.planflow.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineParserTest {

  private final DeadlineParser parser = new DeadlineParser();

  @ParameterizedTest(name = "\"{0}\" is due {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Trước ngày 30/6/2025                      | 2025-06-30
      Trước ngày 30/6/2025.                     | 2025-06-30
      trước ngày 01/7/2025.                     | 2025-07-01
      Trước 30/6/2025                           | 2025-06-30
      TRUOC NGAY 30/06/2025                     | 2025-06-30
      15/12/2024                                | 2024-12-15
      Ngày 15/12/2024                           | 2024-12-15
      ngày 15 tháng 12 năm 2024                 | 2024-12-15
      Chậm nhất ngày 15.12.2024                 | 2024-12-15
      Hạn: 15-12-2024                           | 2024-12-15
      12/2021                                   | 2021-12-31
      02/2022                                   | 2022-02-28
      02/2024                                   | 2024-02-29
      Tháng 12/2021                             | 2021-12-31
      tháng 12 năm 2021                         | 2021-12-31
      Trong tháng 6/2025                        | 2025-06-30
      Quý II/2025                               | 2025-06-30
      Quý 2/2025                                | 2025-06-30
      Quý II năm 2025                           | 2025-06-30
      quý I/2025                                | 2025-03-31
      Quý III/2025                              | 2025-09-30
      Quý IV/2025                               | 2025-12-31
      Cuối quý IV năm 2025                      | 2025-12-31
      Năm 2025                                  | 2025-12-31
      Trong năm 2025                            | 2025-12-31
      """)
  void readsFixedDeadlines(String text, LocalDate due) {
    assertThat(parser.parse(text)).isEqualTo(Deadline.fixed(due));
  }

  @ParameterizedTest(name = "\"{0}\" runs {1} to {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Từ 01/7/2025 đến 07/7/2025                | 2025-07-01 | 2025-07-07
      Từ ngày 01/7/2025 đến ngày 07/7/2025.     | 2025-07-01 | 2025-07-07
      01/7/2025 - 07/7/2025                     | 2025-07-01 | 2025-07-07
      01/7/2025 – 07/7/2025                     | 2025-07-01 | 2025-07-07
      tu 01/07/2025 den 07/07/2025              | 2025-07-01 | 2025-07-07
      Từ tháng 7/2025 đến tháng 12/2025         | 2025-07-01 | 2025-12-31
      Từ quý III/2025 đến quý IV/2025           | 2025-07-01 | 2025-12-31
      """)
  void readsWindows(String text, LocalDate start, LocalDate due) {
    assertThat(parser.parse(text)).isEqualTo(Deadline.window(start, due));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Thường xuyên", "Thường xuyên.", "THUONG XUYEN", "Triển khai thực hiện ngay và thường xuyên.",
      "Triển khai thực hiện ngay để đảm bảo thực hiện nhiệm vụ.", "Liên tục", "", "   "})
  void readsContinuousWork(String text) {
    assertThat(parser.parse(text)).isEqualTo(Deadline.continuous());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Theo hướng dẫn của Bộ Nội vụ.", "Theo hướng dẫn của Bộ Nội vụ / Bộ Công an",
      "Theo hướng dẫn của Bộ Công an; bảo đảm không làm gián đoạn dịch vụ từ ngày 01/7/2025 khi dừng các tài khoản "
          + "tổ chức theo Nghị định số 69/2024/NĐ-CP của Chính phủ.",
      "Ngay sau khi Bộ, cơ quan ngang bộ công bố TTHC được phân cấp, phân quyền, phân định thẩm quyền giải quyết tại "
          + "Nghị định của Chính phủ.",
      "Khi có hướng dẫn của Trung ương", "Sau khi Đề án được phê duyệt"})
  void readsEventDeadlines(String text) {
    assertThat(parser.parse(text).kind()).isEqualTo(DeadlineKind.EVENT);
  }

  @Test
  void anEventKeepsItsWordsAndTheDayItMustHoldFrom() {
    assertThat(parser.parse("Ngay sau khi Bộ, cơ quan ngang bộ công bố TTHC được phân cấp, phân quyền, phân định thẩm "
        + "quyền giải quyết tại Nghị định của Chính phủ.")).isEqualTo(Deadline.onEvent("Ngay sau khi Bộ, cơ quan ngang "
        + "bộ công bố TTHC được phân cấp, phân quyền, phân định thẩm quyền giải quyết tại Nghị định của Chính phủ", null));
    assertThat(parser.parse("Theo hướng dẫn của Bộ Công an; bảo đảm không làm gián đoạn dịch vụ từ ngày 01/7/2025 khi "
        + "dừng các tài khoản tổ chức theo Nghị định số 69/2024/NĐ-CP của Chính phủ."))
        .isEqualTo(Deadline.onEvent("Theo hướng dẫn của Bộ Công an", LocalDate.of(2025, 7, 1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Từ 07/7/2025", "Từ ngày 07/7/2025", "Thực hiện từ ngày 07/7/2025",
      "Triển khai thực hiện từ ngày 07/07/2025 trở đi"})
  void aDutyFromADayKeepsItsDay(String text) {
    assertThat(parser.parse(text)).isEqualTo(Deadline.continuousFrom(LocalDate.of(2025, 7, 7)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Hằng năm            | P1Y
      Hàng năm            | P1Y
      Hằng quý            | P3M
      Định kỳ hằng quý    | P3M
      Hằng tháng          | P1M
      Định kỳ 6 tháng     | P6M
      """)
  void aRecurringDutyRecurs(String text, String period) {
    assertThat(parser.parse(text)).isEqualTo(Deadline.recurring(period));
  }

  @Test
  void findsADeadlineWrittenInAnotherColumnAsTheSeedsDo() {
    // seed 003, row 12: the deadline is among the targets
    assertThat(parser.find("Thực hiện kiểm tra đánh giá định kỳ ATTT cho HTTT theo quy định trước 15/12/2024."))
        .contains(new DeadlineParser.Found(Deadline.fixed(LocalDate.of(2024, 12, 15)), "trước 15/12/2024"));
    assertThat(parser.find("Hoàn thành trong Quý II/2025 việc số hóa")).map(DeadlineParser.Found::deadline)
        .contains(Deadline.fixed(LocalDate.of(2025, 6, 30)));
    assertThat(parser.find("Triển khai Đề án thí điểm giai đoạn 2020-2025, định hướng đến năm 2030")).isEmpty();
    assertThat(parser.find("Trước 31/2/2025 là không có")).isEmpty();
    assertThat(parser.find(null)).isEmpty();
  }

  @Test
  void findsHowOftenADutyRecursInAnotherColumn() {
    assertThat(parser.findRecurrence("Tiếp tục duy trì bản tin định kỳ mỗi năm 4 số, trung bình 1 số/quý."))
        .contains("P3M");
    assertThat(parser.findRecurrence("Thuê dịch vụ hàng năm để triển khai dùng chung")).contains("P1Y");
    assertThat(parser.findRecurrence("Tổ chức tối thiểu 01 cuộc diễn tập thực chiến/năm")).contains("P1Y");
    assertThat(parser.findRecurrence("Xây dựng cơ sở dữ liệu đất đai")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sớm", "cuối năm", "30/6", "Trước tháng 12/2021", "Quý V/2025", "2025",
      "Thường xuyên, trước 30/6/2025"})
  void refusesWhatItCannotReadRatherThanGuessing(String text) {
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Không đọc được thời hạn \"" + text.strip() + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/2/2025", "Trước ngày 31/02/2025", "13/2025", "0/5/2025"})
  void refusesDatesThatDoNotExist(String text) {
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Thời hạn \"" + text + "\" ghi ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Từ 07/7/2025 đến 01/7/2025", "07/7/2025 - 01/7/2025"})
  void refusesWindowsThatEndBeforeTheyStart(String text) {
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Thời hạn \"" + text + "\" có ngày bắt đầu sau ngày kết thúc");
  }

  @ParameterizedTest
  @CsvSource({"FIXED, fixed", "WINDOW, window", "CONTINUOUS, continuous", "EVENT, event"})
  void namesKindsAsTheContractDoes(DeadlineKind kind, String id) {
    assertThat(kind.id()).isEqualTo(id);
    assertThat(DeadlineKind.fromId(id)).isEqualTo(kind);
  }
}
