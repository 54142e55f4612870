package vn.planflow.notification;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the outbox's sender when a transaction that queued a mail commits, so that a reminder
 * leaves within milliseconds of its timer rather than at the next poll. Many commits in a row
 * wake it once: a signal given while it sends makes it look again right after.
 */
@Component
class OutboxSignal {

  private final Object lock = new Object();
  private boolean signalled;

  /** After the current transaction commits (now, outside one); nothing if it rolls back. */
  void afterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          wake();
        }
      });
    } else {
      wake();
    }
  }

  void wake() {
    synchronized (lock) {
      signalled = true;
      lock.notifyAll();
    }
  }

  /** Waits for a signal or {@code timeout}; true when signalled. */
  boolean await(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (!signalled) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(left / 1_000_000, (int) (left % 1_000_000));
      }
      signalled = false;
      return true;
    }
  }
}
