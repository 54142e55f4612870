package vn.planflow.document;

/** A file that cannot be attached; the message says why, in Vietnamese. */
class DocumentRefusedException extends RuntimeException {

  DocumentRefusedException(String message) {
    super(message);
  }
}
