package vn.planflow.dashboard;

import java.util.Date;
import java.util.List;

/** What the dashboards show, as records the pages, the charts and the workbooks read alike. */
public final class Board {

  private Board() {
  }

  /**
   * One task of a plan: a drafting plan's user task (one per agency and stage), or a carried
   * plan's row (one per lead agency).
   *
   * @param id the engine's task id (drafting) or the row's {@code plan-task} instance id
   * @param code the row's number in the plan's table (carried plans); empty for drafting tasks
   * @param month the deadline's month, {@code yyyy-MM}, in the province's calendar; empty without one
   */
  public record TaskLine(String id, String code, String name, String agencyId, String agencyName,
      List<String> coordinatingIds, Date due, Date start, Date end, TaskState state, int workingDaysLate,
      String month) {
  }

  /**
   * One stage on a plan's timeline: planned (its due date) against actual (first task started,
   * last task ended).
   */
  public record StageLine(String label, Date planned, Date start, Date end, TaskState state, int workingDaysLate,
      int tasks, int done) {
  }

  /** One agency's record: its tasks counted by standing, and its rating. */
  public record AgencyLine(String agencyId, String agencyName, int assigned, int doneOnTime, int doneLate,
      int open, int dueSoon, int overdue, Rating rating) {
  }

  /**
   * One plan's board.
   *
   * @param kind a drafting plan ({@code resolution-drafting}) or a carried plan ({@code plan-implementation})
   */
  public record PlanBoard(String id, String title, PlanKind kind, String leadId, String leadName, Date startedAt,
      Date endedAt, List<StageLine> stages, List<AgencyLine> agencies, List<TaskLine> tasks, Rating rating) {

    public long count(TaskState state) {
      return tasks.stream().filter(task -> task.state() == state).count();
    }

    public long lateStages() {
      return stages.stream().filter(stage -> stage.state() == TaskState.DONE_LATE || stage.state().late()).count();
    }

    /** The stages under way (or, for a plan not started, the first). */
    public String currentStages() {
      if (endedAt != null) {
        return "Đã kết thúc";
      }
      return String.join("; ", stages.stream().filter(stage -> stage.state().open()).map(StageLine::label).toList());
    }
  }

  /** The two kinds of plans. */
  public enum PlanKind {
    DRAFTING("Xây dựng Nghị quyết"),
    CARRYING("Thực hiện kế hoạch");

    private final String label;

    PlanKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
