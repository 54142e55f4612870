package vn.planflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting.Tasks;

/** The whole province answering at once, against the running application on H2. */
@PlanflowTest
class ConcurrentCompletionsTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate rest;

  @Test
  void everyAgencyOfThreePlansCompletesAtOnceAndEachPlanMovesOnOnce() throws Exception {
    ConcurrentCompletions.Outcome outcome = ConcurrentCompletions.run(engine, rest, 3, 16);

    assertThat(outcome.statuses()).as("every completion accepted, none refused or lost")
        .containsOnlyKeys(204);
    for (ProcessInstance plan : outcome.plans()) {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
          .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).count()).isZero();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
          .taskDefinitionKey(Tasks.SYNTHESIZE_SURVEY).count()).as("the plan moved on exactly once").isEqualTo(1);
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(plan.getId())
          .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).finished().count()).isGreaterThanOrEqualTo(50);
    }
  }
}
