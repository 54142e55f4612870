package vn.planflow.drafting;

import static vn.planflow.drafting.ResolutionDrafting.Vars.FINANCE_AGENCY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.FINANCE_AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.LEAD_AGENCY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.LEAD_AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.OFFICE_AGENCY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.OFFICE_AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SURVEY_AGENCIES;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SURVEY_AGENCY;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.planflow.agency.AgencyVariableSet;

/** Registers the variables of {@code resolution-drafting} that name agencies, for agency changes. */
@Configuration
class DraftingAgencyVariables {

  @Bean
  AgencyVariableSet resolutionDraftingAgencyVariables() {
    Map<String, String> single = new LinkedHashMap<>();
    single.put(LEAD_AGENCY, LEAD_AGENCY_NAME);
    single.put(OFFICE_AGENCY, OFFICE_AGENCY_NAME);
    single.put(FINANCE_AGENCY, FINANCE_AGENCY_NAME);
    // the multi-instance element variable, local to each agency's inner execution
    single.put(SURVEY_AGENCY, null);
    return new AgencyVariableSet(Collections.unmodifiableMap(single), List.of(SURVEY_AGENCIES));
  }
}
