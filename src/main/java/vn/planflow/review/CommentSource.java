package vn.planflow.review;

/** Who a comment on the drafts comes from. */
public enum CommentSource {
  /** A surveyed agency, in its {@code commentOnDraft} task. */
  AGENCY,
  /** The scientific workshop's conclusions, entered by the lead. */
  WORKSHOP,
  /** The Ministry's feedback, entered by the lead. */
  MINISTRY
}
