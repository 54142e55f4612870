package vn.planflow.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two versions of a draft compared section by section, sections matched by their numbering:
 * added, removed, changed (heading or text) or unchanged, in the order of the later version, a
 * removed section after the one that preceded it in the earlier version.
 */
public final class DraftComparison {

  public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

  /** One section's fate; {@code before} and {@code after} are heading and text, "" when absent. */
  public record SectionChange(String key, String label, Change change, String before, String after) {
  }

  private DraftComparison() {
  }

  public static List<SectionChange> compare(Draft from, Draft to) {
    Map<String, DraftSection> before = new LinkedHashMap<>();
    from.sections().forEach(section -> before.put(section.key(), section));
    Map<String, DraftSection> after = new LinkedHashMap<>();
    to.sections().forEach(section -> after.put(section.key(), section));
    List<SectionChange> changes = new ArrayList<>();
    for (DraftSection section : to.sections()) {
      DraftSection earlier = before.get(section.key());
      if (earlier == null) {
        changes.add(new SectionChange(section.key(), section.label(), Change.ADDED, "", whole(section)));
      } else {
        changes.add(new SectionChange(section.key(), section.label(),
            whole(earlier).equals(whole(section)) ? Change.UNCHANGED : Change.CHANGED, whole(earlier), whole(section)));
      }
    }
    String previous = null;
    for (DraftSection section : from.sections()) {
      if (!after.containsKey(section.key())) {
        int at = 0;
        if (previous != null) {
          for (int index = 0; index < changes.size(); index++) {
            if (changes.get(index).key().equals(previous)) {
              at = index + 1;
            }
          }
        }
        changes.add(at, new SectionChange(section.key(), section.label(), Change.REMOVED, whole(section), ""));
      }
      previous = section.key();
    }
    return changes;
  }

  private static String whole(DraftSection section) {
    return section.text().isEmpty() ? section.heading() : section.heading() + "\n" + section.text();
  }
}
