package vn.planflow.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs {@link OutboxSender#sendDue()} every {@code planflow.notification.poll-interval} after the
 * previous run ended. Off with {@code planflow.notification.sender.enabled=false} (the tests, which
 * call it themselves).
 */
@Component
@ConditionalOnProperty(name = "planflow.notification.sender.enabled", havingValue = "true", matchIfMissing = true)
class OutboxPoller implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);

  private final OutboxSender sender;
  private final NotificationProperties properties;

  OutboxPoller(OutboxSender sender, NotificationProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(this::poll, properties.pollInterval());
  }

  private void poll() {
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
