package vn.planflow.drafting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/** Service task {@code recordMissingComments}, after {@code Timer_CommentsDue}. */
@Component("recordMissingCommentsDelegate")
class RecordMissingCommentsDelegate implements JavaDelegate {

  private final MissingAgencies missingAgencies;

  RecordMissingCommentsDelegate(MissingAgencies missingAgencies) {
    this.missingAgencies = missingAgencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    missingAgencies.record(execution, Tasks.COMMENT_ON_DRAFT, Vars.MISSING_COMMENT_AGENCIES,
        Vars.MISSING_COMMENTS_TEXT);
  }
}
