package vn.planflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One official's daily digest: their agencies' open tasks (and those assigned to them) due soon or
 * overdue, and, for an agency that leads plans, the overdue tasks of those plans it chases; each
 * list grouped by plan.
 *
 * @param userId the official
 * @param userName their name as the engine knows it (the id when it has none)
 * @param email where the digest goes
 * @param day the working day of the digest, in the province's zone
 * @param moment that day's digest time ({@code planflow.notification.digest-at})
 * @param own the tasks of the official's agencies and their own, by plan
 * @param chased the overdue tasks of the plans the official's agencies lead, by plan
 */
record Digest(String userId, String userName, String email, LocalDate day, Instant moment, List<Plan> own,
    List<Plan> chased) {

  Digest {
    own = List.copyOf(own);
    chased = List.copyOf(chased);
  }

  public boolean isEmpty() {
    return own.isEmpty() && chased.isEmpty();
  }

  /** The tasks of one plan, soonest due first. */
  record Plan(String title, List<Item> items) {
    Plan {
      items = List.copyOf(items);
    }
  }

  /**
   * One task of the digest.
   *
   * @param due its due date, dd/MM/yyyy
   * @param overdue whether its due moment has passed
   * @param workingDays working days late (overdue) or left until the due day (due soon)
   * @param taskUrl the task in Tasklist
   */
  record Item(String taskId, String taskName, String agencyName, String due, boolean overdue, int workingDays,
      String taskUrl) {

    /** "Quá hạn 3 ngày làm việc", "Quá hạn", "Còn 2 ngày làm việc", "Đến hạn hôm nay". */
    public String timing() {
      if (overdue) {
        return workingDays > 0 ? "Quá hạn " + workingDays + " ngày làm việc" : "Quá hạn";
      }
      return workingDays > 0 ? "Còn " + workingDays + " ngày làm việc" : "Đến hạn hôm nay";
    }
  }
}
