package vn.planflow.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import vn.planflow.notification.Outbox.OutgoingMail;
import vn.planflow.engine.EngineClock;

/**
 * Sends the due mails of the outbox, outside any transaction: claims each row, sends it over SMTP,
 * marks it sent; on failure puts it back with a growing wait ({@code first-backoff} doubled per
 * attempt, at most {@code max-backoff}) and tries again, for as long as it takes. Rows a dead node
 * left claimed come back after {@code stale-after}.
 */
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 100;
  private static final int MAX_ERROR = 1000;

  private final Outbox outbox;
  private final JavaMailSender mailSender;
  private final NotificationProperties properties;
  private final Clock clock;
  private final String node;

  OutboxSender(Outbox outbox, JavaMailSender mailSender, NotificationProperties properties, Clock clock,
      String node) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
    this.node = node;
  }

  /** Sends every mail that is due now; returns how many this node sent. */
  public int sendDue() {
    int released = outbox.releaseStale(clock.instant().minus(properties.staleAfter()),
        "Nút gửi đã ngừng giữa chừng; gửi lại");
    if (released > 0) {
      LOG.warn("{} mail(s) claimed longer than {} ago returned to the outbox", released, properties.staleAfter());
    }
    int superseded = outbox.supersede(EngineClock.instant());
    if (superseded > 0) {
      LOG.info("{} waiting mail(s) overtaken by newer ones or by their due moment: recorded as superseded",
          superseded);
    }
    int sent = 0;
    List<Long> due;
    int sentInBatch;
    do {
      due = outbox.due(clock.instant(), BATCH);
      sentInBatch = 0;
      for (Long id : due) {
        if (outbox.claim(id, node, clock.instant()) && send(id)) {
          sentInBatch++;
        }
      }
      sent += sentInBatch;
    } while (due.size() == BATCH && sentInBatch > 0);
    return sent;
  }

  String node() {
    return node;
  }

  private boolean send(long id) {
    OutgoingMail mail = outbox.claimed(id, node).orElse(null);
    if (mail == null) {
      return false;
    }
    try {
      mailSender.send(message -> {
        message.setFrom(new InternetAddress(properties.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", mail.recipients())));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(mail.text(), "plain"));
        alternative.addBodyPart(part(mail.html(), "html"));
        message.setContent(alternative);
      });
    } catch (RuntimeException e) {
      Instant next = clock.instant().plus(backoff(mail.attempts()));
      outbox.failed(id, node, describe(e), next);
      LOG.warn("Mail {} ({}) not sent, attempt {}; next attempt at {}: {}", id, mail.subject(),
          mail.attempts() + 1, next, describe(e));
      return false;
    }
    if (!outbox.sent(id, node, clock.instant())) {
      LOG.warn("Mail {} was sent, but its claim had been given up as stale: it may go out twice", id);
    }
    return true;
  }

  /** The wait after the failure of attempt {@code attempts + 1}. */
  Duration backoff(int attempts) {
    Duration wait = properties.firstBackoff().multipliedBy(1L << Math.min(attempts, 20));
    return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
  }

  private static MimeBodyPart part(String content, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(content, StandardCharsets.UTF_8.name(), subtype);
    return part;
  }

  private static String describe(RuntimeException error) {
    String text = error.getClass().getSimpleName() + ": " + error.getMessage();
    return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
  }
}
