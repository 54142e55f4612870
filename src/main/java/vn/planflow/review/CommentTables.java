package vn.planflow.review;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencyLists;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.names.ProcessNames;

/**
 * A plan's answer table, put together from the comments, the answers and the agencies' responses,
 * and kept attached to the plan as a .docx (replaced each time the lead answers), so that the
 * decision bodies open the version that goes with the dossier.
 */
@Service
public class CommentTables {

  public static final String FILE_NAME = "bang-tong-hop-tiep-thu-giai-trinh.docx";
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final ReviewStore store;
  private final DraftReview review;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final AgencyDirectory directory;
  private final AgencyLists agencyLists;
  private final IdentityService identityService;

  CommentTables(ReviewStore store, DraftReview review, @Lazy HistoryService historyService,
      @Lazy TaskService taskService, AgencyDirectory directory, AgencyLists agencyLists,
      @Lazy IdentityService identityService) {
    this.identityService = identityService;
    this.store = store;
    this.review = review;
    this.historyService = historyService;
    this.taskService = taskService;
    this.directory = directory;
    this.agencyLists = agencyLists;
  }

  /** The table of plan {@code planId}, or empty when no such plan exists. */
  public Optional<CommentTable> of(String planId) {
    Map<String, Object> variables = EngineIdentity.withoutAuthorization(() -> historyService
        .createHistoricVariableInstanceQuery().processInstanceId(planId)
        .variableNameIn(ProcessNames.Vars.TITLE, ProcessNames.Vars.LEAD_AGENCY, ProcessNames.Vars.SURVEY_AGENCIES)
        .list().stream()
        .filter(variable -> variable.getActivityInstanceId() == null
            || variable.getActivityInstanceId().equals(variable.getProcessInstanceId()))
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
            (first, second) -> second)));
    if (variables.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<DraftComment>> bySection = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    List<DraftComment> ordered = new ArrayList<>(review.ordered(planId));
    for (DraftComment comment : ordered) {
      bySection.computeIfAbsent(comment.sectionKey(), key -> new ArrayList<>()).add(comment);
      labels.putIfAbsent(comment.sectionKey(), comment.sectionLabel());
    }
    List<CommentTable.Section> sections = new ArrayList<>();
    int number = 0;
    for (Map.Entry<String, List<DraftComment>> section : bySection.entrySet()) {
      List<CommentTable.Row> rows = new ArrayList<>();
      for (DraftComment comment : section.getValue()) {
        rows.add(new CommentTable.Row(++number, comment.id(), comment.agencyId(), comment.agencyName(), comment.content(),
            comment.proposal(), comment.decision(), comment.answer()));
      }
      sections.add(new CommentTable.Section(section.getKey(), labels.get(section.getKey()), rows));
    }
    List<ReviewStore.Response> responses = store.responses(planId);
    Set<String> answered = responses.stream().map(ReviewStore.Response::agencyId).collect(Collectors.toSet());
    List<String> agreed = responses.stream().filter(ReviewStore.Response::agreed).map(ReviewStore.Response::agencyName)
        .toList();
    List<String> late = agencyLists.split(String.valueOf(variables.getOrDefault(ProcessNames.Vars.SURVEY_AGENCIES, "")))
        .stream().filter(id -> !answered.contains(id)).map(directory::name).toList();
    String lead = String.valueOf(variables.getOrDefault(ProcessNames.Vars.LEAD_AGENCY, ""));
    return Optional.of(new CommentTable(planId, String.valueOf(variables.getOrDefault(ProcessNames.Vars.TITLE, "")),
        directory.name(lead), directory.today(), sections, agreed, late,
        DraftReview.Counts.of(ordered.stream().map(DraftComment::decision).toList())));
  }

  /**
   * The table for a request whose caller our own code checks ({@link ReviewAccess}), read past
   * the engine's authorization of that caller.
   */
  public Optional<CommentTable> forRequest(String planId) {
    return EngineIdentity.asChecked(identityService, () -> of(planId));
  }

  /** Attaches the table to the plan as it stands, in place of the one attached before. */
  public void attach(String planId) {
    CommentTable table = of(planId).orElseThrow();
    byte[] document = AnswerTableDocument.write(table);
    EngineIdentity.withoutAuthorization(() -> {
      taskService.getProcessInstanceAttachments(planId).stream()
          .filter(attachment -> FILE_NAME.equals(attachment.getName()))
          .forEach(attachment -> taskService.deleteAttachment(attachment.getId()));
      return taskService.createAttachment(DOCX, null, planId, FILE_NAME,
          "Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý: " + table.counts().inWords(),
          new ByteArrayInputStream(document));
    });
  }
}
