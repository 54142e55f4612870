package vn.planflow.agency;

import java.util.List;
import java.util.Map;

/**
 * The variables of one process that name agencies, registered as a bean by the process's feature
 * so that an agency change can rewrite them in running instances without this package knowing
 * the processes.
 *
 * @param singleIds variables holding one agency id, each with the variable holding its full name
 *     (null when there is none)
 * @param idLists variables holding comma-separated agency ids
 */
public record AgencyVariableSet(Map<String, String> singleIds, List<String> idLists) {
}
