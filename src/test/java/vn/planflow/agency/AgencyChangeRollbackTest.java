package vn.planflow.agency;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/** An agency change is all or nothing: a failure after the tasks moved puts them back. */
@PlanflowTest
class AgencyChangeRollbackTest {

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


  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  AgencySuccessions successions;
  @Autowired
  VariableMoves variableMoves;

  @AfterEach
  void forgetChanges() {
    AgencyChangeClient.forgetChanges(jdbc, successions);
  }

  @Test
  void aFailureAfterTheTasksMovedLeavesEverythingAsItWas() {
    ProcessInstance plan = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, "so-tttt,so-y-te"));
    String survey = taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).taskCandidateGroup("so-tttt").singleResult().getId();
    doThrow(new IllegalStateException("mất kết nối")).when(variableMoves).move(any(), any());
    AgencyChangeClient api = new AgencyChangeClient(rest);

    ResponseEntity<JsonNode> response = api.merge("so-tttt", "so-khcn");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(response.getBody().get("message").asText()).contains("không có gì bị thay đổi");
    assertThat(TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(survey))).containsExactly("so-tttt");
    assertThat(api.visibleTasks("so-tttt", plan.getId())).contains(survey);
    assertThat(api.visibleTasks("so-khcn", plan.getId())).isEmpty();
    assertThat(api.changes()).isEmpty();
    assertThat(successions.none()).isTrue();
  }
}
