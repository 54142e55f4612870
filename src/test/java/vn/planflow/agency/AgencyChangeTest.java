package vn.planflow.agency;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/**
 * Agency changes through {@code POST /api/agencies/{id}/successor}: Sở TT&TT merged into Sở
 * KH&CN (seed 004), a district abolished in favour of another, chains, refusals. Runs in a context
 * of its own (the property below), closed afterwards: retiring agencies must not leak into other
 * tests.
 */
@PlanflowTest
class AgencyChangeTest {

  /**
   * These changes are recorded as an administrator did in October 2024, before the directory's
   * own dates ended Sở TT&TT (28/02/2025) and the districts (30/6/2025).
   */
  @org.junit.jupiter.api.BeforeEach
  void readBeforeTheMerger() {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        java.time.LocalDate.of(2024, 10, 1).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
  }

  @org.junit.jupiter.api.AfterEach
  void resetTheClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }


  static final String SO_TTTT = "so-tttt";
  static final String SO_KHCN = "so-khcn";
  static final String SO_Y_TE = "so-y-te";
  static final String KHCN_NAME = "Sở Khoa học và Công nghệ";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  AgencySuccessions successions;

  AgencyChangeClient api;

  @BeforeEach
  void client() {
    api = new AgencyChangeClient(rest);
  }

  @AfterEach
  void forgetChanges() {
    AgencyChangeClient.forgetChanges(jdbc, successions);
  }

  @Test
  void mergingMovesTheOpenSurveyTaskAndTheLeadToTheSuccessorKeepingItsDeadline() {
    ProcessInstance plan = startPlan("so-tttt,so-y-te");
    Task survey = surveyTaskOf(plan, SO_TTTT);
    taskService.claim(survey.getId(), SO_TTTT);
    long jobsBefore = managementService.createJobQuery().processInstanceId(plan.getId()).count();

    ResponseEntity<JsonNode> response = api.merge(SO_TTTT, SO_KHCN);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody().get("movedTaskIds").toString()).contains(survey.getId());
    Task moved = taskService.createTaskQuery().taskId(survey.getId()).singleResult();
    assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(survey.getId()))).containsExactly(SO_KHCN);
    assertThat(moved.getAssignee()).as("claimed by so-tttt, who is not in so-khcn").isNull();
    assertThat(moved.getDueDate()).isEqualTo(survey.getDueDate());
    assertThat(managementService.createJobQuery().processInstanceId(plan.getId()).count()).isEqualTo(jobsBefore);
    assertThat(taskService.getVariableLocal(survey.getId(), Vars.AGENCY_NAME)).isEqualTo(KHCN_NAME);
    assertThat(runtimeService.getVariable(plan.getId(), Vars.LEAD_AGENCY)).isEqualTo(SO_KHCN);
    assertThat(runtimeService.getVariable(plan.getId(), Vars.LEAD_AGENCY_NAME)).isEqualTo(KHCN_NAME);
    assertThat(runtimeService.getVariable(plan.getId(), Vars.SURVEY_AGENCIES)).isEqualTo("so-khcn,so-y-te");
    assertThat(runtimeService.getVariable(moved.getExecutionId(), Vars.SURVEY_AGENCY)).isEqualTo(SO_KHCN);
    assertThat(runtimeService.getVariable(plan.getId(), Vars.OFFICE_AGENCY)).isEqualTo("vp-ubnd");
  }

  @Test
  void theSuccessorsOfficialSeesAndCompletesTheMovedTasksAndTheOldOneNoLonger() {
    ProcessInstance plan = startPlan("so-tttt,so-y-te");
    String survey = surveyTaskOf(plan, SO_TTTT).getId();
    // so-tttt leads this plan too: its own survey task and the outline task
    assertThat(api.visibleTasks(SO_TTTT, plan.getId())).contains(survey).hasSize(2);

    api.merge(SO_TTTT, SO_KHCN);

    assertThat(api.visibleTasks(SO_TTTT, plan.getId())).isEmpty();
    // beside the lead's outline task, moved with it
    assertThat(api.visibleTasks(SO_KHCN, plan.getId())).contains(survey).hasSize(2);
    assertThat(api.complete(SO_TTTT, survey, Map.of(Vars.REPORT_SUMMARY, "Báo cáo")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.complete(SO_KHCN, survey, Map.of(Vars.REPORT_SUMMARY, "Báo cáo của Sở KH&CN")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    taskService.complete(surveyTaskOf(plan, SO_Y_TE).getId(), Map.of(Vars.REPORT_SUMMARY, "Báo cáo của Sở Y tế"));

    Task synthesis = single(plan, Tasks.SYNTHESIZE_SURVEY);
    assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(synthesis.getId()))).containsExactly(SO_KHCN);
    assertThat(api.visibleTasks(SO_KHCN, plan.getId())).contains(synthesis.getId());
    assertThat(api.visibleTasks(SO_TTTT, plan.getId())).isEmpty();
    assertThat(api.complete(SO_KHCN, synthesis.getId(), Map.of(Vars.SYNTHESIS_SUMMARY, "Tổng hợp của Sở KH&CN"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task draft = single(plan, Tasks.DRAFT_DOCUMENTS);
    assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(draft.getId()))).containsExactly(SO_KHCN);
  }

  @Test
  void theChangeIsRecordedWithWhoWhenWhyAndWhichTasks() {
    ProcessInstance plan = startPlan("so-tttt,so-y-te");
    String survey = surveyTaskOf(plan, SO_TTTT).getId();

    api.merge(SO_TTTT, SO_KHCN);

    JsonNode changes = api.changes();
    assertThat(changes).hasSize(1);
    JsonNode change = changes.get(0);
    assertThat(change.get("agencyId").asText()).isEqualTo(SO_TTTT);
    assertThat(change.get("agencyName").asText()).isEqualTo("Sở Thông tin và Truyền thông");
    assertThat(change.get("successorId").asText()).isEqualTo(SO_KHCN);
    assertThat(change.get("kind").asText()).isEqualTo("merge");
    assertThat(change.get("reason").asText()).startsWith("Nghị quyết");
    assertThat(change.get("effectiveDate").asText()).isEqualTo("2024-09-30");
    assertThat(change.get("recordedBy").asText()).isEqualTo("admin");
    assertThat(change.get("recordedAt").asText()).isNotBlank();
    assertThat(change.get("movedTaskIds").toString()).contains(survey);
    assertThat(change.get("movedProcessInstanceIds").toString()).contains(plan.getId());
    assertThat(successions.current(SO_TTTT)).isEqualTo(SO_KHCN);
    // the old group stays, and history still says the task was so-tttt's first
    assertThat(identityService.createGroupQuery().groupId(SO_TTTT).count()).isEqualTo(1);
    assertThat(historyService.createHistoricIdentityLinkLogQuery().taskId(survey).groupId(SO_TTTT).count())
        .isEqualTo(2);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
        .variableName(Vars.LEAD_AGENCY).singleResult().getValue()).isEqualTo(SO_KHCN);
  }

  @Test
  void aClaimBySomeoneWhoAlsoBelongsToTheSuccessorIsKept() {
    User both = identityService.newUser("kiem-nhiem");
    both.setPassword("demo");
    identityService.saveUser(both);
    identityService.createMembership("kiem-nhiem", SO_TTTT);
    identityService.createMembership("kiem-nhiem", SO_KHCN);
    try {
      ProcessInstance plan = startPlan("so-tttt,so-y-te");
      String survey = surveyTaskOf(plan, SO_TTTT).getId();
      taskService.claim(survey, "kiem-nhiem");

      api.merge(SO_TTTT, SO_KHCN);

      assertThat(taskService.createTaskQuery().taskId(survey).singleResult().getAssignee()).isEqualTo("kiem-nhiem");
      assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(survey))).containsExactly(SO_KHCN);
    } finally {
      identityService.deleteUser("kiem-nhiem");
    }
  }

  @Test
  void anAbolishedDistrictsOpenTasksMoveToTheAgencyReplacingIt() {
    ProcessInstance plan = startPlan("ubnd-tx-cua-lo,ubnd-tp-vinh,so-y-te");
    String cuaLo = surveyTaskOf(plan, "ubnd-tx-cua-lo").getId();

    ResponseEntity<JsonNode> response = api.change(AgencyChangeClient.ADMIN, AgencyChangeClient.ADMIN_PASSWORD,
        "ubnd-tx-cua-lo", Map.of("successor", "ubnd-tp-vinh", "kind", "replace",
            "reason", "Nhập thị xã Cửa Lò vào thành phố Vinh", "effectiveDate", "2024-09-30"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody().get("kind").asText()).isEqualTo("replace");
    assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(cuaLo))).containsExactly("ubnd-tp-vinh");
    assertThat(runtimeService.getVariable(plan.getId(), Vars.SURVEY_AGENCIES)).isEqualTo("ubnd-tp-vinh,so-y-te");
    assertThat(api.visibleTasks("ubnd-tp-vinh", plan.getId())).hasSize(2).contains(cuaLo);
    assertThat(api.visibleTasks("ubnd-tx-cua-lo", plan.getId())).isEmpty();
  }

  @Test
  void aSecondChangeIsFollowedAlongTheChainByTasksCreatedAfterwards() {
    ProcessInstance before = startPlan("so-tttt,so-y-te");
    api.merge(SO_TTTT, SO_KHCN);
    ProcessInstance between = startPlan("so-khcn,so-y-te");

    ResponseEntity<JsonNode> second = api.merge(SO_KHCN, "so-cong-thuong");

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(successions.chain(SO_TTTT)).containsExactly(SO_TTTT, SO_KHCN, "so-cong-thuong");
    assertThat(runtimeService.getVariable(before.getId(), Vars.LEAD_AGENCY)).isEqualTo("so-cong-thuong");
    assertThat(runtimeService.getVariable(between.getId(), Vars.SURVEY_AGENCIES)).isEqualTo("so-cong-thuong,so-y-te");

    // a plan started afterwards that still names so-tttt, as lead and as surveyed agency
    ProcessInstance after = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, "so-tttt,so-y-te", Vars.LEAD_AGENCY, SO_TTTT));
    List<String> surveyed = taskService.createTaskQuery().processInstanceId(after.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).list().stream()
        .flatMap(task -> TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(task.getId())).stream()).toList();
    assertThat(surveyed).containsExactlyInAnyOrder("so-cong-thuong", SO_Y_TE);
    assertThat(runtimeService.getVariable(after.getId(), Vars.LEAD_AGENCY)).isEqualTo("so-cong-thuong");
    assertThat(api.visibleTasks(SO_TTTT, after.getId())).isEmpty();
    assertThat(api.visibleTasks(SO_KHCN, after.getId())).isEmpty();
    Task congThuong = surveyTaskOf(after, "so-cong-thuong");
    assertThat(taskService.getVariableLocal(congThuong.getId(), Vars.AGENCY_NAME)).isEqualTo("Sở Công Thương");
    assertThat(api.complete("so-cong-thuong", congThuong.getId(), Map.of(Vars.REPORT_SUMMARY, "Báo cáo"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    taskService.complete(surveyTaskOf(after, SO_Y_TE).getId(), Map.of(Vars.REPORT_SUMMARY, "Báo cáo của Sở Y tế"));
    Task synthesis = single(after, Tasks.SYNTHESIZE_SURVEY);
    assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(synthesis.getId())))
        .containsExactly("so-cong-thuong");
    assertThat(api.visibleTasks("so-cong-thuong", after.getId())).contains(synthesis.getId());
  }

  @Test
  void refusalsChangeNothing() {
    ProcessInstance plan = startPlan("so-tttt,so-y-te");
    String survey = surveyTaskOf(plan, SO_TTTT).getId();

    ResponseEntity<JsonNode> official = api.change(SO_Y_TE, "demo", SO_TTTT,
        Map.of("successor", SO_KHCN, "kind", "merge", "reason", "Thử"));
    assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(official.getBody().get("message").asText()).contains("camunda-admin");
    assertThat(refused("khong-co", Map.of("successor", SO_KHCN, "kind", "merge", "reason", "Thử")))
        .contains("Không có đơn vị mã \"khong-co\"");
    assertThat(refused(SO_TTTT, Map.of("successor", "khong-co", "kind", "merge", "reason", "Thử")))
        .contains("Không có đơn vị kế thừa mã \"khong-co\"");
    assertThat(refused(SO_TTTT, Map.of("successor", SO_TTTT, "kind", "merge", "reason", "Thử")))
        .contains("phải khác");
    assertThat(refused(SO_TTTT, Map.of("successor", SO_KHCN, "kind", "absorb", "reason", "Thử")))
        .contains("\"merge\"", "\"replace\"");
    assertThat(refused(SO_TTTT, Map.of("successor", SO_KHCN, "kind", "merge", "reason", " ")))
        .contains("lý do");
    assertThat(refused(SO_TTTT, Map.of("successor", SO_KHCN, "kind", "merge", "reason", "Thử",
        "effectiveDate", "01-07-2025"))).contains("Ngày hiệu lực");
    assertThat(refused(SO_TTTT, Map.of("successor", SO_KHCN, "kind", "merge", "reason", "Thử",
        "effectiveDate", "2999-01-01"))).contains("chưa đến");
    assertThat(refused(SO_TTTT, Map.of("successor", "bo-khcn", "kind", "merge", "reason", "Thử")))
        .contains("bên ngoài");
    assertThat(rest.postForEntity("/api/agencies/so-tttt/successor", Map.of(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(survey))).containsExactly(SO_TTTT);
    assertThat(runtimeService.getVariable(plan.getId(), Vars.LEAD_AGENCY)).isEqualTo(SO_TTTT);
    assertThat(api.changes()).isEmpty();
    assertThat(successions.none()).isTrue();
  }

  @Test
  void aCycleOrARetiredSuccessorIsRefusedAndChangesNothing() {
    api.merge(SO_TTTT, SO_KHCN);
    ProcessInstance plan = startPlan("so-khcn,so-y-te");
    String survey = surveyTaskOf(plan, SO_KHCN).getId();

    assertThat(refused(SO_KHCN, Map.of("successor", SO_TTTT, "kind", "merge", "reason", "Thử")))
        .contains("vòng lặp", "so-khcn → so-tttt → so-khcn");
    assertThat(refused(SO_Y_TE, Map.of("successor", SO_TTTT, "kind", "merge", "reason", "Thử")))
        .contains("đã ngừng hoạt động", "so-khcn");
    assertThat(refused(SO_TTTT, Map.of("successor", SO_Y_TE, "kind", "merge", "reason", "Thử")))
        .contains("không thể ghi nhận thêm");

    assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(survey))).containsExactly(SO_KHCN);
    assertThat(api.changes()).hasSize(1);
    assertThat(successions.current(SO_KHCN)).isEqualTo(SO_KHCN);
  }

  @Test
  void listsTheAgenciesWithTheirSuccessors() {
    api.merge(SO_TTTT, SO_KHCN);

    JsonNode today = rest.withBasicAuth(SO_Y_TE, "demo").getForObject("/api/agencies", JsonNode.class);
    assertThat(today.findValuesAsText("id")).as("retired from today").doesNotContain(SO_TTTT).contains(SO_KHCN);
    JsonNode agencies = rest.withBasicAuth(SO_Y_TE, "demo").getForObject("/api/agencies?on=2024-09-29",
        JsonNode.class);

    JsonNode tttt = null;
    for (JsonNode agency : agencies) {
      if (SO_TTTT.equals(agency.get("id").asText())) {
        tttt = agency;
      }
    }
    assertThat(tttt).isNotNull();
    assertThat(tttt.get("retired").asBoolean()).isTrue();
    assertThat(tttt.get("current").asText()).isEqualTo(SO_KHCN);
  }

  private String refused(String agency, Map<String, String> body) {
    ResponseEntity<JsonNode> response =
        api.change(AgencyChangeClient.ADMIN, AgencyChangeClient.ADMIN_PASSWORD, agency, body);
    assertThat(response.getStatusCode()).as("%s %s", agency, body).isEqualTo(HttpStatus.BAD_REQUEST);
    return response.getBody().get("message").asText();
  }

  private ProcessInstance startPlan(String surveyAgencies) {
    return runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, surveyAgencies));
  }

  private Task surveyTaskOf(ProcessInstance plan, String agency) {
    return taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).taskCandidateGroup(agency).includeAssignedTasks()
        .singleResult();
  }

  private Task single(ProcessInstance plan, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey(taskKey).singleResult();
  }
}
