package vn.planflow.drafting;

import static vn.planflow.drafting.ResolutionDrafting.Vars.DOCUMENTS_URL;
import static vn.planflow.drafting.ResolutionDrafting.Vars.FINANCE_AGENCY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.FINANCE_AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.LEAD_AGENCY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.LEAD_AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.OFFICE_AGENCY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.OFFICE_AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SURVEY_AGENCIES;
import static vn.planflow.drafting.ResolutionDrafting.Vars.TITLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.planflow.deadline.DueDates;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencyLists;
import vn.planflow.agency.AgencySuccessions;
import vn.planflow.agency.AgencyType;
import vn.planflow.deadline.Deadlines;
import vn.planflow.deadline.IsoDurations;
import vn.planflow.deadline.WorkingCalendar;

/**
 * Start listener of process {@code resolution-drafting}: fills every start variable the caller
 * left out with the contract's default and refuses unknown agencies or unreadable dates, so that
 * every task below finds its agency and its due date.
 */
@Component("draftingDefaultsListener")
class DraftingDefaultsListener implements ExecutionListener {

  private static final String DEFAULT_LEAD = "so-tttt";
  private static final String DEFAULT_OFFICE = "vp-ubnd";
  private static final String DEFAULT_FINANCE = "so-tai-chinh";

  private final DraftingProperties properties;
  private final AgencyDirectory directory;
  private final AgencyLists agencyLists;
  private final DueDates dueDates;
  private final WorkingCalendar calendar;
  private final AgencySuccessions successions;

  DraftingDefaultsListener(DraftingProperties properties, AgencyDirectory directory,
      AgencyLists agencyLists, DueDates dueDates, WorkingCalendar calendar, AgencySuccessions successions) {
    this.properties = properties;
    this.directory = directory;
    this.agencyLists = agencyLists;
    this.dueDates = dueDates;
    this.calendar = calendar;
    this.successions = successions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<String> problems = new ArrayList<>();
    defaultText(execution, TITLE, properties.defaultTitle());
    agency(execution, LEAD_AGENCY, LEAD_AGENCY_NAME, DEFAULT_LEAD, problems);
    agency(execution, OFFICE_AGENCY, OFFICE_AGENCY_NAME, DEFAULT_OFFICE, problems);
    agency(execution, FINANCE_AGENCY, FINANCE_AGENCY_NAME, DEFAULT_FINANCE, problems);
    surveyAgencies(execution, problems);
    dueDates(execution, problems);
    durations(execution, problems);
    if (!problems.isEmpty()) {
      throw new StartRefusedException(String.join(" ", problems));
    }
    execution.setVariable(DOCUMENTS_URL, "/tai-lieu/" + execution.getProcessInstanceId());
  }

  private static void defaultText(DelegateExecution execution, String name, String fallback) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      execution.setVariable(name, fallback);
    }
  }

  private void agency(DelegateExecution execution, String name, String nameVariable, String fallback,
      List<String> problems) {
    defaultText(execution, name, fallback);
    String id = successions.current(execution.getVariable(name).toString().trim());
    if (directory.find(id).isEmpty()) {
      problems.add("Không có đơn vị mã \"" + id + "\" (biến " + name + ") trong danh mục đơn vị.");
      return;
    }
    execution.setVariable(name, id);
    execution.setVariable(nameVariable, directory.name(id));
  }

  private void surveyAgencies(DelegateExecution execution, List<String> problems) {
    Object given = execution.getVariable(SURVEY_AGENCIES);
    List<String> ids = given == null ? List.of() : agencyLists.split(given.toString());
    if (ids.isEmpty()) {
      ids = directory.ofTypes(EnumSet.of(AgencyType.DEPARTMENT, AgencyType.DISTRICT, AgencyType.COMMUNE))
          .stream().map(Agency::id).toList();
    }
    // an agency merged or replaced since is asked through its successor, once
    ids = ids.stream().map(successions::current).distinct().toList();
    List<String> unknown = ids.stream().filter(id -> directory.find(id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      problems.add("Danh sách đơn vị khảo sát (biến " + SURVEY_AGENCIES + ") có mã không tồn tại: "
          + String.join(", ", unknown) + ".");
    }
    execution.setVariable(SURVEY_AGENCIES, agencyLists.join(ids));
  }

  /** Timer settings must be durations the timers can use; blank means the default. */
  private static void durations(DelegateExecution execution, List<String> problems) {
    for (String name : List.of(Deadlines.REMINDER_BEFORE, Deadlines.OVERDUE_REPEAT)) {
      Object value = execution.getVariable(name);
      if (value == null || value.toString().isBlank()) {
        execution.removeVariable(name);
      } else if (!IsoDurations.isPositive(value.toString().trim())) {
        problems.add("\"" + value + "\" (biến " + name + ") không phải là khoảng thời gian ISO-8601 dương "
            + "(ví dụ P1D là một ngày, PT10M là mười phút).");
      }
    }
  }

  /**
   * Due dates not given follow the seed's schedule shifted to today; one that lands on a day off
   * moves to the next working day, as a period ending on a holiday does (Bộ luật Dân sự, điều 148).
   */
  private void dueDates(DelegateExecution execution, List<String> problems) {
    LocalDate start = dueDates.day(ClockUtil.getCurrentTime());
    for (String name : DraftingSchedule.SEED_DUE_DATES.keySet()) {
      Object given = execution.getVariable(name);
      try {
        Date due = dueDates.parse(given);
        execution.setVariable(name, due != null ? due
            : dueDates.endOf(calendar.onOrAfter(DraftingSchedule.shifted(name, start))));
      } catch (IllegalArgumentException e) {
        problems.add("Hạn \"" + given + "\" (biến " + name + ") không phải là ngày hợp lệ (định dạng yyyy-MM-dd).");
      }
    }
  }
}
