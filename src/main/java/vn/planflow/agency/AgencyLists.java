package vn.planflow.agency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns the comma-separated agency lists of process variables into collections; used by the
 * multi-instance tasks ({@code camunda:collection="${agencyLists.split(surveyAgencies)}"}).
 */
@Component("agencyLists")
public class AgencyLists {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  /**
   * The ids in a list as it arrives at a start: a comma-separated String (the REST API, the
   * contract), or a list of ids (a form's taglist, which Tasklist sends as a Json array).
   */
  public List<String> ids(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      return split(collection.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    String text = value.toString().trim(); // a Json variable's value prints as its JSON text
    if (text.startsWith("[")) {
      try {
        List<String> ids = new ArrayList<>();
        JSON.readTree(text).forEach(id -> ids.add(id.isTextual() ? id.asText() : id.toString()));
        return split(String.join(",", ids));
      } catch (JsonProcessingException e) {
        return split(text); // not JSON after all: read as typed, and unknown ids are named
      }
    }
    return split(text);
  }

  public String join(List<String> ids) {
    return String.join(",", ids);
  }
}
