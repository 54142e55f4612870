package vn.planflow.agency;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Hands open tasks from one agency to another, as an agency change does ({@link OpenTaskMoves}):
 * for a plan's task whose lead changes.
 */
@Component
public class TaskHandover {

  private final OpenTaskMoves moves;
  private final KnownAgencies agencies;

  TaskHandover(OpenTaskMoves moves, KnownAgencies agencies) {
    this.moves = moves;
    this.agencies = agencies;
  }

  /** @return the ids of the tasks handed over */
  public List<String> handOver(List<Task> tasks, String fromAgency, String toAgency) {
    Agency from = agencies.find(fromAgency).orElseThrow(() -> new IllegalArgumentException(fromAgency));
    Agency to = agencies.find(toAgency).orElseThrow(() -> new IllegalArgumentException(toAgency));
    return moves.move(tasks, from, to);
  }
}
