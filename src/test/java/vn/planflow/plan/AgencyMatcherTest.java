package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.planflow.plan.PlanImportFixtures.ofType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyType;

class AgencyMatcherTest {

  private final AgencyMatcher matcher = PlanImportFixtures.matcher();

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      so-tttt                                                     | so-tttt
      SO-VAN-HOA-THE-THAO                                         | so-van-hoa-the-thao
      Sở Thông tin và Truyền thông                                | so-tttt
      sở thông tin và truyền thông                                | so-tttt
      SO THONG TIN VA TRUYEN THONG                                | so-tttt
      Sở TT&TT                                                    | so-tttt
      So TT & TT                                                  | so-tttt
      Sở Thông tin và Truyền thông (Trung tâm CNTT&TT)            | so-tttt
      Sở Văn hóa, Thể thao và Du lịch                             | so-vhtt-du-lich
      Sở Văn hoá, Thể thao và Du lịch                             | so-vhtt-du-lich
      Sở Nông nghiệp và PTNT                                      | so-nong-nghiep-ptnt
      Ngân hàng Nhà nước chi nhánh Nghệ An                        | nhnn-nghe-an
      Công an tỉnh Nghệ An.                                       | cong-an-tinh
      Văn phòng UBND tỉnh (Phòng Kiểm soát thủ tục hành chính)    | vp-ubnd
      Ủy ban nhân dân huyện Quỳnh Lưu                             | ubnd-quynh-luu
      UBND huyện Quỳnh Lưu                                        | ubnd-quynh-luu
      - Sở Tài chính                                              | so-tai-chinh
      """)
  void findsOneAgencyByIdNameOrAliasWhateverItsCaseAndDiacritics(String cell, String id) {
    assertThat(matcher.resolve(cell)).containsExactly(id);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Đài PT&TH, Báo Nghệ An, Cổng Thông tin điện tử Nghệ An                      | dai-pthtt,bao-nghe-an,cong-ttdt-tinh
      Sở Tài chính; Sở Nội vụ                                                     | so-tai-chinh,so-noi-vu
      Sở Tài chính và Sở Nội vụ                                                   | so-tai-chinh,so-noi-vu
      Sở Văn hóa, Thể thao và Du lịch, Sở Y tế                                    | so-vhtt-du-lich,so-y-te
      Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch và Sở Y tế        | so-khcn,so-vhtt-du-lich,so-y-te
      Văn phòng UBND tỉnh, Sở Tài chính, VNPT Nghệ An và các đơn vị có liên quan. | vp-ubnd,so-tai-chinh,vnpt-nghe-an
      Sở Nội vụ, Bộ Khoa học và Công nghệ.                                        | so-noi-vu,bo-khcn
      Sở Tài chính, Sở Tài chính                                                  | so-tai-chinh
      """)
  void findsSeveralAgenciesSeparatedBySemicolonsCommasAndVa(String cell, String ids) {
    assertThat(matcher.resolve(cell)).containsExactly(ids.split(","));
  }

  @Test
  void readsOneAgencyALineAndDropsEnumerators() {
    assertThat(matcher.resolve("(i). Sở Tư pháp\n(ii). Văn phòng UBND tỉnh (Phòng Kiểm soát thủ tục hành chính)"))
        .containsExactly("so-tu-phap", "vp-ubnd");
    assertThat(matcher.resolve("- Sở Y tế\r\n- Sở Công Thương")).containsExactly("so-y-te", "so-cong-thuong");
  }

  @Test
  void readsNamesWhoseSeparatorWasForgotten() {
    assertThat(matcher.resolve("VNPT Nghệ An, Sở Khoa học và Công nghệ các Sở, ngành, địa phương."))
        .startsWith("vnpt-nghe-an", "so-khcn")
        .containsAll(ofType(AgencyType.DEPARTMENT))
        .containsAll(ofType(AgencyType.DISTRICT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Các sở, ban, ngành", "Các sở, ban, ngành cấp tỉnh", "các Sở, ban, ngành",
      "CAC SO, BAN, NGANH", "Các Sở, ban, ngành liên quan", "Các Sở, Ban ngành có TTHC", "Các Sở, ngành"})
  void expandsDepartmentPhrasesToEveryDepartment(String cell) {
    assertThat(matcher.resolve(cell)).containsExactlyElementsOf(ofType(AgencyType.DEPARTMENT)).hasSizeGreaterThan(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UBND các huyện, thành phố, thị xã", "UBND cấp huyện", "UBND các huyện, thị xã, thành phố",
      "Ủy ban nhân dân cấp huyện", "UBND các huyện, thành phố", "ubnd cac huyen, thanh pho, thi xa"})
  void expandsDistrictPhrasesToEveryDistrict(String cell) {
    assertThat(matcher.resolve(cell)).containsExactlyElementsOf(ofType(AgencyType.DISTRICT)).hasSize(21);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UBND cấp xã", "UBND các xã, phường", "UBND các xã, phường (mới)", "Các xã, phường.",
      "Tổ Ứng cứu cấp xã"})
  void expandsCommunePhrasesToEveryCommuneEvenWhenThereIsNone(String cell) {
    assertThat(matcher.resolve(cell)).containsExactlyElementsOf(ofType(AgencyType.COMMUNE));
  }

  @Test
  void expandsCombinedPhrasesOfTheSeeds() {
    List<String> departments = ofType(AgencyType.DEPARTMENT);
    List<String> districts = ofType(AgencyType.DISTRICT);
    List<String> communes = ofType(AgencyType.COMMUNE);
    assertThat(matcher.resolve("Các sở, ban, ngành; UBND các huyện, thành phố, thị xã"))
        .containsExactlyElementsOf(concat(departments, districts));
    assertThat(matcher.resolve("Sở TT&TT; các sở, ban, ngành; UBND các huyện, thành phố, thị xã"))
        .containsExactlyElementsOf(concat(List.of("so-tttt"), departments, districts).stream().distinct().toList());
    assertThat(matcher.resolve("Các Sở, Ban, ngành, địa phương."))
        .containsExactlyElementsOf(concat(departments, districts, communes));
    assertThat(matcher.resolve("UBND cấp huyện, cấp xã thuộc diện sắp xếp."))
        .containsExactlyElementsOf(concat(districts, communes));
    assertThat(matcher.resolve("UBND các huyện, thành phố, UBND các xã, phường (mới)."))
        .containsExactlyElementsOf(concat(districts, communes));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Các cơ quan, đơn vị liên quan.", "các đơn vị có liên quan", "Các cơ quan, đơn vị.",
      "Các cơ quan chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin, dữ liệu.",
      "Tổ Công tác liên ngành giám sát, hỗ trợ triển khai Kế hoạch số 02-KH/BCĐTW cấp tỉnh",
      "các đơn vị trực thuộc các Bộ, ngành: Công an, Quốc phòng, Khoa học và Công nghệ."})
  void understandsCollectivesThatNameNobodyInParticular(String cell) {
    assertThat(matcher.resolve(cell)).isEmpty();
  }

  @Test
  void keepsTheAgenciesNamedBesideACollective() {
    assertThat(matcher.resolve("Sở Nông nghiệp và Môi trường (đối với dữ liệu về đất đai), Sở Tư pháp (đối với dữ "
        + "liệu về hộ tịch) và các cơ quan được giao xây dựng các cơ sở dữ liệu chuyên ngành."))
        .containsExactly("so-nong-nghiep-moi-truong", "so-tu-phap");
    assertThat(matcher.resolve("Sở Khoa học và Công nghệ, các đơn vị trực thuộc các Bộ, ngành: Công an, Quốc phòng, "
        + "Khoa học và Công nghệ.")).containsExactly("so-khcn");
  }

  @Test
  void namesEveryPartItCannotFind() {
    assertThatThrownBy(() -> matcher.resolve("Sở ABC, Sở Tài chính; Phòng XYZ và Sở Nội vụ"))
        .isInstanceOfSatisfying(UnknownAgencyException.class, e -> assertThat(e.parts())
            .containsExactly("Sở ABC", "Phòng XYZ"))
        .hasMessage("Không tìm thấy đơn vị \"Sở ABC\" trong danh mục đơn vị; "
            + "Không tìm thấy đơn vị \"Phòng XYZ\" trong danh mục đơn vị");
  }

  @Test
  void keepsAnUnknownNameWithCommasInOnePiece() {
    assertThatThrownBy(() -> matcher.resolve("Sở Văn hóa, Thể thao và Du lịch biển"))
        .isInstanceOfSatisfying(UnknownAgencyException.class, e -> assertThat(e.parts())
            .containsExactly("Sở Văn hóa, Thể thao và Du lịch biển"));
  }

  @Test
  void readsAVeryLongCellInReasonableTime() {
    String cell = "Sở Y tế, ".repeat(5_000) + "Sở Không Có";

    assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThatThrownBy(() -> matcher.resolve(cell))
        .isInstanceOfSatisfying(UnknownAgencyException.class, e -> assertThat(e.parts()).containsExactly("Sở Không Có")));
  }

  @Test
  void readsABlankCellAsNoAgency() {
    assertThat(matcher.resolve("  ")).isEmpty();
    assertThat(matcher.resolve(null)).isEmpty();
  }

  @Test
  void everyNameAndAliasOfTheDirectoryNamesOneAgencyOnly() {
    Map<String, List<String>> owners = new HashMap<>();
    for (Agency agency : PlanImportFixtures.DIRECTORY.all()) {
      Stream.concat(Stream.of(agency.name()), agency.aliases().stream()).map(PlanText::key).distinct()
          .forEach(key -> owners.computeIfAbsent(key, k -> new ArrayList<>()).add(agency.id()));
    }
    assertThat(owners).allSatisfy((key, ids) -> assertThat(ids).as(key).hasSize(1));
    for (Agency agency : PlanImportFixtures.DIRECTORY.all()) {
      assertThat(matcher.resolve(agency.id())).as(agency.id()).containsExactly(agency.id());
      assertThat(matcher.resolve(agency.name())).as(agency.name()).containsExactly(agency.id());
      agency.aliases().forEach(alias -> assertThat(matcher.resolve(alias)).as(alias).containsExactly(agency.id()));
    }
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return Stream.of(lists).flatMap(List::stream).toList();
  }
}
