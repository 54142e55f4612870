package vn.planflow.notification;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.planflow.notification.TestNotices.newTaskId;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admins' mail page, notification log and its JSON: for {@code camunda-admin} only. */
@PlanflowTest
class AdminPagesTest {

  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  Notifications notifications;
  @Autowired
  OutboxSender sender;
  @Autowired
  GreenMail embeddedSmtpServer;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;

  String sentTask;
  String undeliverableTask;

  @BeforeEach
  void oneSentAndOneUndeliverableMail() throws Exception {
    TestNotices.atTheReminderMoment();
    jdbc.update("DELETE FROM pf_notification");
    embeddedSmtpServer.purgeEmailFromAllMailboxes();
    Group empty = identityService.newGroup("phong-khong-nguoi");
    empty.setName("Phòng không có người dùng");
    identityService.saveGroup(empty);
    sentTask = newTaskId();
    undeliverableTask = newTaskId();
    notifications.enqueue(TestNotices.escalation(sentTask, "so-y-te", "so-tttt", null));
    notifications.enqueue(TestNotices.reminder(undeliverableTask, "phong-khong-nguoi", null));
    sender.sendDue();
  }

  @AfterEach
  void removeGroup() {
    ClockUtil.reset();
    identityService.deleteGroup("phong-khong-nguoi");
  }

  @Test
  void showsAdminsEveryMessageTheEmbeddedServerReceived() {
    ResponseEntity<String> page = rest.withBasicAuth("admin", "admin").getForEntity("/quan-tri/thu", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Hộp thư hệ thống", "[Quá hạn] " + TestNotices.TASK,
        "so-y-te@nghean.gov.vn", "so-tttt@nghean.gov.vn", "đã quá hạn 3 ngày làm việc", "?task=" + sentTask);
  }

  @Test
  void refusesTheMailPagesToOfficialsAndStrangers() {
    ResponseEntity<String> official = rest.withBasicAuth("so-y-te", "demo").getForEntity("/quan-tri/thu", String.class);
    assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(official.getBody()).contains("Chỉ quản trị viên hệ thống").doesNotContain(TestNotices.TASK);

    ResponseEntity<String> stranger = rest.getForEntity("/quan-tri/thong-bao", String.class);
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(stranger.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(stranger.getBody()).contains("Cần đăng nhập");

    assertThat(rest.withBasicAuth("khong-co-ai", "demo").getForEntity("/quan-tri/thu", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void logsEveryMailWithItsDeliveryFilteredByStatus() {
    ResponseEntity<String> all = rest.withBasicAuth("admin", "admin").getForEntity("/quan-tri/thong-bao", String.class);
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(all.getBody()).contains("Nhật ký thông báo", sentTask, undeliverableTask, "Đã gửi",
        "Không có người nhận", "Quá hạn", "Nhắc hạn", "30/09/2021");

    String undeliverable = rest.withBasicAuth("admin", "admin")
        .getForObject("/quan-tri/thong-bao?status=UNDELIVERABLE", String.class);
    assertThat(undeliverable).contains(undeliverableTask).doesNotContain(sentTask);
  }

  @Test
  void answersTheLogAsJsonForAdmins() {
    ResponseEntity<JsonNode> all = rest.withBasicAuth("admin", "admin").getForEntity("/api/notifications", JsonNode.class);
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(all.getBody()).hasSize(2);
    assertThat(all.getBody().get(0).get("taskId").asText()).isEqualTo(undeliverableTask);

    JsonNode sent = rest.withBasicAuth("admin", "admin")
        .getForObject("/api/notifications?status=sent", JsonNode.class);
    assertThat(sent).hasSize(1);
    JsonNode mail = sent.get(0);
    assertThat(mail.get("taskId").asText()).isEqualTo(sentTask);
    assertThat(mail.get("kind").asText()).isEqualTo("ESCALATION");
    assertThat(mail.get("status").asText()).isEqualTo("SENT");
    assertThat(mail.get("agencyName").asText()).isEqualTo("Sở Y tế");
    assertThat(mail.get("planTitle").asText()).isEqualTo(TestNotices.PLAN);
    assertThat(mail.get("recipients")).extracting(JsonNode::asText)
        .containsExactly("so-y-te@nghean.gov.vn", "so-tttt@nghean.gov.vn");
    assertThat(mail.get("attempts").asInt()).isZero();
    assertThat(mail.get("moment").asText()).isEqualTo(TestNotices.DUE.plusSeconds(3 * 24 * 3600).toString());
    assertThat(mail.get("sentAt").isNull()).isFalse();

    assertThat(rest.withBasicAuth("admin", "admin").getForObject("/api/notifications?status=UNDELIVERABLE",
        JsonNode.class)).singleElement().satisfies(row -> assertThat(row.get("taskId").asText()).isEqualTo(undeliverableTask));
  }

  @Test
  void refusesTheJsonToOfficialsAndStrangers() {
    ResponseEntity<JsonNode> official = rest.withBasicAuth("so-y-te", "demo")
        .getForEntity("/api/notifications", JsonNode.class);
    assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(official.getBody().get("message").asText()).contains("Chỉ quản trị viên hệ thống");

    assertThat(rest.getForEntity("/api/notifications", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/api/notifications?status=LOST", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void showsAdministratorsTheIncidentsOfTheProcesses() {
    org.camunda.bpm.model.bpmn.BpmnModelInstance model = org.camunda.bpm.model.bpmn.Bpmn
        .createExecutableProcess("incident-probe").camundaHistoryTimeToLive(1).startEvent()
        .serviceTask("Task_AlwaysFails").camundaAsyncBefore().camundaExpression("${noSuchBean.call()}").endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("incident-probe.bpmn", model).deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("incident-probe").getId();
    String job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();
    engine.getManagementService().setJobRetries(job, 0);

    String page = rest.withBasicAuth("admin", "admin").getForObject("/quan-tri/thong-bao", String.class);

    assertThat(page).contains("Sự cố của quy trình", "Task_AlwaysFails", "#/process-instance/" + instance);
    engine.getRuntimeService().deleteProcessInstance(instance, "test");
  }
}
