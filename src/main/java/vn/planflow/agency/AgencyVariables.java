package vn.planflow.agency;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import vn.planflow.names.ProcessNames;

/**
 * The process variables that name agencies, in every process: what each process registered as
 * an {@link AgencyVariableSet}, and what an agency change rewrites in running instances.
 */
@Component
class AgencyVariables {

  /** Task-local: the full name of the agency the task is for. */
  static final String TASK_AGENCY_NAME = ProcessNames.Vars.AGENCY_NAME;

  private final Map<String, String> singleIds;
  private final List<String> idLists;

  AgencyVariables(List<AgencyVariableSet> sets) {
    Map<String, String> single = new LinkedHashMap<>();
    Set<String> lists = new LinkedHashSet<>();
    for (AgencyVariableSet set : sets) {
      set.singleIds().forEach((id, name) -> {
        if (name != null || !single.containsKey(id)) {
          single.put(id, name);
        }
      });
      lists.addAll(set.idLists());
    }
    this.singleIds = Collections.unmodifiableMap(single);
    this.idLists = List.copyOf(lists);
  }

  /** Variables holding one agency id, each with the variable holding its full name, or null. */
  Map<String, String> singleIds() {
    return singleIds;
  }

  /** Variables holding comma-separated agency ids. */
  List<String> idLists() {
    return idLists;
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
