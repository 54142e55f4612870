package vn.planflow.review;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyLists;
import vn.planflow.deadline.Lateness;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.names.ProcessNames;
import vn.planflow.web.Official;

/**
 * Who reads what of a plan's comments: administrators, the lead and the bodies the dossier goes to
 * (every agency with a task in the plan that was not asked for comments) read the whole table; a
 * surveyed agency reads its own comments; anyone else nothing.
 */
@Component
class ReviewAccess {

  enum Reach { ALL, OWN, NONE }

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final Lateness lateness;
  private final AgencyLists agencyLists;

  ReviewAccess(HistoryService historyService, IdentityService identityService, Lateness lateness,
      AgencyLists agencyLists) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.lateness = lateness;
    this.agencyLists = agencyLists;
  }

  Reach of(Official official, String planId) {
    if (official.isAdmin()) {
      return Reach.ALL;
    }
    return EngineIdentity.asChecked(identityService, () -> {
      if (lateness.mayRead(official, planId)) {
        return Reach.ALL;
      }
      List<String> taking = official.groupIds().stream().filter(group -> historyService.createHistoricTaskInstanceQuery()
          .processInstanceId(planId).taskHadCandidateGroup(group).count() > 0).toList();
      if (taking.isEmpty()) {
        return Reach.NONE;
      }
      List<String> surveyed = historyService.createHistoricVariableInstanceQuery().processInstanceId(planId)
          .variableName(ProcessNames.Vars.SURVEY_AGENCIES).list().stream()
          .flatMap(variable -> agencyLists.split(String.valueOf(variable.getValue())).stream()).toList();
      return taking.stream().allMatch(surveyed::contains) ? Reach.OWN : Reach.ALL;
    });
  }

  /** The table as {@code official} may read it: whole, or only their agencies' comments. */
  CommentTable narrowed(CommentTable table, Official official, Reach reach) {
    if (reach == Reach.ALL) {
      return table;
    }
    List<String> names = official.groupIds();
    List<CommentTable.Section> sections = table.sections().stream()
        .map(section -> new CommentTable.Section(section.key(), section.label(), section.rows().stream()
            .filter(row -> row.agencyId() != null && names.contains(row.agencyId())).toList()))
        .filter(section -> !section.rows().isEmpty()).toList();
    return new CommentTable(table.planId(), table.planTitle(), table.leadName(), table.date(), sections, List.of(),
        List.of(), DraftReview.Counts.of(sections.stream().flatMap(section -> section.rows().stream())
            .map(CommentTable.Row::decision).toList()));
  }
}
