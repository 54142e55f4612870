package vn.planflow.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencySuccessions;
import vn.planflow.time.DueDates;

/**
 * A plan's task table as the process variable {@code planTasks} (Json, one object a row), and the
 * reading of one row by the call activity's in-mappings ({@code ${planRows.text(planTask,
 * 'code')}}, {@code ${planRows.date(planTask, 'due')}}) in {@code plan-implementation}.
 */
@Component("planRows")
public class PlanTaskTable {

  private final ObjectMapper json = new ObjectMapper();
  private final AgencyDirectory directory;
  private final AgencySuccessions successions;
  private final DueDates dueDates;

  PlanTaskTable(AgencyDirectory directory, AgencySuccessions successions, DueDates dueDates) {
    this.directory = directory;
    this.successions = successions;
    this.dueDates = dueDates;
  }

  JsonValue toVariable(List<PlanRow> rows) {
    ArrayNode array = json.createArrayNode();
    for (PlanRow row : rows) {
      ObjectNode node = array.addObject();
      node.put("code", row.code());
      node.put("title", row.title());
      // a table naming an agency merged or replaced since assigns its successor
      String lead = successions.current(row.leadAgency());
      node.put("leadAgency", lead);
      node.put("leadAgencyName", directory.name(lead));
      node.put("coordinatingAgencies", String.join(",", row.coordinatingAgencies().stream()
          .map(successions::current).filter(id -> !id.equals(lead)).distinct().toList()));
      node.put("expectedResult", row.expectedResult() == null ? "" : row.expectedResult());
      node.put("deadlineText", row.deadlineText() == null ? "" : row.deadlineText());
      node.put("deadlineKind", row.deadline().kind().id());
      node.put("due", row.deadline().due() == null ? null : row.deadline().due().toString());
      node.put("windowStart", row.deadline().start() == null ? null : row.deadline().start().toString());
    }
    return SpinValues.jsonValue(array.toString()).create();
  }

  /** The text of {@code name} in a row, "" when absent. */
  public String text(SpinJsonNode row, String name) {
    if (!row.hasProp(name) || row.prop(name).isNull()) {
      return "";
    }
    return row.prop(name).stringValue();
  }

  /** The date of {@code name} in a row, as the end of that office day, or null. */
  public Date date(SpinJsonNode row, String name) {
    String text = text(row, name);
    return text.isEmpty() ? null : dueDates.endOf(LocalDate.parse(text));
  }
}
