package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.PlanTask.VERIFY_COMPLETION;
import static vn.planflow.plan.PlanProcesses.Vars.VERIFICATION_RESULT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.TaskAgencies;
import vn.planflow.engine.EngineClock;
import vn.planflow.names.ProcessNames;
import vn.planflow.refusal.EngineTexts;
import vn.planflow.time.DueDates;

/**
 * Listener on {@code create} and {@code complete} of every user task of {@code plan-task} and
 * {@code plan-implementation}: gives each task its due date and agency for the form; on complete
 * sets what {@link PlanTaskAnswers} makes of the answer (or its refusal rolls the completion back,
 * and the process stays where it was).
 */
@Component("planTaskListener")
class PlanTaskListener implements TaskListener {

  private final AgencyDirectory directory;
  private final DueDates dueDates;
  private final PlanTaskAnswers answers;

  PlanTaskListener(AgencyDirectory directory, DueDates dueDates, PlanTaskAnswers answers) {
    this.directory = directory;
    this.dueDates = dueDates;
    this.answers = answers;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(ProcessNames.Vars.DUE_DATE_TEXT, dueDates.format(task.getDueDate()));
      task.setVariableLocal(ProcessNames.Vars.AGENCY_NAME, directory.name(TaskAgencies.first(task)));
      task.setVariableLocal(ProcessNames.Vars.LISTED_PLAN_TITLE, task.getVariable(ProcessNames.Vars.TITLE));
      if (PlanProcesses.PlanTask.KEY.equals(processKey(task))) {
        task.setName(PlanTaskNames.of(task.getVariable(PlanProcesses.Vars.TASK_CODE),
            task.getVariable(PlanProcesses.Vars.TASK_TITLE), task.getName()));
      }
      if (VERIFY_COMPLETION.equals(task.getTaskDefinitionKey())) {
        task.removeVariable(VERIFICATION_RESULT);
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      task.setVariables(answers.completed(task.getTaskDefinitionKey(), task::getVariable,
          EngineTexts.tooLong(task), TaskAgencies.first(task), EngineClock.now()));
    }
  }

  private static String processKey(DelegateTask task) {
    String definitionId = task.getProcessDefinitionId();
    return definitionId == null ? "" : definitionId.substring(0, definitionId.indexOf(':') < 0 ? definitionId.length()
        : definitionId.indexOf(':'));
  }
}
