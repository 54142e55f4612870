package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.DUE;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_STARTED_AT;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.planflow.engine.EngineClock;
import vn.planflow.refusal.InputRefusedException;
import vn.planflow.time.DueDates;

/**
 * End listener of {@code Event_DeadlineSet} in {@code plan-task}: the date an outside event gives
 * (message {@code DeadlineSet}, variable {@code due}) must be a date within the task's span, not
 * before the task started and at most ten years on. Otherwise the correlation is refused (400 on
 * the REST API) and the task keeps waiting.
 */
@Component("deadlineSetListener")
class DeadlineSetListener implements ExecutionListener {

  static final Period LONGEST = Period.ofYears(10);

  private final DueDates dueDates;

  DeadlineSetListener(DueDates dueDates) {
    this.dueDates = dueDates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object given = execution.getVariable(DUE);
    Date due;
    try {
      due = dueDates.parse(given);
    } catch (IllegalArgumentException e) {
      due = null;
    }
    if (due == null) {
      throw new InputRefusedException("Thời hạn \"" + given + "\" (biến " + DUE + ") không phải là ngày hợp lệ "
          + "(kiểu Date, hoặc định dạng yyyy-MM-dd).");
    }
    Object started = execution.getVariable(TASK_STARTED_AT);
    LocalDate from = dueDates.day(started instanceof Date date ? date : EngineClock.now());
    LocalDate day = dueDates.day(due);
    if (day.isBefore(from) || day.isAfter(from.plus(LONGEST))) {
      throw new InputRefusedException("Thời hạn " + dueDates.format(due) + " (biến " + DUE + ") nằm ngoài thời gian "
          + "của nhiệm vụ: từ ngày " + dueDates.format(dueDates.endOf(from)) + " đến tối đa " + LONGEST.getYears()
          + " năm sau.");
    }
    execution.setVariable(DUE, due);
  }
}
