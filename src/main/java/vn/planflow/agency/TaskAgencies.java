package vn.planflow.agency;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** The agencies a user task is for: its candidate groups. */
public final class TaskAgencies {

  private TaskAgencies() {
  }

  public static List<String> of(DelegateTask task) {
    return ofLinks(task.getCandidates());
  }

  public static List<String> ofLinks(Collection<? extends IdentityLink> links) {
    return links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .distinct()
        .toList();
  }

  /** The first agency of the task, or "" for a task without a candidate group. */
  public static String first(DelegateTask task) {
    List<String> agencies = of(task);
    return agencies.isEmpty() ? "" : agencies.get(0);
  }
}
