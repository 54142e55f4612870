package vn.planflow.notification;

import jakarta.annotation.PreDestroy;
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
 * Writes the daily digests that are due ({@link Digests#writeDue()}) and runs {@link
 * OutboxSender#sendDue()} on a thread of its own: right after a transaction that
 * queued a mail commits ({@link OutboxSignal}), and at the latest every {@code
 * planflow.notification.poll-interval} (mail queued by another node, retries falling due), and
 * records every {@code planflow.notification.heartbeat} that this node is alive. Off
 * with {@code planflow.notification.sender.enabled=false} (the tests, which call it themselves).
 */
@Component
@ConditionalOnProperty(name = "planflow.notification.sender.enabled", havingValue = "true", matchIfMissing = true)
class OutboxPoller {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);

  private final OutboxSender sender;
  private final Digests digests;
  private final NotificationProperties properties;
  private final OutboxSignal signal;
  private final Thread thread = new Thread(this::run, "planflow-outbox");
  // beats on a thread of its own, so that a node busy with a slow SMTP server is not taken for dead
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread beating = new Thread(runnable, "planflow-outbox-heartbeat");
    beating.setDaemon(true);
    return beating;
  });
  private volatile boolean running = true;

  OutboxPoller(OutboxSender sender, Digests digests, NotificationProperties properties, OutboxSignal signal) {
    this.sender = sender;
    this.digests = digests;
    this.properties = properties;
    this.signal = signal;
    thread.setDaemon(true);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!thread.isAlive()) {
      beat();
      heartbeat.scheduleWithFixedDelay(this::beat, properties.heartbeat().toMillis(),
          properties.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
      thread.start();
    }
  }

  private void beat() {
    try {
      sender.beat();
    } catch (RuntimeException e) {
      LOG.warn("Recording this node's outbox heartbeat failed; trying again in {}: {}", properties.heartbeat(),
          e.toString());
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    heartbeat.shutdownNow();
    thread.interrupt();
    thread.join(10_000);
  }

  private void run() {
    while (running) {
      poll();
      try {
        signal.await(properties.pollInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void poll() {
    try {
      digests.writeDue();
    } catch (RuntimeException e) {
      LOG.warn("Writing the daily digests failed; trying again in {}: {}", properties.pollInterval(), e.toString());
    }
    try {
      int sent = sender.sendDue();
      if (sent > 0) {
        LOG.info("Sent {} deadline mail(s)", sent);
      }
    } catch (RuntimeException e) {
      LOG.warn("Polling the mail outbox failed; trying again in {}: {}", properties.pollInterval(), e.toString());
    }
  }
}
