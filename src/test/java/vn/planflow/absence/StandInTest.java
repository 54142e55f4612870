package vn.planflow.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;
import vn.planflow.notification.NoticeKind;
import vn.planflow.notification.Notifications;
import vn.planflow.notification.OutboxSender;
import vn.planflow.notification.TaskNotice;

/**
 * An official away (vắng mặt) with a stand-in (ủy quyền): the stand-in gets their mail, lists and
 * takes their tasks in Tasklist (over the REST API Tasklist uses) while the absence lasts, and no
 * longer after it.
 */
@PlanflowTest
class StandInTest {

  /** The absent official and their stand-in: the demo's two officials of Sở Tài chính. */
  static final String AWAY = "so-tai-chinh";
  static final String STAND_IN = "nguyen-thi-lan";
  static final String TEST_GROUP = "to-cong-tac-thu-nghiem";
  static final ZoneId VINH = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  Absences absences;
  @Autowired
  StandIns standIns;
  @Autowired
  StandInAccess access;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Notifications notifications;
  @Autowired
  OutboxSender sender;
  @Autowired
  GreenMail embeddedSmtpServer;

  final List<String> plans = new ArrayList<>();
  LocalDate today;

  @BeforeEach
  void atEightInTheMorning() {
    today = LocalDate.now(VINH);
    ClockUtil.setCurrentTime(at(today));
  }

  @AfterEach
  void cleanUp() {
    for (Absence absence : absences.all()) {
      access.revoke(absence);
    }
    jdbc.update("DELETE FROM pf_absence");
    jdbc.update("DELETE FROM pf_task_move");
    standIns.forget();
    plans.forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
    identityService.deleteGroup(TEST_GROUP);
    jdbc.update("DELETE FROM pf_notification");
    ClockUtil.reset();
  }

  @Test
  void aReminderToTheAbsentOfficialAlsoReachesTheStandIn() throws Exception {
    Group group = identityService.newGroup(TEST_GROUP);
    group.setName("Tổ công tác thử nghiệm");
    identityService.saveGroup(group);
    identityService.createMembership(AWAY, TEST_GROUP);
    embeddedSmtpServer.purgeEmailFromAllMailboxes();

    notifications.enqueue(reminderTo(TEST_GROUP));
    sender.sendDue();
    assertThat(recipientsOfAll()).as("before the absence").containsExactly(AWAY + "@nghean.gov.vn");

    absences.record(AWAY, STAND_IN, today.toString(), today.plusDays(2).toString(), "Nghỉ phép năm", AWAY);
    embeddedSmtpServer.purgeEmailFromAllMailboxes();
    notifications.enqueue(reminderTo(TEST_GROUP));
    sender.sendDue();

    assertThat(recipientsOfAll()).containsExactlyInAnyOrder(AWAY + "@nghean.gov.vn", STAND_IN + "@nghean.gov.vn");
    assertThat(embeddedSmtpServer.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .allSatisfy(subject -> assertThat(subject).startsWith("[Nhắc hạn] "));

    ClockUtil.setCurrentTime(at(today.plusDays(3)));
    embeddedSmtpServer.purgeEmailFromAllMailboxes();
    notifications.enqueue(reminderTo(TEST_GROUP));
    sender.sendDue();
    assertThat(recipientsOfAll()).as("after the absence").containsExactly(AWAY + "@nghean.gov.vn");
  }

  @Test
  void theStandInListsTakesAndCompletesTheAbsentOfficialsTaskDuringTheAbsenceAndNotAfter() {
    String task = claimedSurvey();
    String later = claimedSurvey();
    assertThat(setAssignee(STAND_IN, later).getStatusCode()).as("before the absence").isEqualTo(HttpStatus.FORBIDDEN);

    Absence absence = absences.record(AWAY, STAND_IN, today.toString(), today.plusDays(1).toString(), "Đi công tác",
        AWAY);

    String filterId = standInFilter();
    assertThat(filterService.getFilter(filterId).getName())
        .isEqualTo("Ủy quyền: Cán bộ Sở Tài chính (đến " + DateTextsForTest.format(today.plusDays(1)) + ")");
    assertThat(listed(filterId)).contains(task, later);
    assertThat(rest.withBasicAuth("so-y-te", "demo").getForObject("/engine-rest/filter", JsonNode.class)
        .findValuesAsText("id")).as("nobody else sees the filter").doesNotContain(filterId);

    assertThat(setAssignee(STAND_IN, task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> done = post(STAND_IN, "/engine-rest/task/" + task + "/complete",
        "{\"variables\": {\"" + Vars.REPORT_SUMMARY + "\": {\"value\": \"Báo cáo do người được ủy quyền gửi\","
            + " \"type\": \"String\"}}}");
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();

    ClockUtil.setCurrentTime(at(today.plusDays(2)));
    assertThat(absences.check()).isEqualTo(1);

    assertThat(rest.withBasicAuth(STAND_IN, "demo").exchange("/engine-rest/filter/" + filterId + "/list",
        HttpMethod.POST, json("{}"), String.class).getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(access.filterOf(absence.id())).isNull();
    assertThat(setAssignee(STAND_IN, later).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(later).singleResult().getAssignee()).isEqualTo(AWAY);
  }

  @Test
  void anAbsenceRecordedAheadStartsWhenTheEnginesClockReachesItsFirstDay() {
    String task = claimedSurvey();
    LocalDate monday = today.plusDays(7);
    Absence absence = absences.record(AWAY, STAND_IN, monday.toString(), monday.plusDays(4).toString(),
        "Học tập bồi dưỡng", AWAY);

    assertThat(absences.check()).isZero();
    assertThat(access.filterOf(absence.id())).isNull();
    assertThat(standIns.standInOf(AWAY, today)).isEmpty();
    assertThat(setAssignee(STAND_IN, task).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ClockUtil.setCurrentTime(at(monday));
    assertThat(absences.check()).isEqualTo(1);

    assertThat(standIns.standInOf(AWAY, monday)).contains(STAND_IN);
    assertThat(listed(standInFilter())).containsExactly(task);
    assertThat(setAssignee(STAND_IN, task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ClockUtil.setCurrentTime(at(monday.plusDays(5)));
    assertThat(absences.check()).isEqualTo(1);
    assertThat(access.filterOf(absence.id())).isNull();
  }

  @Test
  void aCancelledAbsenceStopsAtOnce() {
    claimedSurvey();
    Absence absence = absences.record(AWAY, STAND_IN, today.toString(), today.plusDays(3).toString(), "Nghỉ ốm",
        AWAY);
    assertThat(access.filterOf(absence.id())).isNotNull();

    assertThatThrownBy(() -> absences.cancel(absence.id(), "so-y-te", false))
        .isInstanceOf(AbsenceRefusedException.class).hasMessageContaining("Chỉ người vắng mặt");
    absences.cancel(absence.id(), AWAY, false);

    assertThat(access.filterOf(absence.id())).isNull();
    assertThat(standIns.standInOf(AWAY, today)).isEmpty();
    assertThat(jdbc.queryForObject("SELECT cancelled_by FROM pf_absence WHERE id = ?", String.class, absence.id()))
        .isEqualTo(AWAY);
  }

  @Test
  void refusalsAreInVietnameseAndLeaveNothingBehind() {
    String from = today.toString();
    String to = today.plusDays(2).toString();
    absences.record("so-khcn", "tran-thi-mai", from, to, "Nghỉ phép", "so-khcn");
    int rows = count();
    int filters = (int) filterService.createFilterQuery().count();

    refused(AWAY, "so-y-te", from, to, "Nghỉ phép", "không cùng đơn vị");
    refused(AWAY, AWAY, from, to, "Nghỉ phép", "không phải chính người vắng mặt");
    refused(AWAY, STAND_IN, to, from, "Nghỉ phép", "ở trước ngày bắt đầu");
    refused(AWAY, "khong-co-ai", from, to, "Nghỉ phép", "Không có tài khoản \"khong-co-ai\"");
    refused("khong-co-ai", STAND_IN, from, to, "Nghỉ phép", "Không có tài khoản \"khong-co-ai\"");
    refused(AWAY, STAND_IN, from, to, " ", "lý do");
    refused(AWAY, STAND_IN, "31/02/2026", to, "Nghỉ phép", "không phải là một ngày hợp lệ");
    refused("tran-thi-mai", "so-khcn", from, to, "Nghỉ phép", "cũng vắng mặt");
    refused("so-khcn", "tran-thi-mai", today.plusDays(2).toString(), today.plusDays(4).toString(), "Công tác",
        "đã có kỳ vắng mặt");
    absences.record("tran-thi-mai", "so-khcn", today.plusDays(5).toString(), today.plusDays(6).toString(), "Công tác",
        "tran-thi-mai");
    refused("so-khcn", "tran-thi-mai", today.plusDays(6).toString(), today.plusDays(8).toString(), "Công tác",
        "cũng vắng mặt");

    assertThat(count()).isEqualTo(rows + 1);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void anAdministratorMovesAllOfAnOfficialsOpenTasksOrNone() {
    String own = claimedSurvey();
    String other = surveyOf("so-y-te");
    taskService.setAssignee(other, AWAY);
    vn.planflow.web.PageForm page = vn.planflow.web.PageForm.open(rest, "admin", "admin", AbsencePages.ADMIN);

    ResponseEntity<String> refused = move(page, AWAY, STAND_IN);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Không chuyển công việc nào", "Nguyễn Thị Lan không thuộc đơn vị",
        other, "Sở Y tế");
    assertThat(taskService.createTaskQuery().taskAssignee(AWAY).count()).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pf_task_move", Integer.class)).isZero();

    taskService.setAssignee(other, null);
    String another = claimedSurvey();
    ResponseEntity<String> moved = move(page, AWAY, STAND_IN);

    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(moved.getBody()).contains("Đã chuyển 2 công việc đang mở");
    assertThat(taskService.createTaskQuery().taskAssignee(STAND_IN).list()).extracting(t -> t.getId())
        .containsExactlyInAnyOrder(own, another);
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM pf_task_move");
    assertThat(rows).hasSize(2).allSatisfy(row -> {
      assertThat(row.get("FROM_USER")).isEqualTo(AWAY);
      assertThat(row.get("TO_USER")).isEqualTo(STAND_IN);
      assertThat(row.get("MOVED_BY")).isEqualTo("admin");
      assertThat(row.get("REASON")).isEqualTo("Cán bộ nghỉ hưu");
      assertThat(row.get("PROCESS_INSTANCE_ID")).isIn(plans);
    });
    assertThat(rows.stream().map(row -> row.get("BATCH_ID")).distinct()).hasSize(1);
    assertThat(move(page, AWAY, STAND_IN).getBody()).contains("không có công việc đang mở nào");
  }

  private ResponseEntity<String> move(vn.planflow.web.PageForm page, String from, String to) {
    var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
    form.add("fromUser", from);
    form.add("toUser", to);
    form.add("reason", "Cán bộ nghỉ hưu");
    return rest.withBasicAuth("admin", "admin").postForEntity(AbsencePages.ADMIN + "/chuyen-viec",
        new HttpEntity<>(page.with(form), page.headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class);
  }

  private void refused(String userId, String standIn, String from, String to, String reason, String message) {
    assertThatThrownBy(() -> absences.record(userId, standIn, from, to, reason, userId))
        .isInstanceOf(AbsenceRefusedException.class).hasMessageContaining(message);
  }

  private int count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM pf_absence", Integer.class);
  }

  /** A survey task of a new plan for the absent official's agency, claimed by them. */
  private String claimedSurvey() {
    String task = surveyOf(AWAY);
    taskService.claim(task, AWAY);
    return task;
  }

  private String surveyOf(String agency) {
    ProcessInstance plan = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, agency));
    plans.add(plan.getId());
    return taskService.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT)
        .singleResult().getId();
  }

  private String standInFilter() {
    for (JsonNode filter : rest.withBasicAuth(STAND_IN, "demo").getForObject("/engine-rest/filter", JsonNode.class)) {
      if (filter.get("name").asText().startsWith("Ủy quyền: ")) {
        return filter.get("id").asText();
      }
    }
    throw new AssertionError("the stand-in has no filter Ủy quyền");
  }

  private List<String> listed(String filterId) {
    JsonNode tasks = rest.withBasicAuth(STAND_IN, "demo").exchange("/engine-rest/filter/" + filterId + "/list",
        HttpMethod.POST, json("{}"), JsonNode.class).getBody();
    return tasks.findValuesAsText("id");
  }

  private ResponseEntity<String> setAssignee(String user, String task) {
    return post(user, "/engine-rest/task/" + task + "/assignee", "{\"userId\": \"" + user + "\"}");
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, json(body), String.class);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private TaskNotice reminderTo(String group) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return new TaskNotice(NoticeKind.REMINDER, UUID.randomUUID().toString(), "Báo cáo hiện trạng", "",
        UUID.randomUUID().toString(), "Kế hoạch thử nghiệm", group, "Tổ công tác thử nghiệm",
        Date.from(now.plusSeconds(3 * 24 * 3600)), now, 2, List.of(group), null);
  }

  private List<String> recipientsOfAll() throws Exception {
    List<String> all = new ArrayList<>();
    for (MimeMessage message : embeddedSmtpServer.getReceivedMessages()) {
      all.addAll(Arrays.stream(message.getAllRecipients()).map(Address::toString).toList());
    }
    return all.stream().distinct().toList();
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(8, 0)).atZone(VINH).toInstant());
  }

  /** dd/MM/yyyy, as filter names write the end of an absence. */
  private static final class DateTextsForTest {
    static String format(LocalDate day) {
      return String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
  }
}
