package vn.planflow.agency;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    Map<Integer, Integer> completions = new ConcurrentHashMap<>();
    List<Integer> merger = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (Task task : answering) {
      String agency = engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
      done.add(pool.submit(() -> {
        go.await();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        completions.merge(rest.withBasicAuth(agency, "demo").postForEntity("/engine-rest/task/" + task.getId()
            + "/complete", new HttpEntity<>(Map.of("variables", Map.of(Vars.REPORT_SUMMARY,
            Map.of("value", "Báo cáo", "type", "String"))), headers), String.class).getStatusCode().value(), 1, Integer::sum);
        return null;
      }));
    }
    done.add(pool.submit(() -> {
      go.await();
      merger.add(new AgencyChangeClient(rest).merge("so-tu-phap", "so-noi-vu").getStatusCode().value());
      return null;
    }));
    go.countDown();
    for (Future<?> future : done) {
      future.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

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
