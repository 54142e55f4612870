package vn.planflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/**
 * An official with their own open task tries, through the engine's REST API, what their form never
 * offers: each is refused with 403, and the plan stays as it was.
 */
@PlanflowTest
class EngineTamperingTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate rest;

  ProcessInstance plan;
  Task survey;

  @BeforeEach
  void startPlan() {
    plan = engine.getRuntimeService().startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong"));
    survey = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
        .taskCandidateGroup("so-y-te").singleResult();
  }

  @Test
  void anOfficialCannotEndTheirTaskWithABpmnErrorOrEscalation() {
    assertThat(call(HttpMethod.POST, "/task/" + survey.getId() + "/bpmnError", Map.of("errorCode", "x")))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(HttpMethod.POST, "/task/" + survey.getId() + "/bpmnEscalation", Map.of("escalationCode", "x")))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().createTaskQuery().taskId(survey.getId()).count()).isEqualTo(1);
  }

  @Test
  void anOfficialCannotWriteThePlansVariablesThroughTaskOrExecution() {
    Map<String, Object> repoint = Map.of("modifications",
        Map.of(Vars.LEAD_AGENCY, Map.of("value", "so-y-te", "type", "String")));
    assertThat(call(HttpMethod.POST, "/task/" + survey.getId() + "/variables", repoint)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(HttpMethod.POST, "/task/" + survey.getId() + "/localVariables", repoint))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(HttpMethod.PUT, "/task/" + survey.getId() + "/variables/" + Vars.OVERDUE_REPEAT,
        Map.of("value", "PT0S", "type", "String"))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(HttpMethod.POST, "/execution/" + survey.getExecutionId() + "/localVariables", repoint))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(HttpMethod.PUT, "/process-instance/" + plan.getId() + "/variables/" + Vars.MISSING_SURVEY_AGENCIES,
        Map.of("value", "so-cong-thuong", "type", "String"))).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(engine.getRuntimeService().getVariable(plan.getId(), Vars.LEAD_AGENCY)).isEqualTo("so-khcn");
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), Vars.OVERDUE_REPEAT)).isNull();
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), Vars.MISSING_SURVEY_AGENCIES)).isNull();
  }

  @Test
  void aCompletionCarriesWhatItsFormAsksAndNothingElse() {
    ResponseEntity<String> refused = complete(Map.of(
        Vars.REPORT_SUMMARY, Map.of("value", "Báo cáo", "type", "String"),
        Vars.LEAD_AGENCY, Map.of("value", "so-y-te", "type", "String"),
        Vars.MISSING_SURVEY_AGENCIES, Map.of("value", "so-cong-thuong", "type", "String"),
        Vars.OVERDUE_REPEAT, Map.of("value", "PT0S", "type", "String")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("không nhận leadAgency, missingSurveyAgencies, overdueRepeat",
        "chỉ có reportSummary");
    assertThat(engine.getTaskService().createTaskQuery().taskId(survey.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), Vars.LEAD_AGENCY)).isEqualTo("so-khcn");
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), Vars.OVERDUE_REPEAT)).isNull();
    // the same through the engine's Java API, where Tasklist's submit-form also arrives
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getFormService().submitTaskForm(survey.getId(),
        Map.of(Vars.REPORT_SUMMARY, "Báo cáo", Vars.TITLE, "Kế hoạch khác")))
        .hasMessageContaining("không nhận title");
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), Vars.TITLE).toString())
        .isNotEqualTo("Kế hoạch khác");
  }

  @Test
  void anOfficialStillReadsAndCompletesTheirOwnTask() {
    ResponseEntity<String> variables = rest.withBasicAuth("so-y-te", "demo")
        .getForEntity("/engine-rest/task/" + survey.getId() + "/variables", String.class);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call(HttpMethod.POST, "/task/" + survey.getId() + "/complete", Map.of("variables",
        Map.of(Vars.REPORT_SUMMARY, Map.of("value", "Báo cáo", "type", "String"))))).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> complete(Map<String, Object> variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("so-y-te", "demo").postForEntity("/engine-rest/task/" + survey.getId() + "/complete",
        new HttpEntity<>(Map.of("variables", variables), headers), String.class);
  }

  private HttpStatus call(HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return HttpStatus.valueOf(rest.withBasicAuth("so-y-te", "demo").exchange("/engine-rest" + path, method,
        new HttpEntity<>(body, headers), String.class).getStatusCode().value());
  }
}
