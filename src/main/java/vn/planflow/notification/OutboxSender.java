package vn.planflow.notification;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Properties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.planflow.notification.Outbox.OutgoingMail;
import vn.planflow.engine.EngineClock;

/**
 * Sends the due mails of the outbox, outside any transaction: claims each row, sends it over SMTP,
 * marks it sent; on failure puts it back with a growing wait ({@code first-backoff} doubled per
 * attempt, at most {@code max-backoff}) and tries again, {@code max-attempts} times at most (then it
 * ends as failed). An address the server refuses does not hold back the others: the mail goes to
 * them and the refused one is noted. Every mail carries a Message-ID made of its row, so a resend
 * after a crash is recognisable. Rows a dead node left claimed come back after {@code stale-after}.
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
    List<InternetAddress> to = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    for (String recipient : mail.recipients()) {
      try {
        to.add(new InternetAddress(recipient, true));
      } catch (AddressException e) {
        malformed.add(recipient);
      }
    }
    String refused = null;
    try {
      if (to.isEmpty()) {
        throw new IllegalStateException("Không có địa chỉ hợp lệ: " + String.join(", ", malformed));
      }
      mailSender.send(message(mail, to));
    } catch (MailSendException e) {
      List<String> invalid = refusedAddresses(e);
      if (invalid == null) {
        return failed(id, mail, e);
      }
      refused = String.join(", ", invalid);
    } catch (RuntimeException e) {
      return failed(id, mail, e);
    }
    if (!malformed.isEmpty()) {
      refused = (refused == null ? "" : refused + ", ") + String.join(", ", malformed);
    }
    boolean marked = refused == null ? outbox.sent(id, node, clock.instant())
        : outbox.sentExcept(id, node, clock.instant(), "Không gửi được tới: " + refused);
    if (!marked) {
      LOG.warn("Mail {} was sent, but its claim had been given up as stale: it may go out twice", id);
    }
    return true;
  }

  private boolean failed(long id, OutgoingMail mail, RuntimeException e) {
    if (mail.attempts() + 1 >= properties.maxAttempts()) {
      outbox.gaveUp(id, node, describe(e));
      LOG.error("Mail {} ({}) given up after {} attempts: {}", id, mail.subject(), mail.attempts() + 1, describe(e));
      return false;
    }
    Instant next = clock.instant().plus(backoff(mail.attempts()));
    outbox.failed(id, node, describe(e), next);
    LOG.warn("Mail {} ({}) not sent, attempt {}; next attempt at {}: {}", id, mail.subject(),
        mail.attempts() + 1, next, describe(e));
    return false;
  }

  /**
   * The addresses the server refused while it accepted the mail for the others (JavaMail's
   * {@code sendpartial}), or null when nothing went out.
   */
  private static List<String> refusedAddresses(MailSendException e) {
    for (Exception failure : e.getFailedMessages().values()) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof SendFailedException partial && partial.getValidSentAddresses() != null
            && partial.getValidSentAddresses().length > 0) {
          return partial.getInvalidAddresses() == null ? List.of()
              : Arrays.stream(partial.getInvalidAddresses()).map(Address::toString).toList();
        }
        if (cause.getCause() == cause) {
          break;
        }
      }
    }
    return null;
  }

  /** The mail of row {@code mail.id()}, with a Message-ID of its own that a resend keeps. */
  private MimeMessage message(OutgoingMail mail, List<InternetAddress> to) {
    Session session = mailSender instanceof JavaMailSenderImpl impl ? impl.getSession()
        : Session.getInstance(new Properties());
    String messageId = "<planflow-notification-" + mail.id() + "@" + domainOf(properties.from()) + ">";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    try {
      message.setFrom(new InternetAddress(properties.from()));
      message.setRecipients(Message.RecipientType.TO, to.toArray(new InternetAddress[0]));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(clock.instant()));
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(part(mail.text(), "plain"));
      alternative.addBodyPart(part(mail.html(), "html"));
      message.setContent(alternative);
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "planflow" : address.substring(at + 1).replace(">", "").trim();
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
