package vn.planflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.planflow.drafting.ResolutionDrafting.Decisions;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/** Walks a {@code resolution-drafting} instance through its stages the way officials would. */
final class DraftingDriver {

  static final String SURVEY_AGENCIES = "so-y-te,so-cong-thuong";

  private final ProcessEngine engine;
  final ProcessInstance instance;

  private DraftingDriver(ProcessEngine engine, ProcessInstance instance) {
    this.engine = engine;
    this.instance = instance;
  }

  static DraftingDriver start(ProcessEngine engine, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(Map.of(Vars.SURVEY_AGENCIES, SURVEY_AGENCIES));
    all.putAll(variables);
    return new DraftingDriver(engine,
        engine.getRuntimeService().startProcessInstanceByKey(ResolutionDrafting.KEY, all));
  }

  List<Task> open(String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
  }

  Task single(String taskKey) {
    List<Task> tasks = open(taskKey);
    assertThat(tasks).as("open %s tasks", taskKey).hasSize(1);
    return tasks.get(0);
  }

  void complete(String taskKey, Map<String, Object> variables) {
    engine.getTaskService().complete(single(taskKey).getId(), variables);
  }

  Object variable(String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  DraftingDriver surveyed() {
    for (Task task : open(Tasks.SUBMIT_SURVEY_REPORT)) {
      engine.getTaskService().complete(task.getId(), Map.of(Vars.REPORT_SUMMARY, "Báo cáo của " + task.getId()));
    }
    complete(Tasks.SYNTHESIZE_SURVEY, Map.of(Vars.SYNTHESIS_SUMMARY, "Kết quả nổi bật, hạn chế và nguyên nhân"));
    return this;
  }

  DraftingDriver drafted() {
    complete(Tasks.DRAFT_DOCUMENTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo Nghị quyết và Kế hoạch, bản 1"));
    for (Task task : open(Tasks.COMMENT_ON_DRAFT)) {
      engine.getTaskService().complete(task.getId(), Map.of(Vars.COMMENT, ""));
    }
    complete(Tasks.CONSOLIDATE_COMMENTS, Map.of());
    complete(Tasks.HOLD_WORKSHOP, Map.of(Vars.WORKSHOP_CONCLUSIONS, "Hội thảo thống nhất các định hướng"));
    complete(Tasks.CONSULT_MINISTRY, Map.of(Vars.MINISTRY_FEEDBACK, "Bộ TT&TT đồng ý với dự thảo"));
    if (!open(Tasks.PREPARE_UBND_DOSSIER).isEmpty()) { // models before release 2027-01 had no stage 5 dossier
      complete(Tasks.PREPARE_UBND_DOSSIER, Map.of());
    }
    return this;
  }

  DraftingDriver budgetDone() {
    complete(Tasks.PREPARE_BUDGET_ESTIMATE, Map.of("budgetAmount", 12500));
    complete(Tasks.APPRAISE_BUDGET, Map.of());
    complete(Tasks.APPROVE_BUDGET, Map.of());
    return this;
  }

  DraftingDriver approvedBy(String decisionTask) {
    Map<String, Object> variables = new HashMap<>(Map.of(Vars.DECISION, Decisions.APPROVED));
    if (Tasks.EXECUTIVE_COMMITTEE_DECISION.equals(decisionTask)) {
      variables.put(Vars.RESOLUTION_NUMBER, "09-NQ/TU");
    }
    complete(decisionTask, variables);
    return this;
  }

  DraftingDriver sentBackBy(String decisionTask, String notes) {
    complete(decisionTask, Map.of(Vars.DECISION, Decisions.REVISE, Vars.DECISION_NOTES, notes));
    return this;
  }

  DraftingDriver revised() {
    complete(Tasks.REVISE_DRAFTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo bản 2",
        Vars.REVISION_NOTES, "Đã bổ sung chỉ tiêu 2030"));
    return this;
  }

  DraftingDriver dossierPrepared(String dossierTask) {
    complete(dossierTask, Map.of());
    return this;
  }
}
