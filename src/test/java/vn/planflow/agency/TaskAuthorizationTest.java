package vn.planflow.agency;

import vn.planflow.PlanflowTest;
import vn.planflow.names.ProcessNames;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/** Through the REST API, as officials' scripts and Tasklist use it: each agency sees its own work. */
@PlanflowTest
class TaskAuthorizationTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filterService;
  @Autowired
  TasklistFilters filters;

  ProcessInstance plan;

  @BeforeEach
  void startPlan() {
    plan = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong"));
  }

  @Test
  void engineRestAndOwnApiRequireBasicAuthentication() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/plans", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // a wrong password delays that user's next logins (the engine's brute-force guard): not so-y-te
    assertThat(rest.withBasicAuth("so-noi-vu", "sai-mat-khau").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anAgencyReadsItsOwnTasksHistoryAndNotAnothers() {
    String own = taskService.createTaskQuery().processInstanceId(plan.getId()).taskCandidateGroup("so-y-te")
        .singleResult().getId();
    String others = taskService.createTaskQuery().processInstanceId(plan.getId()).taskCandidateGroup("so-cong-thuong")
        .singleResult().getId();

    // Tasklist's History tab: the task's history and its comments
    JsonNode history = rest.withBasicAuth("so-y-te", "demo")
        .getForObject("/engine-rest/history/task?processInstanceId=" + plan.getId(), JsonNode.class);
    assertThat(history.findValuesAsText("id")).containsExactly(own);
    assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity("/engine-rest/task/" + own + "/comment",
        String.class).getStatusCode()).isEqualTo(org.springframework.http.HttpStatus.OK);
    assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity("/engine-rest/task/" + others + "/comment",
        String.class).getStatusCode()).isEqualTo(org.springframework.http.HttpStatus.NOT_FOUND);
  }

  @Test
  void anAgencyListsOnlyItsOwnTasks() {
    JsonNode tasks = rest.withBasicAuth("so-y-te", "demo")
        .getForObject("/engine-rest/task?processInstanceId=" + plan.getId(), JsonNode.class);

    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).get("id").asText();
    assertThat(taskService.getIdentityLinksForTask(taskId).get(0).getGroupId()).isEqualTo("so-y-te");
    assertThat(rest.withBasicAuth("so-tu-phap", "demo")
        .getForObject("/engine-rest/task?processInstanceId=" + plan.getId(), JsonNode.class)).isEmpty();
  }

  @Test
  void anAgencyCannotCompleteAnotherAgencysTask() {
    String congThuongTask = taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskCandidateGroup("so-cong-thuong").singleResult().getId();

    ResponseEntity<String> response = complete("so-y-te", congThuongTask,
        Map.of(Vars.REPORT_SUMMARY, Map.of("value", "Báo cáo", "type", "String")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(congThuongTask).count()).isEqualTo(1);
  }

  @Test
  void anAgencyCompletesItsOwnTaskAndAnIncompleteOneIsRefusedInVietnamese() {
    String task = taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskCandidateGroup("so-y-te").singleResult().getId();

    ResponseEntity<String> refused = complete("so-y-te", task, Map.of());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Vui lòng nhập tóm tắt báo cáo khảo sát (reportSummary)")
        .doesNotContain("ENGINE-03051", "Cannot complete task");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);

    ResponseEntity<String> done = complete("so-y-te", task,
        Map.of(Vars.REPORT_SUMMARY, Map.of("value", "Báo cáo của Sở Y tế", "type", "String")));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).count()).isEqualTo(1);
  }

  @Test
  void anAdministratorSeesEveryTask() {
    JsonNode tasks = rest.withBasicAuth("admin", "admin")
        .getForObject("/engine-rest/task?processInstanceId=" + plan.getId(), JsonNode.class);

    // two agencies' surveys and the lead's outline
    assertThat(tasks).hasSize(3);
  }

  @Test
  void everyUserHasTheMyAgencyFilterListingTheirTasksSoonestFirst() {
    JsonNode filters = rest.withBasicAuth("so-y-te", "demo").getForObject("/engine-rest/filter", JsonNode.class);
    JsonNode mine = null;
    for (JsonNode filter : filters) {
      if (TasklistFilters.MY_AGENCY_TASKS.equals(filter.get("name").asText())) {
        mine = filter;
      }
    }
    assertThat(mine).as("filter %s", TasklistFilters.MY_AGENCY_TASKS).isNotNull();

    JsonNode listed = rest.withBasicAuth("so-y-te", "demo")
        .getForObject("/engine-rest/filter/" + mine.get("id").asText() + "/list", JsonNode.class);
    assertThat(listed).isNotEmpty().allSatisfy(task ->
        assertThat(taskService.getIdentityLinksForTask(task.get("id").asText()).get(0).getGroupId())
            .isEqualTo("so-y-te"));
  }

  @Test
  void theVariablesTheFilterShowsAreReadableByTheAgency() {
    String filterId = null;
    for (JsonNode filter : rest.withBasicAuth("so-y-te", "demo").getForObject("/engine-rest/filter", JsonNode.class)) {
      if (TasklistFilters.MY_AGENCY_TASKS.equals(filter.get("name").asText())) {
        filterId = filter.get("id").asText();
      }
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.valueOf("application/hal+json")));

    // as Tasklist asks for its list: HAL, with the filter's variables embedded
    JsonNode listed = rest.withBasicAuth("so-y-te", "demo").exchange("/engine-rest/filter/" + filterId
        + "/list?firstResult=0&maxResults=15", HttpMethod.POST, new HttpEntity<>("{}", headers), JsonNode.class)
        .getBody();

    JsonNode tasks = listed.path("_embedded").path("task");
    assertThat(tasks).isNotEmpty();
    for (JsonNode task : tasks) {
      assertThat(task.path("_embedded").path("variable").findValuesAsText("name"))
          .as("task %s", task.path("name").asText())
          .containsExactlyInAnyOrder(ProcessNames.Vars.AGENCY_NAME, ProcessNames.Vars.LISTED_PLAN_TITLE);
      assertThat(task.path("_embedded").path("variable").findValuesAsText("value")).contains("Sở Y tế");
    }
  }

  @Test
  void aFilterOfTheEarlierReleaseGetsReadableColumnsAndOldTasksTheirPlanTitle() {
    Filter filter = filterService.createFilterQuery().filterName(TasklistFilters.MY_AGENCY_TASKS).singleResult();
    Map<String, Object> earlier = new java.util.HashMap<>(filter.getProperties());
    earlier.put("variables", List.of(Map.of("name", ProcessNames.Vars.AGENCY_NAME, "label", "Đơn vị"),
        Map.of("name", ProcessNames.Vars.TITLE, "label", "Kế hoạch")));
    filterService.saveFilter(filter.setProperties(earlier));
    String task = taskService.createTaskQuery().processInstanceId(plan.getId()).taskCandidateGroup("so-y-te")
        .singleResult().getId();
    taskService.removeVariableLocal(task, ProcessNames.Vars.LISTED_PLAN_TITLE);

    filters.ensure();

    assertThat(filterService.getFilter(filter.getId()).getProperties().get("variables"))
        .isEqualTo(TasklistFilters.COLUMNS);
    assertThat(taskService.getVariableLocal(task, ProcessNames.Vars.LISTED_PLAN_TITLE))
        .isEqualTo(runtimeService.getVariable(plan.getId(), ProcessNames.Vars.TITLE));
  }

  @Test
  void latenessPerTaskAndAgencyIsForAdministrators() {
    JsonNode record = rest.withBasicAuth("admin", "admin")
        .getForObject("/api/lateness?processInstanceId=" + plan.getId(), JsonNode.class);
    assertThat(record.get("tasks")).hasSize(3)
        .allSatisfy(task -> assertThat(task.get("standing").asText()).isEqualTo("OPEN"));
    assertThat(record.get("agencies").findValuesAsText("agencyId"))
        .containsExactlyInAnyOrder("so-y-te", "so-cong-thuong", "so-khcn");

    assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity("/api/lateness?processInstanceId=" + plan.getId(),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/api/lateness?processInstanceId=khong-co",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers), String.class);
  }
}
