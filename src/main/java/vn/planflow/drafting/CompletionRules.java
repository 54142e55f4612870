package vn.planflow.drafting;

import static vn.planflow.drafting.ResolutionDrafting.Decisions.APPROVED;
import static vn.planflow.drafting.ResolutionDrafting.Decisions.REVISE;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.CONSULT_MINISTRY;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.DECISIONS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.DRAFT_DOCUMENTS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.EXECUTIVE_COMMITTEE_DECISION;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.HOLD_WORKSHOP;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.REVISE_DRAFTS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.SUBMIT_SURVEY_REPORT;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.SYNTHESIZE_SURVEY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.DECISION;
import static vn.planflow.drafting.ResolutionDrafting.Vars.DECISION_NOTES;
import static vn.planflow.drafting.ResolutionDrafting.Vars.DRAFT_SUMMARY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.MINISTRY_FEEDBACK;
import static vn.planflow.drafting.ResolutionDrafting.Vars.REPORT_SUMMARY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.RESOLUTION_NUMBER;
import static vn.planflow.drafting.ResolutionDrafting.Vars.REVISION_NOTES;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SYNTHESIS_SUMMARY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.WORKSHOP_CONCLUSIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a completion of each drafting task must carry (contract: Process {@code
 * resolution-drafting}), with the message, in Vietnamese, that refuses one that does not.
 */
final class CompletionRules {

  /** Task key → the text variable it requires, and how a person calls it. */
  private static final Map<String, Map.Entry<String, String>> REQUIRED_TEXT = Map.of(
      SUBMIT_SURVEY_REPORT, Map.entry(REPORT_SUMMARY, "tóm tắt báo cáo khảo sát"),
      SYNTHESIZE_SURVEY, Map.entry(SYNTHESIS_SUMMARY, "tóm tắt báo cáo tổng hợp"),
      DRAFT_DOCUMENTS, Map.entry(DRAFT_SUMMARY, "tóm tắt dự thảo"),
      HOLD_WORKSHOP, Map.entry(WORKSHOP_CONCLUSIONS, "kết luận của Hội thảo"),
      CONSULT_MINISTRY, Map.entry(MINISTRY_FEEDBACK, "ý kiến của Bộ Thông tin và Truyền thông"),
      REVISE_DRAFTS, Map.entry(REVISION_NOTES, "nội dung đã chỉnh sửa"));

  private CompletionRules() {
  }

  /**
   * The problems with completing task {@code taskKey} given the variables visible to it; empty
   * when the completion may go ahead.
   */
  static List<String> problems(String taskKey, Function<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    Map.Entry<String, String> required = REQUIRED_TEXT.get(taskKey);
    if (required != null && isBlank(variables.apply(required.getKey()))) {
      problems.add(missing(required.getValue(), required.getKey()));
    }
    if (REVISE_DRAFTS.equals(taskKey) && isBlank(variables.apply(DRAFT_SUMMARY))) {
      problems.add(missing("tóm tắt dự thảo sau chỉnh sửa", DRAFT_SUMMARY));
    }
    if (DECISIONS.contains(taskKey)) {
      decision(taskKey, variables, problems);
    }
    if (BUDGET_DECIDERS.contains(taskKey)) {
      budgetDecision(variables, problems);
    }
    return problems;
  }

  /** The appraisal and the approval of the budget may send the estimate back, saying why. */
  private static final List<String> BUDGET_DECIDERS = List.of(ResolutionDrafting.Tasks.APPRAISE_BUDGET,
      ResolutionDrafting.Tasks.APPROVE_BUDGET);

  private static void budgetDecision(Function<String, Object> variables, List<String> problems) {
    Object decision = variables.apply(ResolutionDrafting.Vars.BUDGET_DECISION);
    if (!isBlank(decision) && !APPROVED.equals(decision) && !REVISE.equals(decision)) {
      problems.add("Ý kiến về dự toán (" + ResolutionDrafting.Vars.BUDGET_DECISION + ") phải là \"" + APPROVED
          + "\" (đạt) hoặc \"" + REVISE + "\" (trả lại); giá trị \"" + decision + "\" không hợp lệ.");
    } else if (REVISE.equals(decision) && isBlank(variables.apply(ResolutionDrafting.Vars.BUDGET_DECISION_NOTES))) {
      problems.add(missing("lý do trả lại dự toán", ResolutionDrafting.Vars.BUDGET_DECISION_NOTES));
    }
  }

  private static void decision(String taskKey, Function<String, Object> variables, List<String> problems) {
    Object decision = variables.apply(DECISION);
    if (!APPROVED.equals(decision) && !REVISE.equals(decision)) {
      problems.add("Vui lòng chọn ý kiến (" + DECISION + "): \"" + APPROVED + "\" (Thông qua) hoặc \""
          + REVISE + "\" (Yêu cầu chỉnh sửa, bổ sung)"
          + (isBlank(decision) ? "." : "; giá trị \"" + decision + "\" không hợp lệ."));
      return;
    }
    if (REVISE.equals(decision) && isBlank(variables.apply(DECISION_NOTES))) {
      problems.add(missing("nội dung yêu cầu chỉnh sửa", DECISION_NOTES));
    }
    if (EXECUTIVE_COMMITTEE_DECISION.equals(taskKey) && APPROVED.equals(decision)
        && isBlank(variables.apply(RESOLUTION_NUMBER))) {
      problems.add(missing("số Nghị quyết được ban hành", RESOLUTION_NUMBER));
    }
  }

  private static String missing(String what, String variable) {
    return "Vui lòng nhập " + what + " (" + variable + ") trước khi hoàn thành.";
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
