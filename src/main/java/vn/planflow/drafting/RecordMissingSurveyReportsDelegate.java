package vn.planflow.drafting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/** Service task {@code recordMissingSurveyReports}, after {@code Timer_SurveyDue}. */
@Component("recordMissingSurveyReportsDelegate")
class RecordMissingSurveyReportsDelegate implements JavaDelegate {

  private final MissingAgencies missingAgencies;

  RecordMissingSurveyReportsDelegate(MissingAgencies missingAgencies) {
    this.missingAgencies = missingAgencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    missingAgencies.record(execution, Tasks.SUBMIT_SURVEY_REPORT, Vars.MISSING_SURVEY_AGENCIES,
        Vars.MISSING_SURVEY_TEXT);
  }
}
