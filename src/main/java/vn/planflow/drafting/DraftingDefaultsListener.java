package vn.planflow.drafting;

import static vn.planflow.drafting.ResolutionDrafting.Vars.DOCUMENTS_URL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.planflow.engine.EngineClock;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.DueDates;

/**
 * Start listener of process {@code resolution-drafting}: sets the start variables {@link
 * DraftingStart} resolves (a refusal rolls the start back) and the plan's documents page.
 */
@Component("draftingDefaultsListener")
class DraftingDefaultsListener implements ExecutionListener {

  private final DraftingStart start;
  private final DueDates dueDates;

  DraftingDefaultsListener(DraftingStart start, DueDates dueDates) {
    this.start = start;
    this.dueDates = dueDates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DraftingStart.Resolved resolved = start.resolve(execution.getVariables(), dueDates.day(EngineClock.now()));
    resolved.cleared().forEach(execution::removeVariable);
    execution.setVariables(resolved.variables());
    execution.setVariable(DOCUMENTS_URL, ProcessNames.documentsUrl(execution.getProcessInstanceId()));
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      // Cockpit and the history name the plan: its title, when the starter gave no key of its own
      String title = resolved.variables().get(ResolutionDrafting.Vars.TITLE).toString().strip();
      execution.setProcessBusinessKey(title.length() > BUSINESS_KEY_LENGTH ? title.substring(0, BUSINESS_KEY_LENGTH)
          : title);
    }
  }

  /** ACT_RU_EXECUTION.BUSINESS_KEY_ is 255 characters. */
  private static final int BUSINESS_KEY_LENGTH = 255;
}
