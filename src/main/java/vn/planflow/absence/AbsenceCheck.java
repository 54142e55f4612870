package vn.planflow.absence;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Absences#check()} every {@code planflow.absence.check-every} (default one minute), so
 * that an absence recorded ahead starts on its first day and one that ended stops, by the engine's
 * clock. Off with {@code planflow.absence.check-enabled=false} (the tests, which call it themselves
 * after moving the clock).
 */
@Component
@ConditionalOnProperty(name = "planflow.absence.check-enabled", havingValue = "true", matchIfMissing = true)
class AbsenceCheck {

  private static final Logger LOG = LoggerFactory.getLogger(AbsenceCheck.class);

  private final Absences absences;
  private final Duration every;
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "planflow-absence-check");
    thread.setDaemon(true);
    return thread;
  });

  AbsenceCheck(Absences absences, AbsenceProperties properties) {
    this.absences = absences;
    this.every = properties.checkEvery();
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    executor.scheduleWithFixedDelay(this::check, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void check() {
    try {
      absences.check();
    } catch (RuntimeException e) {
      LOG.warn("Checking the absences failed; trying again in {}", every, e);
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
