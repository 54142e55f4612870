package vn.planflow.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planflow.notification.*}: how deadline mails are written and sent.
 *
 * @param publicUrl where officials reach this application; mails link to Tasklist under it
 * @param from the sender address of every mail
 * @param pollInterval how often the outbox is polled for mail to send
 * @param firstBackoff the wait after a first failed attempt; doubled after each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param staleAfter a mail claimed for sending longer ago than this is given up by its node (which
 *     died mid-send, say) and sent again
 * @param embeddedSmtpPort the port of the embedded SMTP server, started when {@code spring.mail.host}
 *     is not set; 0 takes any free port
 * @param maxAttempts after this many failed attempts (200: more than a day at the longest wait) a
 *     mail ends as failed, listed for administrators
 * @param nodeId this node's name in the outbox's {@code claimed_by}; blank means {@code pid@host}
 * @param sender whether this node polls the outbox
 * @param wakeOnCommit the sender wakes as soon as a transaction that queued a mail commits, rather
 *     than at its next poll ({@code pollInterval} is then only the fallback, for other nodes' mail)
 * @param mailsPerConnection how many mails go out over one SMTP connection (1: a connection each)
 * @param heartbeat how often a sending node records that it is alive
 * @param deadAfter a node that has not beaten for this long is taken for dead, and the mails it had
 *     claimed are sent by another node at once, without waiting for {@code staleAfter}
 * @param digestAt the time of day, in the province's zone ({@code planflow.deadline.zone}), at which
 *     officials who chose the daily digest get it, on working days
 * @param preferencesReload how soon a node sees the mail preferences another node recorded (a change
 *     on this node is seen at once)
 */
@Validated
@ConfigurationProperties("planflow.notification")
record NotificationProperties(
    @NotBlank @DefaultValue("http://localhost:8080") String publicUrl,
    @NotBlank @DefaultValue("planflow@nghean.gov.vn") String from,
    @NotNull @DefaultValue("PT10S") Duration pollInterval,
    @NotNull @DefaultValue("PT30S") Duration firstBackoff,
    @NotNull @DefaultValue("PT10M") Duration maxBackoff,
    @NotNull @DefaultValue("PT10M") Duration staleAfter,
    @Min(0) @Max(65535) @DefaultValue("2525") int embeddedSmtpPort,
    @Min(1) @DefaultValue("200") int maxAttempts,
    String nodeId,
    @Valid @NotNull @DefaultValue Sender sender,
    @DefaultValue("true") boolean wakeOnCommit,
    @Min(1) @Max(1000) @DefaultValue("50") int mailsPerConnection,
    @NotNull @DefaultValue("PT5S") Duration heartbeat,
    @NotNull @DefaultValue("PT30S") Duration deadAfter,
    @NotNull @DefaultValue("07:30") LocalTime digestAt,
    @NotNull @DefaultValue("PT1M") Duration preferencesReload) {

  NotificationProperties {
    if (heartbeat != null && deadAfter != null && deadAfter.compareTo(heartbeat.multipliedBy(3)) < 0) {
      // a live node missing one beat would be taken for dead and its mails sent twice
      throw new IllegalArgumentException("planflow.notification.dead-after (" + deadAfter
          + ") must be at least three heartbeats (" + heartbeat + ")");
    }
  }


  /** @param enabled poll the outbox on this node (off in tests, which call {@code sendDue()}) */
  record Sender(@DefaultValue("true") boolean enabled) {
  }
}
