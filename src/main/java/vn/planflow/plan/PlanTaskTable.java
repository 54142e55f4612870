package vn.planflow.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
      // a table naming an agency merged or replaced since assigns its successor
      List<String> leads = row.leadAgencies().stream().map(successions::current).distinct().toList();
      // the coordinating agencies contribute once a report cycle to the row, through its first
      // lead's task: not once per lead (a row of 22 departments coordinated by 130 communes would
      // ask every commune 22 times a cycle)
      String coordinating = String.join(",", row.coordinatingAgencies().stream()
          .map(successions::current).filter(id -> !leads.contains(id)).distinct().toList());
      for (String lead : leads) {
        array.add(element(row.position(), row.key(), row.code(), row.title(), lead, leads.size(),
            lead.equals(leads.get(0)) ? coordinating : "", row.expectedResult(), row.deadlineText(), row.deadline()));
      }
    }
    return SpinValues.jsonValue(array.toString()).create();
  }

  /** One element of {@code planTasks}: what a {@code plan-task} instance is started with. */
  ObjectNode element(int row, String key, String code, String title, String lead, int rowLeadCount,
      String coordinatingAgencies, String expectedResult, String deadlineText, Deadline deadline) {
    ObjectNode node = json.createObjectNode();
    node.put("row", row);
    node.put("key", key);
    node.put("code", code);
    node.put("title", title);
    node.put("leadAgency", lead);
    node.put("leadAgencyName", directory.name(lead));
    node.put("rowLeadCount", rowLeadCount);
    node.put("coordinatingAgencies", coordinatingAgencies);
    node.put("expectedResult", expectedResult == null ? "" : expectedResult);
    node.put("deadlineText", deadlineText == null ? "" : deadlineText);
    node.put("deadlineKind", deadline.kind().id());
    node.put("due", deadline.due() == null ? null : deadline.due().toString());
    node.put("windowStart", deadline.start() == null ? null : deadline.start().toString());
    node.put("deadlineEvent", deadline.event());
    node.put("recurrence", deadline.recurrence());
    return node;
  }

  /** How many {@code plan-task} instances a table variable starts. */
  static int count(JsonValue tasks) {
    return tasks.getValue().elements().size();
  }

  /**
   * The business key of a row's {@code plan-task} instances: the plan's instance and the row's
   * key (its printed number, told apart when printed twice), shared by the row's lead agencies so
   * that one {@code DeadlineSet} reaches them all. Rows of plans imported before rows had keys
   * use their number.
   */
  public String businessKey(DelegateExecution plan, SpinJsonNode row) {
    String key = text(row, "key");
    return plan.getProcessInstanceId() + ":" + (key.isEmpty() ? text(row, "code") : key);
  }

  /**
   * A row's report period: a recurring duty's own ("Hằng quý" reports every quarter, each report
   * due at the end of its period), otherwise the plan's.
   */
  public String reportEvery(SpinJsonNode row, String planReportEvery) {
    String recurrence = text(row, "recurrence");
    return recurrence.isEmpty() ? planReportEvery : recurrence;
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
