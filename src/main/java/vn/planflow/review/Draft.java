package vn.planflow.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A draft as Planflow reads it: its title, its kind and its sections in order. */
public record Draft(String title, DraftKind kind, List<DraftSection> sections) {

  public Draft {
    sections = List.copyOf(sections);
  }

  /** The sections an official may comment on, the whole draft first: key → label. */
  public List<Map.Entry<String, String>> choices() {
    List<Map.Entry<String, String>> choices = new ArrayList<>();
    choices.add(Map.entry(DraftReview.WHOLE, DraftReview.WHOLE_LABEL));
    sections.forEach(section -> choices.add(Map.entry(section.key(), section.label())));
    return choices;
  }
}
