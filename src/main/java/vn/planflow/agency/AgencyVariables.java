package vn.planflow.agency;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.plan.PlanProcesses;

/**
 * The process variables that name agencies, in {@code resolution-drafting}, {@code
 * plan-implementation} and {@code plan-task}: what an agency change rewrites in running instances.
 */
final class AgencyVariables {

  /**
   * Variables holding one agency id, each with the variable holding its full name (null when there
   * is none). {@code surveyAgency} and {@code contributingAgency} are multi-instance element
   * variables, local to the inner executions.
   */
  static final Map<String, String> SINGLE_IDS = singleIds();

  /** Variables holding comma-separated agency ids. */
  static final List<String> ID_LISTS =
      List.of(ResolutionDrafting.Vars.SURVEY_AGENCIES, PlanProcesses.Vars.COORDINATING_AGENCIES);

  /** Task-local: the full name of the agency the task is for. */
  static final String TASK_AGENCY_NAME = ResolutionDrafting.Vars.AGENCY_NAME;

  private AgencyVariables() {
  }

  private static Map<String, String> singleIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put(ResolutionDrafting.Vars.LEAD_AGENCY, ResolutionDrafting.Vars.LEAD_AGENCY_NAME);
    ids.put(ResolutionDrafting.Vars.OFFICE_AGENCY, ResolutionDrafting.Vars.OFFICE_AGENCY_NAME);
    ids.put(ResolutionDrafting.Vars.FINANCE_AGENCY, ResolutionDrafting.Vars.FINANCE_AGENCY_NAME);
    ids.put(PlanProcesses.Vars.PLAN_LEAD_AGENCY, PlanProcesses.Vars.PLAN_LEAD_AGENCY_NAME);
    ids.put(ResolutionDrafting.Vars.SURVEY_AGENCY, null);
    ids.put(PlanProcesses.Vars.CONTRIBUTING_AGENCY, null);
    return Collections.unmodifiableMap(ids);
  }

  /**
   * The list with every id mapped by {@code successor} and duplicates dropped, in the first
   * occurrence's place; or null when {@code successor} changes no id.
   */
  static String replaceInList(String commaSeparatedIds, UnaryOperator<String> successor) {
    if (commaSeparatedIds == null) {
      return null;
    }
    List<String> ids = Arrays.stream(commaSeparatedIds.split(",")).map(String::trim)
        .filter(id -> !id.isEmpty()).toList();
    List<String> mapped = ids.stream().map(successor).toList();
    return Objects.equals(ids, mapped) ? null : String.join(",", mapped.stream().distinct().toList());
  }
}
