package vn.planflow.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.planflow.PlanflowTest;
import vn.planflow.web.AtOnce;
import vn.planflow.web.PageForm;

/** {@code /ca-nhan/vang-mat} for every official, {@code /quan-tri/uy-quyen} for administrators, forms CSRF-checked. */
@PlanflowTest
class AbsencePagesTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Absences absences;
  @Autowired
  StandInAccess access;
  @Autowired
  StandIns standIns;
  @Autowired
  JdbcTemplate jdbc;

  final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @AfterEach
  void cleanUp() {
    for (Absence absence : absences.all()) {
      access.revoke(absence);
    }
    jdbc.update("DELETE FROM pf_absence");
    standIns.forget();
    ClockUtil.reset();
  }

  @Test
  void anOfficialRecordsAndCancelsTheirAbsenceOnTheirPage() {
    ResponseEntity<String> page = rest.withBasicAuth("so-khcn", "demo").getForEntity(AbsencePages.PERSONAL, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Vắng mặt và ủy quyền", "Trần Thị Mai (tran-thi-mai)", "Chưa có kỳ vắng mặt nào")
        .doesNotContain("Nguyễn Thị Lan");

    ResponseEntity<String> recorded = post("so-khcn", AbsencePages.PERSONAL,
        form("tran-thi-mai", today.plusDays(1).toString(), today.plusDays(3).toString(), "Nghỉ phép năm"));

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.getBody()).contains("Đã ghi nhận kỳ vắng mặt", "Sắp tới", "Nghỉ phép năm");
    Absence absence = absences.concerning("so-khcn").get(0);
    assertThat(absence.standIn()).isEqualTo("tran-thi-mai");
    assertThat(absence.agencyId()).isEqualTo("so-khcn");
    assertThat(absence.recordedBy()).isEqualTo("so-khcn");
    assertThat(recorded.getBody()).as("the page's cancel button posts to the absence")
        .contains("action=\"" + AbsencePages.PERSONAL + "/" + absence.id() + "/huy\"");
    assertThat(rest.withBasicAuth("tran-thi-mai", "demo").getForObject(AbsencePages.PERSONAL, String.class))
        .contains("Tôi được ủy quyền", "Cán bộ Sở KH&amp;CN");

    ResponseEntity<String> cancelled = post("so-khcn", AbsencePages.PERSONAL + "/" + absence.id() + "/huy",
        new LinkedMultiValueMap<>());
    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cancelled.getBody()).contains("Đã hủy kỳ vắng mặt", "Đã hủy");
    assertThat(absences.concerning("so-khcn").get(0).cancelledBy()).isEqualTo("so-khcn");
  }

  @Test
  void aRefusalIsShownInVietnameseAndRecordsNothing() {
    ResponseEntity<String> refused = post("so-khcn", AbsencePages.PERSONAL,
        form("so-y-te", today.toString(), today.plusDays(1).toString(), "Nghỉ phép"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("không cùng đơn vị với Cán bộ Sở KH&amp;CN");
    assertThat(absences.all()).isEmpty();
  }

  @Test
  void aHurriedOfficialSubmittingEightTimesAtOnceGetsOneAbsence() throws Exception {
    PageForm page = PageForm.open(rest, "so-khcn", "demo", AbsencePages.PERSONAL);
    Callable<Integer> submission = page.submit(rest, "so-khcn", "demo", AbsencePages.PERSONAL,
        form("tran-thi-mai", today.toString(), today.plusDays(2).toString(), "Nghỉ phép năm"));

    Map<Integer, Integer> statuses = AtOnce.run(8, Collections.nCopies(8, submission));

    // one recorded, the seven others refused as overlapping it
    assertThat(statuses).isEqualTo(Map.of(200, 1, 400, 7));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pf_absence WHERE user_id = 'so-khcn'", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void aFormPostedWithoutItsTokenIsRefused() {
    MultiValueMap<String, String> form = form("tran-thi-mai", today.toString(), today.plusDays(1).toString(), "Nghỉ");
    ResponseEntity<String> forged = rest.withBasicAuth("so-khcn", "demo").postForEntity(AbsencePages.PERSONAL,
        new HttpEntity<>(form, new PageForm(null, null).headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class);

    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forged.getBody()).contains("Biểu mẫu đã hết hạn");
    assertThat(absences.all()).isEmpty();
  }

  @Test
  void theAdministratorsPageIsForAdministrators() {
    assertThat(rest.withBasicAuth("so-khcn", "demo").getForEntity(AbsencePages.ADMIN, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(AbsencePages.PERSONAL, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> recorded = post("admin", AbsencePages.ADMIN,
        with(form("le-van-hung", today.toString(), today.plusDays(2).toString(), "Đi công tác"), "userId", "vp-ubnd"));

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.getBody()).contains("Đã ghi nhận kỳ vắng mặt của Cán bộ", "Lê Văn Hùng", "Đang vắng mặt");
    Absence absence = absences.concerning("vp-ubnd").get(0);
    assertThat(absence.recordedBy()).isEqualTo("admin");
    assertThat(recorded.getBody()).contains("action=\"" + AbsencePages.ADMIN + "/" + absence.id() + "/huy\"");
    assertThat(standIns.standInOf("vp-ubnd", today)).contains("le-van-hung");
    assertThat(rest.withBasicAuth("le-van-hung", "demo").getForObject(AbsencePages.PERSONAL, String.class))
        .contains("Tôi được ủy quyền", "/camunda/app/tasklist/default/#/?filter="
            + access.filterOf(absence.id()).getId());

    ResponseEntity<String> cancelled = post("admin", AbsencePages.ADMIN + "/" + absence.id() + "/huy",
        new LinkedMultiValueMap<>());
    assertThat(cancelled.getBody()).contains("Đã hủy kỳ vắng mặt của");
    assertThat(standIns.standInOf("vp-ubnd", today)).isEmpty();
  }

  private ResponseEntity<String> post(String user, String path, MultiValueMap<String, String> form) {
    String password = "admin".equals(user) ? "admin" : "demo";
    String pageUrl = "admin".equals(user) ? AbsencePages.ADMIN : AbsencePages.PERSONAL;
    PageForm page = PageForm.open(rest, user, password, pageUrl);
    return rest.withBasicAuth(user, password).postForEntity(path,
        new HttpEntity<>(page.with(form), page.headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class);
  }

  private static MultiValueMap<String, String> form(String standIn, String from, String to, String reason) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("standIn", standIn);
    form.add("from", from);
    form.add("to", to);
    form.add("reason", reason);
    return form;
  }

  private static MultiValueMap<String, String> with(MultiValueMap<String, String> form, String name, String value) {
    form.add(name, value);
    return form;
  }
}
