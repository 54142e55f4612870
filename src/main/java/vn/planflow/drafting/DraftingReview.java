package vn.planflow.drafting;

import static vn.planflow.drafting.ResolutionDrafting.Tasks.COMMENT_ON_DRAFT;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.CONSOLIDATE_COMMENTS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.CONSULT_MINISTRY;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.DECISIONS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.DRAFT_DOCUMENTS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.HOLD_WORKSHOP;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.REVISE_DRAFTS;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.drafting.ResolutionDrafting.Vars;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.review.CommentSource;
import vn.planflow.review.CommentTables;
import vn.planflow.review.DraftReview;

/**
 * Which drafting task does what with the drafts and the comments (feature review): the lead's
 * drafts become versions; each agency comments on sections; the lead answers every comment in
 * the consolidation, after the workshop, after the Ministry and in each revision, and enters the
 * workshop's and the Ministry's points with their answers; the decision bodies see the table.
 */
@Component
class DraftingReview {

  /** The lead's tasks whose attached .docx are a new version of the drafts, and what the version follows. */
  private static final Map<String, String> DRAFT_STAGES = Map.of(
      DRAFT_DOCUMENTS, "Dự thảo lần đầu",
      CONSOLIDATE_COMMENTS, "Sau khi tiếp thu ý kiến góp ý của các đơn vị",
      HOLD_WORKSHOP, "Sau Hội thảo khoa học",
      CONSULT_MINISTRY, "Sau khi xin ý kiến Bộ",
      REVISE_DRAFTS, "Chỉnh sửa theo yêu cầu của cấp có thẩm quyền");
  /** The lead's tasks in which the comments not yet answered must be answered. */
  private static final List<String> ANSWERING = List.of(CONSOLIDATE_COMMENTS, HOLD_WORKSHOP, CONSULT_MINISTRY,
      REVISE_DRAFTS);
  /** The Ministry the plan consults, as the directory carries it on (Bộ TT&TT, then Bộ KH&CN). */
  private static final String MINISTRY = "bo-tttt";

  private final DraftReview review;
  private final CommentTables tables;
  private final AgencyDirectory directory;
  private final IdentityService identityService;

  DraftingReview(DraftReview review, CommentTables tables, AgencyDirectory directory,
      @Lazy IdentityService identityService) {
    this.identityService = identityService;
    this.review = review;
    this.tables = tables;
    this.directory = directory;
  }

  void created(DelegateTask task) {
    String plan = task.getProcessInstanceId();
    String key = task.getTaskDefinitionKey();
    if (COMMENT_ON_DRAFT.equals(key)) {
      review.prepareComments(task, plan);
    }
    if (ANSWERING.contains(key)) {
      review.prepareAnswers(task, plan);
    }
    if (HOLD_WORKSHOP.equals(key) || CONSULT_MINISTRY.equals(key)) {
      review.prepareSourceComments(task, plan);
    }
    if (DECISIONS.contains(key)) {
      review.prepareDecision(task, plan);
    }
  }

  /** After the task's own checks: refuses (and so rolls back) what the review cannot take. */
  void completed(DelegateTask task, String agency, String agencyName) {
    String plan = task.getProcessInstanceId();
    String key = task.getTaskDefinitionKey();
    String user = EngineIdentity.current(identityService).map(EngineIdentity.CurrentUser::userId).orElse(agency);
    if (COMMENT_ON_DRAFT.equals(key)) {
      review.recordComments(task, plan, agency, agencyName, task.getVariable(Vars.COMMENT));
    }
    if (ANSWERING.contains(key)) {
      review.recordAnswers(task, plan, user);
    }
    if (HOLD_WORKSHOP.equals(key)) {
      review.recordSourceComments(task, plan, CommentSource.WORKSHOP, "Hội thảo khoa học",
          task.getVariable(Vars.WORKSHOP_CONCLUSIONS), user);
    }
    if (CONSULT_MINISTRY.equals(key)) {
      List<String> ministry = directory.carriedOnBy(MINISTRY, directory.today());
      review.recordSourceComments(task, plan, CommentSource.MINISTRY,
          directory.name(ministry.isEmpty() ? MINISTRY : ministry.get(0)), task.getVariable(Vars.MINISTRY_FEEDBACK),
          user);
    }
    if (DRAFT_STAGES.containsKey(key)) {
      review.readDrafts(task, plan, DRAFT_STAGES.get(key));
    }
    if (ANSWERING.contains(key)) {
      tables.attach(plan);
    }
  }
}
