package vn.planflow.review;

/** A file that is no readable Word (.docx) draft; the message says so in Vietnamese. */
public class DraftUnreadableException extends RuntimeException {

  public DraftUnreadableException(String message, Throwable cause) {
    super(message, cause);
  }
}
