package vn.planflow.drafting;

import java.util.concurrent.Callable;
import vn.planflow.web.AtOnce;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
    List<Callable<Integer>> completions = new ArrayList<>();
    for (Task task : tasks) {
      String agency = engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
      completions.add(AtOnce.complete(rest, restApi, agency, task.getId(),
          Map.of(Vars.REPORT_SUMMARY, AtOnce.text("Báo cáo của " + agency))));
    }
    long start = System.nanoTime();
    Map<Integer, Integer> statuses = AtOnce.run(clients, completions);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(tasks).hasSizeGreaterThanOrEqualTo(150);
    return new Outcome(statuses, started, took);
  }
}
