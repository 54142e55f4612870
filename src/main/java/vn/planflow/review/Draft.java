package vn.planflow.review;

import java.util.List;

/**
 * A draft as Planflow reads it: its title, its kind and its sections in order. The sections an
 * official comments on are those of the plan's latest drafts ({@link DraftReview}).
 */
public record Draft(String title, DraftKind kind, List<DraftSection> sections) {

  public Draft {
    sections = List.copyOf(sections);
  }
}
