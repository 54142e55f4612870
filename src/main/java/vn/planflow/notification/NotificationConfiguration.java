package vn.planflow.notification;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The sender of the outbox and this node's name in it. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

  @Bean
  OutboxSender outboxSender(Outbox outbox, JavaMailSender mailSender, NotificationProperties properties) {
    String node = properties.nodeId() == null || properties.nodeId().isBlank()
        ? ManagementFactory.getRuntimeMXBean().getName() : properties.nodeId();
    return new OutboxSender(outbox, mailSender, properties, Clock.systemUTC(), node);
  }
}
