package vn.planflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    List<Runnable> completions = new ArrayList<>();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    for (int i = 0; i < 4; i++) {
      DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te")).surveyed().drafted()
          .approvedBy(Tasks.UBND_DECISION).dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER)
          .approvedBy(Tasks.STANDING_COMMITTEE_DECISION).dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER);
      plan.complete(Tasks.PREPARE_BUDGET_ESTIMATE, Map.of("budgetAmount", 12500));
      plan.complete(Tasks.APPRAISE_BUDGET, Map.of());
      plans.add(plan);
      Task decision = plan.single(Tasks.EXECUTIVE_COMMITTEE_DECISION);
      Task budget = plan.single(Tasks.APPROVE_BUDGET);
      completions.add(() -> complete(statuses, "bch-dang-bo", decision, Map.of(
          Vars.DECISION, Map.of("value", Decisions.APPROVED, "type", "String"),
          Vars.RESOLUTION_NUMBER, Map.of("value", "09-NQ/TU", "type", "String"))));
      completions.add(() -> complete(statuses, "ubnd-tinh", budget, Map.of()));
    }

    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(completions.size());
    List<Future<?>> done = new ArrayList<>();
    for (Runnable completion : completions) {
      done.add(pool.submit(() -> {
        go.await();
        completion.run();
        return null;
      }));
    }
    go.countDown();
    for (Future<?> future : done) {
      future.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertThat(statuses).containsOnlyKeys(204);
    for (DraftingDriver plan : plans) {
      assertThat(plan.instance).isEnded().hasPassed(ResolutionDrafting.Elements.END);
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(plan.instance.getId())
          .activityId(ResolutionDrafting.Elements.END).count()).as("ended exactly once").isEqualTo(1);
    }
  }

  private void complete(Map<Integer, Integer> statuses, String user, Task task, Map<String, Object> variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    int status = rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task.getId() + "/complete",
        new HttpEntity<>(Map.of("variables", variables), headers), String.class).getStatusCode().value();
    statuses.merge(status, 1, Integer::sum);
  }
}
