package vn.planflow.trail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.planflow.drafting.ImplementationPlanRequest;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.names.ProcessNames;
import vn.planflow.plan.PlanProcesses;

/**
 * Which process instances make up a plan: a {@code resolution-drafting} or {@code
 * plan-implementation} instance, its sub-process instances (recursively: a plan's {@code plan-task}
 * instances) and, for a drafting plan, the {@code implementation-plan-request} it started (a
 * process of its own, linked by variables). The other way round: the plan an instance belongs to.
 */
@Component
class TrailPlans {

  static final List<String> PLAN_KEYS = List.of(ResolutionDrafting.KEY, PlanProcesses.Plan.KEY);
  private static final int CHUNK = 500;

  /** A plan as the pages name it. */
  record PlanRef(String id, String title, String businessKey) {
    public String label() {
      if (title == null || title.isBlank()) {
        return businessKey == null ? id : businessKey;
      }
      return businessKey == null || businessKey.isBlank() || businessKey.equals(title) ? title
          : title + " (" + businessKey + ")";
    }
  }

  private final HistoryService historyService;

  TrailPlans(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** The plan of this id, if it is one. */
  Optional<PlanRef> plan(String planId) {
    HistoricProcessInstance instance = planId == null ? null
        : historyService.createHistoricProcessInstanceQuery().processInstanceId(planId).singleResult();
    if (instance == null || !PLAN_KEYS.contains(instance.getProcessDefinitionKey())) {
      return Optional.empty();
    }
    return Optional.of(new PlanRef(instance.getId(), titles(List.of(planId)).get(planId), instance.getBusinessKey()));
  }

  /** The most recent plans, newest first, for the cross-plan filter. */
  List<PlanRef> recentPlans(int max) {
    List<HistoricProcessInstance> plans = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(PLAN_KEYS.toArray(String[]::new)).orderByProcessInstanceStartTime().desc()
        .listPage(0, max);
    Map<String, String> titles = titles(plans.stream().map(HistoricProcessInstance::getId).toList());
    return plans.stream().map(plan -> new PlanRef(plan.getId(), titles.get(plan.getId()), plan.getBusinessKey()))
        .toList();
  }

  /** The plan and every instance under it, the plan first. */
  Set<String> instancesOf(String planId) {
    Set<String> instances = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(planId));
    historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(planId)
        .variableName(ProcessNames.Vars.IMPLEMENTATION_PLAN_REQUEST).list().stream()
        .map(HistoricVariableInstance::getValue).filter(String.class::isInstance).map(String.class::cast)
        .forEach(next::add);
    while (!next.isEmpty()) {
      String instance = next.poll();
      if (instances.add(instance)) {
        historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instance).list()
            .forEach(sub -> next.add(sub.getId()));
      }
    }
    return instances;
  }

  /**
   * The plan each instance belongs to (instances of no plan are left out): its root instance, or for
   * an implementation plan's request, the drafting plan that started it.
   */
  Map<String, String> planOf(Collection<String> instanceIds) {
    Map<String, String> plans = new HashMap<>();
    Set<String> wanted = new HashSet<>(instanceIds);
    wanted.remove(null);
    Map<String, HistoricProcessInstance> instances = instances(wanted);
    Set<String> rootIds = new HashSet<>();
    instances.values().forEach(instance -> rootIds.add(root(instance)));
    Map<String, HistoricProcessInstance> roots = instances(rootIds);
    Map<String, String> requests = new HashMap<>();
    List<String> requestIds = roots.values().stream()
        .filter(root -> ImplementationPlanRequest.KEY.equals(root.getProcessDefinitionKey()))
        .map(HistoricProcessInstance::getId).toList();
    for (List<String> chunk : chunks(requestIds)) {
      historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk.toArray(String[]::new))
          .variableName(ProcessNames.Vars.RESOLUTION_INSTANCE).list()
          .forEach(variable -> requests.put(variable.getProcessInstanceId(), String.valueOf(variable.getValue())));
    }
    for (HistoricProcessInstance instance : instances.values()) {
      HistoricProcessInstance root = roots.get(root(instance));
      if (root == null) {
        continue;
      }
      if (PLAN_KEYS.contains(root.getProcessDefinitionKey())) {
        plans.put(instance.getId(), root.getId());
      } else if (requests.containsKey(root.getId())) {
        plans.put(instance.getId(), requests.get(root.getId()));
      }
    }
    return plans;
  }

  /** The plans' titles (variable {@code title}), by plan id. */
  Map<String, String> titles(Collection<String> planIds) {
    Map<String, String> titles = new HashMap<>();
    for (List<String> chunk : chunks(planIds)) {
      historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk.toArray(String[]::new))
          .variableName(ProcessNames.Vars.TITLE).list().stream()
          .filter(variable -> variable.getActivityInstanceId() == null
              || variable.getActivityInstanceId().equals(variable.getProcessInstanceId()))
          .forEach(variable -> titles.put(variable.getProcessInstanceId(), String.valueOf(variable.getValue())));
    }
    return titles;
  }

  private Map<String, HistoricProcessInstance> instances(Set<String> ids) {
    Map<String, HistoricProcessInstance> found = new HashMap<>();
    for (List<String> chunk : chunks(ids)) {
      historyService.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(chunk)).list()
          .forEach(instance -> found.put(instance.getId(), instance));
    }
    return found;
  }

  private static String root(HistoricProcessInstance instance) {
    return instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId();
  }

  static <T> List<List<T>> chunks(Collection<T> all) {
    List<T> list = List.copyOf(new LinkedHashSet<>(all));
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < list.size(); from += CHUNK) {
      chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
    }
    return chunks;
  }
}
