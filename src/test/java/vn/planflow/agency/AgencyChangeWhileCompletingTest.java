package vn.planflow.agency;

import java.util.concurrent.Callable;
import vn.planflow.web.AtOnce;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/**
 * An administrator records a merger while officials complete tasks of the same plans: the
 * completions all go through, and the merger is either recorded or refused with 409 for a retry,
 * never a 500, and never half done.
 */
@PlanflowTest
class AgencyChangeWhileCompletingTest {

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
  ProcessEngine engine;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  AgencySuccessions successions;

  @AfterEach
  void forgetChanges() {
    AgencyChangeClient.forgetChanges(jdbc, successions);
  }

  @Test
  void aMergerDuringCompletionsIsRecordedOrRefusedForARetryButNeverHalfDone() throws Exception {
    List<ProcessInstance> plans = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      plans.add(engine.getRuntimeService().startProcessInstanceByKey(ResolutionDrafting.KEY,
          Map.of(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong,so-tu-phap,so-noi-vu")));
    }
    List<Task> answering = new ArrayList<>();
    for (ProcessInstance plan : plans) {
      answering.addAll(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
          .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).taskCandidateGroupIn(List.of("so-y-te", "so-cong-thuong")).list());
    }
    List<Callable<Integer>> calls = new ArrayList<>();
    for (Task task : answering) {
      String agency = engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
      calls.add(AtOnce.complete(rest, "/engine-rest", agency, task.getId(),
          Map.of(Vars.REPORT_SUMMARY, AtOnce.text("Báo cáo"))));
    }
    List<Integer> merger = new ArrayList<>();
    calls.add(() -> {
      int status = new AgencyChangeClient(rest).merge("so-tu-phap", "so-noi-vu").getStatusCode().value();
      merger.add(status);
      return status;
    });
    Map<Integer, Integer> statuses = AtOnce.run(8, calls);
    Map<Integer, Integer> completions = new java.util.HashMap<>(statuses);
    completions.merge(merger.get(0), -1, Integer::sum);
    completions.values().removeIf(count -> count == 0);

    assertThat(completions).containsOnlyKeys(204);
    assertThat(merger).singleElement().isIn(201, 409);
    boolean recorded = merger.get(0) == 201;
    for (ProcessInstance plan : plans) {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
          .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).taskCandidateGroup("so-tu-phap").count())
          .as("the merger's tasks moved entirely or not at all").isEqualTo(recorded ? 0 : 1);
    }
  }
}
