package vn.planflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the embedded SMTP server received since the application started, each message once (the
 * server keeps one copy per recipient), newest first.
 */
public class EmbeddedMailbox {

  private final GreenMail server;

  EmbeddedMailbox(GreenMail server) {
    this.server = server;
  }

  public int port() {
    return server.getSmtp().getPort();
  }

  public List<ReceivedMail> messages() {
    Map<String, ReceivedMail> byId = new LinkedHashMap<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      ReceivedMail mail = read(message);
      byId.putIfAbsent(mail.messageId(), mail);
    }
    return byId.values().stream()
        .sorted(Comparator.comparing(ReceivedMail::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }

  private static ReceivedMail read(MimeMessage message) {
    try {
      String[] texts = new String[2];
      collect(message, texts);
      String id = message.getMessageID() != null ? message.getMessageID() : String.valueOf(System.identityHashCode(message));
      Date date = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
      return new ReceivedMail(id, date == null ? null : date.toInstant(), addresses(message.getFrom()),
          addresses(message.getAllRecipients()), message.getSubject(),
          texts[0] == null ? "" : texts[0], texts[1] == null ? "" : texts[1]);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read a message of the embedded SMTP server", e);
    }
  }

  /** Fills texts[0] with the first text/plain part and texts[1] with the first text/html part. */
  private static void collect(Part part, String[] texts) throws MessagingException, IOException {
    if (part.isMimeType("text/plain") && texts[0] == null) {
      texts[0] = String.valueOf(part.getContent());
    } else if (part.isMimeType("text/html") && texts[1] == null) {
      texts[1] = String.valueOf(part.getContent());
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), texts);
      }
    }
  }

  private static List<String> addresses(Address[] addresses) {
    return addresses == null ? List.of()
        : Arrays.stream(addresses).map(Address::toString).collect(Collectors.toList());
  }

  /** One message as the mail page shows it. */
  public record ReceivedMail(String messageId, Instant receivedAt, List<String> from, List<String> to,
      String subject, String text, String html) {
  }
}
