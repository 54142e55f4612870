package org.operaton.bpm.engine.test.assertions.bpmn;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.ActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.runtime.TransitionInstance;
import org.operaton.bpm.engine.task.Task;

/**
 * A stand-in for Operaton's {@code operaton-bpm-assert}, which Maven Central, as reached from here,
 * does not serve: the few assertions that Planflow's tests make, to the same effect, on the public
 * engine API. Compiled with {@code -Doperaton.served-only} only (see pom.xml); delete it once the
 * real library resolves.
 */
public final class BpmnAwareTests {

  private static ProcessEngine engine;

  private BpmnAwareTests() {
  }

  public static void init(ProcessEngine processEngine) {
    engine = processEngine;
  }

  public static ProcessInstanceAssert assertThat(ProcessInstance actual) {
    return new ProcessInstanceAssert(actual);
  }

  public static TaskAssert assertThat(Task actual) {
    return new TaskAssert(actual);
  }

  private static ProcessEngine engine() {
    Assertions.assertThat(engine).as("BpmnAwareTests.init(processEngine) called").isNotNull();
    return engine;
  }

  public static final class ProcessInstanceAssert extends AbstractAssert<ProcessInstanceAssert, ProcessInstance> {

    ProcessInstanceAssert(ProcessInstance actual) {
      super(actual, ProcessInstanceAssert.class);
    }

    /** Each of the activities holds a token of the running instance (at it or leaving it). */
    public ProcessInstanceAssert isWaitingAt(String... activityIds) {
      isNotNull();
      ActivityInstance tree = engine().getRuntimeService().getActivityInstance(actual.getId());
      Assertions.assertThat(tree).as("%s is running", actual.getId()).isNotNull();
      List<String> waitingAt = new ArrayList<>();
      collect(tree, waitingAt);
      waitingAt.remove(tree.getActivityId());
      Assertions.assertThat(waitingAt).as("activities %s waits at", actual.getId()).contains(activityIds);
      return this;
    }

    private static void collect(ActivityInstance instance, List<String> ids) {
      ids.add(instance.getActivityId());
      for (TransitionInstance transition : instance.getChildTransitionInstances()) {
        ids.add(transition.getActivityId());
      }
      for (ActivityInstance child : instance.getChildActivityInstances()) {
        collect(child, ids);
      }
    }

    public ProcessInstanceAssert hasPassed(String... activityIds) {
      Assertions.assertThat(passed()).as("activities %s has passed", actual.getId()).contains(activityIds);
      return this;
    }

    /** Passed each of them, the next one after the previous had finished. */
    public ProcessInstanceAssert hasPassedInOrder(String... activityIds) {
      List<String> passed = passed();
      List<String> rest = passed;
      for (String activityId : activityIds) {
        Assertions.assertThat(rest).as("activities %s passed, in order: %s", actual.getId(), passed)
            .contains(activityId);
        rest = rest.subList(rest.indexOf(activityId) + 1, rest.size());
      }
      return this;
    }

    public ProcessInstanceAssert hasNotPassed(String... activityIds) {
      Assertions.assertThat(passed()).as("activities %s has passed", actual.getId()).doesNotContain(activityIds);
      return this;
    }

    public ProcessInstanceAssert isEnded() {
      isNotNull();
      Assertions.assertThat(engine().getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(actual.getId()).count()).as("%s still running", actual.getId()).isZero();
      Assertions.assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(actual.getId()).finished().count()).as("%s finished", actual.getId()).isEqualTo(1);
      return this;
    }

    public ProcessInstanceAssert isNotEnded() {
      isNotNull();
      Assertions.assertThat(engine().getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(actual.getId()).count()).as("%s running", actual.getId()).isEqualTo(1);
      return this;
    }

    private List<String> passed() {
      isNotNull();
      List<HistoricActivityInstance> finished = engine().getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(actual.getId()).finished()
          .orderByHistoricActivityInstanceEndTime().asc().orderPartiallyByOccurrence().asc().list();
      return finished.stream().map(HistoricActivityInstance::getActivityId).toList();
    }
  }

  public static final class TaskAssert extends AbstractAssert<TaskAssert, Task> {

    TaskAssert(Task actual) {
      super(actual, TaskAssert.class);
    }

    /** The open task is not assigned and has the group as a candidate. */
    public TaskAssert hasCandidateGroup(String groupId) {
      isNotNull();
      Task current = engine().getTaskService().createTaskQuery().taskId(actual.getId()).singleResult();
      Assertions.assertThat(current).as("task %s open", actual.getId()).isNotNull();
      Assertions.assertThat(current.getAssignee()).as("assignee of task %s", actual.getId()).isNull();
      Assertions.assertThat(engine().getTaskService().createTaskQuery().taskId(actual.getId())
          .taskCandidateGroup(groupId).count()).as("task %s with candidate group %s", actual.getId(), groupId)
          .isEqualTo(1);
      return this;
    }

    /** The task is an instance of the model's user task with this id. */
    public TaskAssert hasDefinitionKey(String taskDefinitionKey) {
      isNotNull();
      Assertions.assertThat(actual.getTaskDefinitionKey()).as("definition key of task %s", actual.getId())
          .isEqualTo(taskDefinitionKey);
      return this;
    }
  }
}
