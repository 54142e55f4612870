package vn.planflow.drafting;

import static vn.planflow.drafting.ResolutionDrafting.Vars.FINANCE_AGENCY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.FINANCE_AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.LEAD_AGENCY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.LEAD_AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.OFFICE_AGENCY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.OFFICE_AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.OVERDUE_REPEAT;
import static vn.planflow.drafting.ResolutionDrafting.Vars.REMINDER_BEFORE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SURVEY_AGENCIES;
import static vn.planflow.drafting.ResolutionDrafting.Vars.TITLE;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencyLists;
import vn.planflow.agency.AgencySuccessions;
import vn.planflow.agency.AgencyType;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.DueDates;
import vn.planflow.time.IsoDurations;
import vn.planflow.time.WorkingCalendar;

/**
 * The start of a {@code resolution-drafting} plan: every start variable the caller left out gets
 * the contract's default, and unknown agencies, unreadable dates and unusable durations are
 * refused together, so that every task below finds its agency and its due date.
 */
@Service
class DraftingStart {

  /** The variables to set, and the blank ones to drop (their default is computed later). */
  record Resolved(Map<String, Object> variables, List<String> cleared) {
  }

  /** A due date later than this after the start is a typing error (a plan's record is kept ten years). */
  static final Period LONGEST_PLAN = Period.ofYears(10);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DraftingProperties properties;
  private final AgencyDirectory directory;
  private final AgencyLists agencyLists;
  private final DueDates dueDates;
  private final WorkingCalendar calendar;
  private final AgencySuccessions successions;

  DraftingStart(DraftingProperties properties, AgencyDirectory directory, AgencyLists agencyLists,
      DueDates dueDates, WorkingCalendar calendar, AgencySuccessions successions) {
    this.properties = properties;
    this.directory = directory;
    this.agencyLists = agencyLists;
    this.dueDates = dueDates;
    this.calendar = calendar;
    this.successions = successions;
  }

  /**
   * The start variables of a plan started on {@code startDay} with {@code given}.
   *
   * @throws StartRefusedException naming every problem, in Vietnamese
   */
  Resolved resolve(Map<String, ?> given, LocalDate startDay) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> resolved = new LinkedHashMap<>();
    List<String> cleared = new ArrayList<>();
    Object title = given.get(TITLE);
    resolved.put(TITLE, isBlank(title) ? properties.defaultTitle() : title);
    agency(given, LEAD_AGENCY, LEAD_AGENCY_NAME, directory.inChargeOfDigitalTransformation(startDay), startDay,
        resolved, problems);
    agency(given, OFFICE_AGENCY, OFFICE_AGENCY_NAME, ProcessNames.Agencies.VP_UBND, startDay, resolved, problems);
    agency(given, FINANCE_AGENCY, FINANCE_AGENCY_NAME, ProcessNames.Agencies.SO_TAI_CHINH, startDay, resolved,
        problems);
    surveyAgencies(given.get(SURVEY_AGENCIES), startDay, resolved, problems);
    dueDates(given, startDay, resolved, problems);
    durations(given, cleared, problems);
    if (!problems.isEmpty()) {
      throw new StartRefusedException(String.join(" ", problems));
    }
    return new Resolved(resolved, cleared);
  }

  /**
   * An agency valid on the start day; one that had ended by then is asked through the one agency
   * carrying on its work (Sở TT&TT through Sở KH&CN after 01/3/2025).
   */
  private void agency(Map<String, ?> given, String name, String nameVariable, String fallback, LocalDate startDay,
      Map<String, Object> resolved, List<String> problems) {
    Object value = given.get(name);
    String id = successions.recorded(isBlank(value) ? fallback : value.toString().trim());
    if (directory.find(id).isEmpty()) {
      problems.add("Không có đơn vị mã \"" + id + "\" (biến " + name + ") trong danh mục đơn vị.");
      return;
    }
    List<String> current = directory.carriedOnBy(id, startDay);
    if (current.size() != 1) {
      problems.add(directory.name(id) + " (biến " + name + ") không có hiệu lực vào ngày bắt đầu "
          + dueDates.format(dueDates.endOf(startDay)) + (current.isEmpty() ? "" : "; công việc của đơn vị do "
          + current.size() + " đơn vị đảm nhận, hãy chọn một") + ".");
      return;
    }
    resolved.put(name, current.get(0));
    resolved.put(nameVariable, directory.name(current.get(0)));
  }

  /**
   * The agencies surveyed: those given, each valid on the start day or replaced by those carrying
   * on its work (a district by its communes after 01/7/2025); by default every department and
   * district, or commune, valid that day, the lead excepted.
   */
  private void surveyAgencies(Object given, LocalDate startDay, Map<String, Object> resolved, List<String> problems) {
    List<String> ids = agencyLists.ids(given);
    Object lead = resolved.get(LEAD_AGENCY);
    if (ids.isEmpty()) {
      ids = directory.ofTypes(EnumSet.of(AgencyType.DEPARTMENT, AgencyType.DISTRICT, AgencyType.COMMUNE), startDay)
          .stream().map(Agency::id).filter(id -> !id.equals(lead)).toList();
    }
    List<String> unknown = ids.stream().filter(id -> directory.find(id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      problems.add("Danh sách đơn vị khảo sát (biến " + SURVEY_AGENCIES + ") có mã không tồn tại: "
          + String.join(", ", unknown) + ".");
      return;
    }
    List<String> notYet = ids.stream().filter(id -> directory.carriedOnBy(successions.recorded(id), startDay).isEmpty())
        .toList();
    if (!notYet.isEmpty()) {
      problems.add("Danh sách đơn vị khảo sát (biến " + SURVEY_AGENCIES + ") có đơn vị không có hiệu lực vào ngày "
          + "bắt đầu " + dueDates.format(dueDates.endOf(startDay)) + ": " + String.join(", ", notYet) + ".");
      return;
    }
    // an agency merged, replaced or divided since is asked through those carrying on its work, once each
    ids = ids.stream().map(successions::recorded).flatMap(id -> directory.carriedOnBy(id, startDay).stream())
        .distinct().toList();
    resolved.put(SURVEY_AGENCIES, agencyLists.join(ids));
  }

  /**
   * Due dates not given follow the seed's schedule shifted to the start day; one that lands on a
   * day off moves to the next working day, as a period ending on a holiday does (Bộ luật Dân sự,
   * điều 148).
   */
  private void dueDates(Map<String, ?> given, LocalDate startDay, Map<String, Object> resolved,
      List<String> problems) {
    for (String name : DraftingSchedule.SEED_DUE_DATES.keySet()) {
      Object value = given.get(name);
      try {
        Date due = dueDates.parse(value);
        if (due != null && dueDates.day(due).isBefore(startDay)) {
          problems.add("Hạn " + dueDates.format(due) + " (biến " + name + ") đã qua: kế hoạch bắt đầu ngày "
              + DAY.format(startDay) + ".");
        } else if (due != null && dueDates.day(due).isAfter(startDay.plus(LONGEST_PLAN))) {
          problems.add("Hạn " + dueDates.format(due) + " (biến " + name + ") quá xa: một kế hoạch kéo dài tối đa "
              + LONGEST_PLAN.getYears() + " năm.");
        }
        resolved.put(name, due != null ? due
            : dueDates.endOf(calendar.onOrAfter(DraftingSchedule.shifted(name, startDay))));
      } catch (IllegalArgumentException e) {
        problems.add("Hạn \"" + value + "\" (biến " + name + ") không phải là ngày hợp lệ (định dạng yyyy-MM-dd).");
      }
    }
    // the outline goes out before the survey is due: a default after it is the survey's due date
    if (resolved.get(ResolutionDrafting.Vars.OUTLINE_DUE) instanceof Date outline
        && resolved.get(ResolutionDrafting.Vars.SURVEY_DUE) instanceof Date survey && outline.after(survey)) {
      if (given.get(ResolutionDrafting.Vars.OUTLINE_DUE) == null) {
        resolved.put(ResolutionDrafting.Vars.OUTLINE_DUE, survey);
      } else {
        problems.add("Hạn gửi đề cương báo cáo " + dueDates.format(outline) + " (biến "
            + ResolutionDrafting.Vars.OUTLINE_DUE + ") phải không muộn hơn hạn báo cáo khảo sát "
            + dueDates.format(survey) + ".");
      }
    }
  }

  /** Timer settings must be durations the timers can use; blank means the default. */
  private static void durations(Map<String, ?> given, List<String> cleared, List<String> problems) {
    for (String name : List.of(REMINDER_BEFORE, OVERDUE_REPEAT)) {
      Object value = given.get(name);
      if (isBlank(value)) {
        if (given.containsKey(name)) {
          cleared.add(name);
        }
      } else if (!IsoDurations.isPositive(value.toString().trim())) {
        problems.add("\"" + value + "\" (biến " + name + ") không phải là khoảng thời gian ISO-8601 từ một phút "
            + "trở lên (ví dụ P1D là một ngày, PT10M là mười phút).");
      }
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
