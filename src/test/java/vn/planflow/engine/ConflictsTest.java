package vn.planflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;

/** Which failures a completion may simply be done again after, however deep the engine wraps them. */
class ConflictsTest {

  @Test
  void theEnginesOwnConflictAndTheDatabasesDeadlocksAndLockWaitsAreConflicts() {
    assertThat(Conflicts.isConflict(new OptimisticLockingException("ENGINE-03005"))).isTrue();
    assertThat(Conflicts.isConflict(wrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
    assertThat(Conflicts.isConflict(wrapped(new SQLException("could not serialize access", "40001")))).isTrue();
    assertThat(Conflicts.isConflict(wrapped(new SQLException("Timeout trying to lock table", "HYT00")))).isTrue();
    BatchUpdateException batch = new BatchUpdateException("Batch entry 3 was aborted", "23503", new int[0]);
    batch.setNextException(new SQLException("could not obtain lock on row", "55P03"));
    assertThat(Conflicts.isConflict(wrapped(batch))).as("the batch's next exception is read too").isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(Conflicts.isConflict(wrapped(new SQLException("duplicate key value", "23505")))).isFalse();
    assertThat(Conflicts.isConflict(wrapped(new SQLException("violates foreign key constraint", "23503")))).isFalse();
    assertThat(Conflicts.isConflict(new ProcessEngineException("Unknown property used in expression"))).isFalse();
    assertThat(Conflicts.isConflict(null)).isFalse();
  }

  private static ProcessEngineException wrapped(SQLException cause) {
    return new ProcessEngineException("ENGINE-16004 Exception while closing command context",
        new ProcessEnginePersistenceException("An exception occurred in the persistence layer", cause));
  }
}
