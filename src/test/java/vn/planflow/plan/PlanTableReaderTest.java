package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.planflow.plan.PlanImportFixtures.ofType;
import static vn.planflow.plan.PlanImportFixtures.plan;
import static vn.planflow.plan.PlanImportFixtures.utf8;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.planflow.agency.AgencyType;

/** The seeds' full tables, as CSV and XLSX files offices make (src/test/resources/plans/). */
class PlanTableReaderTest {

  private final PlanTableReader reader = PlanImportFixtures.reader();

  @ParameterizedTest
  @ValueSource(strings = {"ke-hoach-1004-2024.csv", "ke-hoach-1004-2024.xlsx"})
  void readsThe46TasksOfThe2024PlanAppendix(String file) {
    List<PlanRow> rows = reader.read(file, plan(file)).rows();

    assertThat(rows).hasSize(46);
    assertThat(rows).extracting(PlanRow::code)
        .containsExactlyElementsOf(Stream.iterate(1, n -> n + 1).limit(46).map(String::valueOf).toList());
    assertThat(rows).extracting(PlanRow::row).startsWith(6, 7, 8).endsWith(51);
    PlanRow first = rows.get(0);
    assertThat(first.title()).isEqualTo("Duy trì, cập nhật Kiến trúc Chính quyền điện tử tỉnh Nghệ An; Kiến trúc ICT "
        + "phát triển đô thị thông minh tỉnh Nghệ An.");
    assertThat(first.expectedResult()).startsWith("Thực hiện, duy trì, cập nhật Kiến trúc Chính quyền điện tử;");
    Map<String, String> leads = rows.stream().collect(Collectors.toMap(PlanRow::code, PlanRow::leadAgency));
    assertThat(leads).containsAllEntriesOf(Map.ofEntries(Map.entry("1", "so-tttt"), Map.entry("13", "so-tttt"),
        Map.entry("14", "so-tttt"), Map.entry("23", "so-tttt"), Map.entry("24", "vp-ubnd"), Map.entry("30", "vp-ubnd"),
        Map.entry("31", "so-tai-chinh"), Map.entry("32", "so-noi-vu"), Map.entry("34", "so-du-lich"),
        Map.entry("35", "so-ke-hoach-dau-tu"), Map.entry("37", "so-y-te"), Map.entry("38", "nhnn-nghe-an"),
        Map.entry("39", "so-cong-thuong"), Map.entry("40", "cong-an-tinh"), Map.entry("41", "so-tai-nguyen-moi-truong"),
        Map.entry("42", "so-nong-nghiep-ptnt"), Map.entry("43", "dai-pthtt")));
    assertThat(rows.get(42).coordinatingAgencies()).containsExactly("bao-nghe-an", "cong-ttdt-tinh");
    assertThat(rows.get(0).coordinatingAgencies()).isEmpty();
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.deadline()).isEqualTo(Deadline.continuous());
      assertThat(row.deadlineText()).isEmpty();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"ke-hoach-1004-2024.csv", "ke-hoach-1004-2024.xlsx"})
  void givesTasksOfCollectivesToThePlansLeadAndAsksTheCollectiveToContribute(String file) {
    List<PlanRow> rows = reader.read(file, plan(file)).rows();
    List<String> departments = without("so-tttt", ofType(AgencyType.DEPARTMENT));
    List<String> departmentsAndDistricts = without("so-tttt",
        concat(ofType(AgencyType.DEPARTMENT), ofType(AgencyType.DISTRICT)));

    PlanRow relevantDepartments = rows.get(43);
    assertThat(relevantDepartments.leadAgency()).isEqualTo("so-tttt");
    assertThat(relevantDepartments.coordinatingAgencies()).containsExactlyElementsOf(departments);
    assertThat(rows.get(44).leadAgency()).isEqualTo("so-tttt");
    assertThat(rows.get(44).coordinatingAgencies()).containsExactlyElementsOf(departmentsAndDistricts);
    PlanRow trainings = rows.get(45);
    assertThat(trainings.leadAgency()).isEqualTo("so-tttt");
    assertThat(trainings.coordinatingAgencies()).containsExactlyElementsOf(departmentsAndDistricts)
        .doesNotContain("so-tttt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ke-hoach-507-2025.csv", "ke-hoach-507-2025.xlsx"})
  void readsThe2025PlanWithDeadlinesInEveryShape(String file) {
    List<PlanRow> rows = reader.read(file, plan(file), "so-khcn").rows();

    assertThat(rows).hasSize(27);
    assertThat(rows).extracting(PlanRow::row).startsWith(2, 3).endsWith(28);
    Map<String, PlanRow> tasks = rows.stream().collect(Collectors.toMap(PlanRow::code, Function.identity()));
    assertThat(tasks.keySet()).contains("1", "2.1", "2.4", "4.10", "4.11", "7.3");
    assertThat(rows.stream().collect(Collectors.groupingBy(row -> row.deadline().kind(), Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(Map.of(DeadlineKind.FIXED, 9L, DeadlineKind.WINDOW, 1L,
            DeadlineKind.CONTINUOUS, 14L, DeadlineKind.EVENT, 3L));

    PlanRow publishProcedures = tasks.get("1");
    assertThat(publishProcedures.leadAgency()).isEqualTo("vp-ubnd");
    assertThat(publishProcedures.coordinatingAgencies())
        .containsExactlyElementsOf(without("vp-ubnd", concat(ofType(AgencyType.DEPARTMENT), ofType(AgencyType.COMMUNE))));
    assertThat(publishProcedures.deadline()).isEqualTo(Deadline.event());
    assertThat(publishProcedures.deadlineText()).startsWith("Ngay sau khi Bộ, cơ quan ngang bộ công bố TTHC");

    assertThat(tasks.get("2.2").leadAgency()).isEqualTo("so-khcn");
    assertThat(tasks.get("2.2").deadline()).isEqualTo(Deadline.fixed(LocalDate.of(2025, 6, 30)));
    assertThat(tasks.get("2.2").deadlineText()).isEqualTo("Trước ngày 30/6/2025.");
    assertThat(tasks.get("2.1").deadline()).isEqualTo(Deadline.continuous());
    assertThat(tasks.get("2.1").deadlineText()).isEqualTo("Triển khai thực hiện ngay và thường xuyên.");
    assertThat(tasks.get("3.1").coordinatingAgencies()).containsExactly("cong-an-tinh", "so-tai-chinh", "vp-ubnd");
    assertThat(tasks.get("3.2").leadAgency()).isEqualTo("so-nong-nghiep-moi-truong");
    assertThat(tasks.get("3.2").coordinatingAgencies())
        .containsExactly("so-tu-phap", "cong-an-tinh", "so-tai-chinh", "vp-ubnd");
    assertThat(tasks.get("4.1").coordinatingAgencies()).containsExactly("vp-ubnd", "so-tai-chinh", "vnpt-nghe-an");
    assertThat(tasks.get("4.2").leadAgency()).isEqualTo("cong-an-tinh");
    assertThat(tasks.get("4.2").deadline()).isEqualTo(Deadline.event());
    assertThat(tasks.get("4.6").leadAgency()).isEqualTo("so-khcn");
    assertThat(tasks.get("4.6").coordinatingAgencies())
        .containsExactlyElementsOf(concat(ofType(AgencyType.DISTRICT), ofType(AgencyType.COMMUNE), List.of("so-tai-chinh")));
    assertThat(tasks.get("4.9").leadAgency()).isEqualTo("so-noi-vu");
    assertThat(tasks.get("4.9").deadline()).isEqualTo(Deadline.event());
    assertThat(tasks.get("4.11").leadAgency()).isEqualTo("so-khcn");
    assertThat(tasks.get("4.11").deadline())
        .isEqualTo(Deadline.window(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 7)));
    assertThat(tasks.get("5.1").coordinatingAgencies()).as("the Ministry gets no task").containsExactly("so-noi-vu");
    assertThat(tasks.get("5.4").deadline()).isEqualTo(Deadline.fixed(LocalDate.of(2025, 7, 1)));
    assertThat(tasks.get("6.1").leadAgency()).isEqualTo("so-tai-chinh");
    assertThat(tasks.get("6.2").deadline()).isEqualTo(Deadline.fixed(LocalDate.of(2025, 6, 28)));
    assertThat(tasks.get("6.2").leadAgency()).isEqualTo("so-khcn");
    assertThat(tasks.get("6.2").coordinatingAgencies())
        .containsExactlyElementsOf(concat(ofType(AgencyType.DISTRICT), ofType(AgencyType.COMMUNE),
            List.of("so-tai-chinh", "so-noi-vu")));
    assertThat(tasks.get("7.2").coordinatingAgencies()).containsExactly("so-khcn");
    assertThat(tasks.get("7.3").leadAgency()).isEqualTo("so-khcn");
    assertThat(tasks.get("7.3").coordinatingAgencies()).containsExactly("cong-an-tinh");
    assertThat(rows).allSatisfy(row -> assertThat(row.expectedResult()).isEmpty());
  }

  @Test
  void fixturesAreWrittenAsExcelAndOtherToolsWriteCsv() {
    String excel = new String(plan("ke-hoach-1004-2024.csv"), java.nio.charset.StandardCharsets.UTF_8);
    String quoted = new String(plan("ke-hoach-507-2025.csv"), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(excel).startsWith("\uFEFFPHỤ LỤC;;;\r\n")
        .contains("\r\nTT;Tên nhiệm vụ, dự án;Đơn vị chủ trì triển khai;Mục tiêu triển khai\r\n")
        .contains(";\"Sở TT&TT; các sở, ban, ngành; UBND các huyện, thành phố, thị xã\";");
    assertThat(quoted).startsWith("\"TT\",\"Nội dung nhiệm vụ\",\"Chủ trì thực hiện\",\"Phối hợp thực hiện\","
        + "\"Thời gian hoàn thành / thực hiện\"\n")
        .contains("\"(i). Các Sở, Ban ngành có TTHC\n(ii). Văn phòng UBND tỉnh (Phòng Kiểm soát thủ tục hành chính)\"");
  }

  @Test
  void readsTheSameTasksFromTheCsvAndTheXlsxOfAPlan() {
    assertThat(reader.read("a.csv", plan("ke-hoach-1004-2024.csv")))
        .isEqualTo(reader.read("a.xlsx", plan("ke-hoach-1004-2024.xlsx")));
    assertThat(reader.read("a.csv", plan("ke-hoach-507-2025.csv"), "so-khcn"))
        .isEqualTo(reader.read("a.xlsx", plan("ke-hoach-507-2025.xlsx"), "so-khcn"));
  }

  @Test
  void givesCollectivesToSoTtttWhenNoPlanLeadIsGiven() {
    List<PlanRow> rows = reader.read("ke-hoach-507-2025.csv", plan("ke-hoach-507-2025.csv")).rows();

    assertThat(rows).filteredOn(row -> row.code().equals("4.11")).singleElement()
        .extracting(PlanRow::leadAgency).isEqualTo(PlanTableReader.DEFAULT_PLAN_LEAD);
  }

  @Test
  void refusesTheSeedsOwnDuplicateTaskNumber() {
    String csv = new String(plan("ke-hoach-507-2025.csv"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"2.4\",", "\"2.3\",");

    assertRefused(() -> reader.read("ke-hoach-507-2025.csv", utf8(csv), "so-khcn"),
        new ImportError(6, "TT", "Số thứ tự \"2.3\" trùng với nhiệm vụ ở dòng 5"));
  }

  static void assertRefused(ThrowingCallable read, ImportError... errors) {
    assertThatThrownBy(read).isInstanceOfSatisfying(PlanImportException.class,
        e -> assertThat(e.errors()).containsExactly(errors));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).distinct().toList();
  }

  private static List<String> concat(List<String> first, List<String> second, List<String> third) {
    return concat(concat(first, second), third);
  }

  private static List<String> without(String id, List<String> ids) {
    return ids.stream().filter(other -> !other.equals(id)).toList();
  }
}
