package vn.planflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.PlanflowTest;

/**
 * A task completion waits while its plan (the root process instance, for a task of a called
 * process too) is locked by another transaction, and goes on once that one ends; a completion in
 * another plan does not wait. The lock is held here by a plain JDBC transaction, and the waiting
 * is read from H2's own list of sessions, not guessed from the time taken.
 */
@PlanflowTest
class PlanLockTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DataSource dataSource;

  private final ExecutorService completing = Executors.newSingleThreadExecutor();

  @BeforeEach
  void deploy() {
    engine.getRepositoryService().createDeployment()
        .addModelInstance("plan-lock-answer.bpmn", Bpmn.createExecutableProcess("plan-lock-answer")
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Answer").multiInstance().parallel()
            .cardinality("2").multiInstanceDone().endEvent().done())
        .addModelInstance("plan-lock-plan.bpmn", Bpmn.createExecutableProcess("plan-lock-plan")
            .camundaHistoryTimeToLive(1).startEvent().callActivity("Call_Answer").calledElement("plan-lock-answer")
            .endEvent().done())
        .deploy();
  }

  @AfterEach
  void stop() {
    completing.shutdownNow();
  }

  @Test
  void aCompletionWaitsForItsLockedPlanAndGoesOnWhenItIsFreeWhileAnotherPlanDoesNotWait() throws Exception {
    ProcessInstance locked = engine.getRuntimeService().startProcessInstanceByKey("plan-lock-plan");
    ProcessInstance free = engine.getRuntimeService().startProcessInstanceByKey("plan-lock-plan");
    Task waiting = answerOf(locked);
    Task other = answerOf(free);
    assertThat(waiting.getProcessInstanceId()).as("a task of the called process").isNotEqualTo(locked.getId());

    try (Connection holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      try (PreparedStatement lock = holder.prepareStatement("SELECT ID_ FROM ACT_RU_EXECUTION WHERE ID_ = ? FOR UPDATE")) {
        lock.setString(1, locked.getId());
        lock.executeQuery().close();
      }
      long holderSession = sessionOf(holder);

      Future<?> completion = completing.submit(() -> engine.getTaskService().complete(waiting.getId()));
      engine.getTaskService().complete(other.getId());
      assertThat(openTask(other.getId())).as("the other plan's completion did not wait").isFalse();

      awaitBlockedBy(holderSession, completion);
      assertThat(openTask(waiting.getId())).as("still open while its plan is locked").isTrue();

      holder.commit();
      completion.get(30, TimeUnit.SECONDS);
    }
    assertThat(openTask(waiting.getId())).isFalse();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(waiting.getProcessInstanceId()).count())
        .as("the sibling answer is still open").isEqualTo(1);
  }

  private Task answerOf(ProcessInstance plan) {
    String called = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(plan.getId())
        .singleResult().getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(called).list().get(0);
  }

  private boolean openTask(String id) {
    return engine.getTaskService().createTaskQuery().taskId(id).count() == 1;
  }

  private static long sessionOf(Connection connection) throws Exception {
    try (ResultSet session = connection.createStatement().executeQuery("SELECT SESSION_ID()")) {
      session.next();
      return session.getLong(1);
    }
  }

  /** Until H2 lists a session blocked by {@code holder}: the completion is waiting for the lock. */
  private void awaitBlockedBy(long holder, Future<?> completion) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try (Connection watcher = dataSource.getConnection();
        PreparedStatement blocked = watcher.prepareStatement(
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = ?")) {
      blocked.setLong(1, holder);
      while (System.nanoTime() < deadline) {
        try (ResultSet count = blocked.executeQuery()) {
          count.next();
          if (count.getInt(1) > 0) {
            return;
          }
        }
        assertThat(completion.isDone()).as("the completion ended without waiting for its plan's lock").isFalse();
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("no completion waited for the plan's lock");
  }
}
