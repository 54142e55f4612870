package vn.planflow.drafting;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads what an official reads in a received mail. */
final class TestMails {

  private TestMails() {
  }

  /** The decoded plain-text part of a mail. */
  static String text(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i));
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }
}
