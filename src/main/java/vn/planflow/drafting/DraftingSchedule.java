package vn.planflow.drafting;

import static java.time.temporal.ChronoUnit.DAYS;
import static vn.planflow.drafting.ResolutionDrafting.Vars.COMMENTS_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.CONSOLIDATION_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.DRAFT_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.EXECUTIVE_COMMITTEE_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.MINISTRY_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.OUTLINE_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.STANDING_COMMITTEE_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SURVEY_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SYNTHESIS_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.UBND_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.WORKSHOP_DUE;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schedule of Kế hoạch 549/KH-UBND (11/9/2021, seed {@code 000_…}), which a plan started
 * without due dates follows, shifted to its start date with the seed's intervals kept.
 *
 * <p>Where the seed is silent (the comments on the draft, their consolidation) the dates sit
 * between its neighbours. Stage 1's synthesis follows the attached schedule table (15/10/2021);
 * the body text says 30/10/2021.
 */
final class DraftingSchedule {

  static final LocalDate SEED_PLAN_DATE = LocalDate.of(2021, 9, 11);

  /** Due variable → the seed's date, in the order of the stages. */
  static final Map<String, LocalDate> SEED_DUE_DATES = seedDueDates();

  private DraftingSchedule() {
  }

  /** The due date of {@code dueVariable} for a plan started on {@code start}. */
  static LocalDate shifted(String dueVariable, LocalDate start) {
    LocalDate seedDate = SEED_DUE_DATES.get(dueVariable);
    if (seedDate == null) {
      throw new IllegalArgumentException("No seed due date for " + dueVariable);
    }
    return start.plusDays(DAYS.between(SEED_PLAN_DATE, seedDate));
  }

  private static Map<String, LocalDate> seedDueDates() {
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    // the outline: not in the seed; five days after the plan, well before the survey's due date
    dates.put(OUTLINE_DUE, LocalDate.of(2021, 9, 16));
    dates.put(SURVEY_DUE, LocalDate.of(2021, 9, 30));
    dates.put(SYNTHESIS_DUE, LocalDate.of(2021, 10, 15));
    dates.put(DRAFT_DUE, LocalDate.of(2021, 11, 15));
    dates.put(COMMENTS_DUE, LocalDate.of(2021, 11, 30));
    dates.put(CONSOLIDATION_DUE, LocalDate.of(2021, 12, 15));
    dates.put(WORKSHOP_DUE, LocalDate.of(2021, 12, 31));
    dates.put(MINISTRY_DUE, LocalDate.of(2022, 2, 28));
    dates.put(UBND_DUE, LocalDate.of(2022, 3, 15));
    dates.put(STANDING_COMMITTEE_DUE, LocalDate.of(2022, 4, 15));
    dates.put(EXECUTIVE_COMMITTEE_DUE, LocalDate.of(2022, 5, 15));
    return Collections.unmodifiableMap(dates);
  }
}
