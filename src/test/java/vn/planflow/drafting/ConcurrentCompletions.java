package vn.planflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/**
 * The whole province at once: {@code plans} drafting plans, each surveying every department and
 * district, and every agency's official completing their survey task through the REST API at the
 * same moment from {@code clients} real threads. Used on H2 and on PostgreSQL.
 */
final class ConcurrentCompletions {

  /** What came back: the HTTP status of every completion, by status. */
  record Outcome(Map<Integer, Integer> statuses, List<ProcessInstance> plans, Duration took) {

    int count(int status) {
      return statuses.getOrDefault(status, 0);
    }
  }

  private ConcurrentCompletions() {
  }

  static Outcome run(ProcessEngine engine, TestRestTemplate rest, int plans, int clients) throws Exception {
    return run(engine, rest, "/engine-rest", plans, clients);
  }

  /** @param restApi the REST API of {@code engine}: {@code /engine-rest/engine/<name>} for a named one */
  static Outcome run(ProcessEngine engine, TestRestTemplate rest, String restApi, int plans, int clients)
      throws Exception {
    List<ProcessInstance> started = new ArrayList<>();
    for (int i = 0; i < plans; i++) {
      started.add(engine.getRuntimeService().startProcessInstanceByKey(ResolutionDrafting.KEY,
          Map.of(Vars.TITLE, "Kế hoạch đồng thời " + i)));
    }
    List<Task> tasks = new ArrayList<>();
    for (ProcessInstance plan : started) {
      tasks.addAll(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
          .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).list());
    }
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    for (Task task : tasks) {
      String agency = engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
      done.add(pool.submit(() -> {
        go.await();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth(agency, "demo").postForEntity(
            restApi + "/task/" + task.getId() + "/complete", new HttpEntity<>(Map.of("variables", Map.of(
                Vars.REPORT_SUMMARY, Map.of("value", "Báo cáo của " + agency, "type", "String"))), headers),
            String.class);
        statuses.merge(response.getStatusCode().value(), 1, Integer::sum);
        return null;
      }));
    }
    long start = System.nanoTime();
    go.countDown();
    for (Future<?> future : done) {
      future.get(5, TimeUnit.MINUTES);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    pool.shutdown();
    assertThat(tasks).hasSizeGreaterThanOrEqualTo(150);
    return new Outcome(Map.copyOf(statuses), started, took);
  }
}
