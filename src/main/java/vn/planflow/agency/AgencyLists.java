package vn.planflow.agency;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns the comma-separated agency lists of process variables into collections; used by the
 * multi-instance tasks ({@code camunda:collection="${agencyLists.split(surveyAgencies)}"}).
 */
@Component("agencyLists")
public class AgencyLists {

  public List<String> split(String commaSeparatedIds) {
    if (commaSeparatedIds == null) {
      return List.of();
    }
    return Arrays.stream(commaSeparatedIds.split(","))
        .map(String::trim)
        .filter(id -> !id.isEmpty())
        .distinct()
        .toList();
  }

  public String join(List<String> ids) {
    return String.join(",", ids);
  }
}
