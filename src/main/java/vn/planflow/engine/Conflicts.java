package vn.planflow.engine;

import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * What counts as a concurrent change: the engine's own optimistic-locking conflict, or one the
 * database found first and the engine passed on as a failure, a deadlock or a serialization
 * failure (SQL states 40P01, 40001) or a lock waited for longer than the database allows (55P03 on
 * PostgreSQL, HYT00 on H2, whose wait is 2 s). The transaction has rolled back in each case, so
 * the same command may simply be done again.
 */
public final class Conflicts {

  private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "55P03", "HYT00");

  private Conflicts() {
  }

  public static boolean isConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
      if (cause instanceof SQLException sql) {
        for (SQLException each = sql; each != null; each = each.getNextException()) {
          if (TRANSIENT.contains(each.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
