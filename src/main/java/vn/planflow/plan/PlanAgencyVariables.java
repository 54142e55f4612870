package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.CONTRIBUTING_AGENCY;
import static vn.planflow.plan.PlanProcesses.Vars.COORDINATING_AGENCIES;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY;
import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY_NAME;
import static vn.planflow.plan.PlanProcesses.Vars.PLAN_LEAD_AGENCY;
import static vn.planflow.plan.PlanProcesses.Vars.PLAN_LEAD_AGENCY_NAME;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.planflow.agency.AgencyVariableSet;

/**
 * Registers the variables of {@code plan-implementation} and {@code plan-task} that name agencies,
 * for agency changes.
 */
@Configuration
class PlanAgencyVariables {

  @Bean
  AgencyVariableSet planProcessesAgencyVariables() {
    Map<String, String> single = new LinkedHashMap<>();
    single.put(LEAD_AGENCY, LEAD_AGENCY_NAME);
    single.put(PLAN_LEAD_AGENCY, PLAN_LEAD_AGENCY_NAME);
    // the multi-instance element variable, local to each coordinating agency's inner execution
    single.put(CONTRIBUTING_AGENCY, null);
    return new AgencyVariableSet(Collections.unmodifiableMap(single), List.of(COORDINATING_AGENCIES));
  }
}
