package vn.planflow.review;

import java.time.Instant;

/**
 * One comment on a plan's drafts and, once the lead has answered it, the answer.
 *
 * @param sectionKey the section it is about ({@link DraftReview#WHOLE} for the whole draft)
 * @param proposal the wording proposed, or null
 * @param decision null while unanswered
 */
public record DraftComment(long id, String planId, CommentSource source, String agencyId, String agencyName,
    String sectionKey, String sectionLabel, String content, String proposal, String taskId, Instant createdAt,
    Decision decision, String answer, String answeredBy, Instant answeredAt) {

  public boolean answered() {
    return decision != null;
  }
}
