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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
  private static final int BATCH = 100;
  private static final int MAX_ERROR = 1000;

  static {
    // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader on every header it encodes,
    // which in the packaged jar means scanning every nested jar: most of the cost of writing a mail
    // (README, "Speed"). Named here, it is one class lookup.
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final Outbox outbox;
  private final JavaMailSender mailSender;
  private final NotificationProperties properties;
  private final Clock clock;
  private final String node;
  /** When this node last recorded its heartbeat; null while it does not beat (a sender run by hand). */
  private volatile Instant lastBeat;

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
        clock.instant().minus(properties.deadAfter()), "Nút gửi đã ngừng giữa chừng; gửi lại");
    if (released > 0) {
      LOG.warn("{} mail(s) claimed by a node silent for {} or claimed longer than {} ago returned to the outbox",
          released, properties.deadAfter(), properties.staleAfter());
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
      List<OutgoingMail> claimed = new ArrayList<>();
      for (Long id : due) {
        if (!beatingRecently()) {
          giveBack(claimed);
          return sent + sentInBatch;
        }
        if (outbox.claim(id, node, clock.instant())) {
          outbox.claimed(id, node).ifPresent(claimed::add);
        }
        if (claimed.size() == properties.mailsPerConnection()) {
          sentInBatch += send(claimed);
          claimed.clear();
        }
      }
      if (!beatingRecently()) {
        giveBack(claimed);
        return sent + sentInBatch;
      }
      sentInBatch += send(claimed);
      sent += sentInBatch;
    } while (due.size() == BATCH && sentInBatch > 0);
    return sent;
  }

  /**
   * This node's heartbeat is too old to send safely: what it claimed and has not sent goes back to
   * the outbox as it was (no attempt counted), for this node once it beats again or for another.
   */
  private void giveBack(List<OutgoingMail> claimed) {
    LOG.warn("This node's outbox heartbeat is older than {}: sending waits, lest another node take the"
        + " same mails for a dead node's", properties.deadAfter().dividedBy(2));
    outbox.unclaim(claimed.stream().map(OutgoingMail::id).toList(), node);
  }

  String node() {
    return node;
  }

  /** Records that this node is alive; its claims stay its own while it beats. */
  void beat() {
    Instant now = clock.instant();
    outbox.beat(node, now);
    lastBeat = now;
  }

  /**
   * A node that beats sends only while its last beat is younger than half of {@code dead-after}:
   * cut off from the database, it stops sending well before another node may take its claims over.
   */
  private boolean beatingRecently() {
    Instant beat = lastBeat;
    return beat == null || beat.isAfter(clock.instant().minus(properties.deadAfter().dividedBy(2)));
  }

  /**
   * Sends {@code mails} over one SMTP connection (JavaMail's {@code send} of several messages) and
   * records each one's outcome; returns how many went out.
   */
  private int send(List<OutgoingMail> mails) {
    if (mails.isEmpty()) {
      return 0;
    }
    Map<MimeMessage, OutgoingMail> messages = new LinkedHashMap<>();
    Map<Long, List<String>> malformedById = new HashMap<>();
    for (OutgoingMail mail : mails) {
      List<InternetAddress> to = new ArrayList<>();
      List<String> malformed = new ArrayList<>();
      for (String recipient : mail.recipients()) {
        try {
          to.add(new InternetAddress(recipient, true));
        } catch (AddressException e) {
          malformed.add(recipient);
        }
      }
      if (to.isEmpty()) {
        failed(mail.id(), mail, new IllegalStateException("Không có địa chỉ hợp lệ: " + String.join(", ", malformed)));
        continue;
      }
      malformedById.put(mail.id(), malformed);
      try {
        messages.put(message(mail, to), mail);
      } catch (RuntimeException e) {
        failed(mail.id(), mail, e);
      }
    }
    if (messages.isEmpty()) {
      return 0;
    }
    Map<Object, Exception> failures = Map.of();
    try {
      mailSender.send(messages.keySet().toArray(new MimeMessage[0]));
    } catch (MailSendException e) {
      failures = e.getFailedMessages();
      if (failures.isEmpty()) { // the connection itself failed: nothing went out
        messages.values().forEach(mail -> failed(mail.id(), mail, e));
        return 0;
      }
    } catch (RuntimeException e) {
      messages.values().forEach(mail -> failed(mail.id(), mail, e));
      return 0;
    }
    int sent = 0;
    List<Long> delivered = new ArrayList<>();
    for (Map.Entry<MimeMessage, OutgoingMail> entry : messages.entrySet()) {
      OutgoingMail mail = entry.getValue();
      Exception failure = failures.get(entry.getKey());
      String refused = null;
      if (failure != null) {
        List<String> invalid = refusedAddresses(failure);
        if (invalid == null) {
          failed(mail.id(), mail, failure instanceof RuntimeException runtime ? runtime
              : new MailSendException(failure.getMessage(), failure));
          continue;
        }
        refused = String.join(", ", invalid);
      }
      List<String> malformed = malformedById.getOrDefault(mail.id(), List.of());
      if (!malformed.isEmpty()) {
        refused = (refused == null ? "" : refused + ", ") + String.join(", ", malformed);
      }
      if (refused == null) {
        delivered.add(mail.id());
      } else if (!outbox.sentExcept(mail.id(), node, clock.instant(), "Không gửi được tới: " + refused)) {
        LOG.warn("Mail {} was sent, but its claim had been given up as stale: it may go out twice", mail.id());
      }
      sent++;
    }
    int marked = outbox.sent(delivered, node, clock.instant());
    if (marked < delivered.size()) {
      LOG.warn("{} mail(s) were sent, but their claims had been given up as stale: they may go out twice",
          delivered.size() - marked);
    }
    return sent;
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
  private static List<String> refusedAddresses(Exception failure) {
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
