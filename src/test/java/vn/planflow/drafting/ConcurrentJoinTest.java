package vn.planflow.drafting;

import java.util.concurrent.Callable;
import vn.planflow.web.AtOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting.Decisions;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/**
 * The budget branch joins the approvals at the end: Ban Chấp hành's approval and UBND's approval
 * of the budget, sent at the same moment, both go through and each plan ends exactly once.
 */
@PlanflowTest
class ConcurrentJoinTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void theLastApprovalAndTheBudgetsApprovalAtTheSameMomentEndThePlanOnce() throws Exception {
    List<DraftingDriver> plans = new ArrayList<>();
    List<Callable<Integer>> completions = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te")).surveyed().drafted()
          .approvedBy(Tasks.UBND_DECISION).dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER)
          .approvedBy(Tasks.STANDING_COMMITTEE_DECISION).dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER);
      plan.complete(Tasks.PREPARE_BUDGET_ESTIMATE, Map.of("budgetAmount", 12500));
      plan.complete(Tasks.APPRAISE_BUDGET, Map.of());
      plans.add(plan);
      Task decision = plan.single(Tasks.EXECUTIVE_COMMITTEE_DECISION);
      Task budget = plan.single(Tasks.APPROVE_BUDGET);
      completions.add(AtOnce.complete(rest, "/engine-rest", "bch-dang-bo", decision.getId(), Map.of(
          Vars.DECISION, AtOnce.text(Decisions.APPROVED), Vars.RESOLUTION_NUMBER, AtOnce.text("09-NQ/TU"))));
      completions.add(AtOnce.complete(rest, "/engine-rest", "ubnd-tinh", budget.getId(), Map.of()));
    }

    Map<Integer, Integer> statuses = AtOnce.run(completions.size(), completions);

    assertThat(statuses).containsOnlyKeys(204);
    for (DraftingDriver plan : plans) {
      assertThat(plan.instance).isEnded().hasPassed(ResolutionDrafting.Elements.END);
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(plan.instance.getId())
          .activityId(ResolutionDrafting.Elements.END).count()).as("ended exactly once").isEqualTo(1);
    }
  }
}
