package vn.planflow.trail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.CalendarProperties;
import vn.planflow.time.DueDates;

/**
 * Who did what and when: the trail of one plan (every event of its instances, complete) or of
 * every plan (the newest events, each source capped at {@link #CAP_ACROSS_PLANS}), filtered, newest
 * first, a page at a time. Agencies are filled in for every event (the filter needs them); names,
 * plan titles and completions' answers for the lines shown only.
 */
@Service
class Trail {

  static final int PAGE_SIZE = 100;
  static final int CAP_ACROSS_PLANS = 2000;
  /** The most lines one export holds. */
  static final int EXPORT_MAX = 10_000;
  private static final int ANSWER_MAX = 600;

  /** A page of the trail, how many lines match in all, and whether older events were left out. */
  record Page(List<TrailEvent> events, int total, int page, int pages, boolean capped) {
  }

  private static final Comparator<TrailEvent> NEWEST_FIRST = Comparator.comparing(TrailEvent::at).reversed()
      .thenComparing(Comparator.comparingLong((TrailEvent event) -> event.sequence).reversed());

  private final TrailPlans plans;
  private final EngineTrail engine;
  private final RecordedTrail recorded;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final AgencyDirectory directory;
  private final FormLabels forms;
  private final DueDates dueDates;
  private final ZoneId zone;

  Trail(TrailPlans plans, EngineTrail engine, RecordedTrail recorded, HistoryService historyService,
      IdentityService identityService, AgencyDirectory directory, FormLabels forms, DueDates dueDates,
      CalendarProperties calendar) {
    this.plans = plans;
    this.engine = engine;
    this.recorded = recorded;
    this.historyService = historyService;
    this.identityService = identityService;
    this.directory = directory;
    this.forms = forms;
    this.dueDates = dueDates;
    this.zone = calendar.zone();
  }

  ZoneId zone() {
    return zone;
  }

  /** One plan's trail: {@code all} for the export (up to {@link #EXPORT_MAX} lines), else the filter's page. */
  Page ofPlan(TrailPlans.PlanRef plan, TrailFilter filter, boolean all) {
    Set<String> instances = plans.instancesOf(plan.id());
    RecordedTrail.Window window = new RecordedTrail.Window(filter.start(zone), filter.end(zone), 0);
    List<TrailEvent> events = new ArrayList<>(engine.ofInstances(instances, date(window.start()),
        date(window.end())).events());
    Set<String> taskIds = new HashSet<>();
    events.stream().filter(event -> event.kind == EventKind.TASK_CREATED).forEach(event -> taskIds.add(event.taskId));
    events.addAll(recorded.planChanges(plan.id(), window));
    events.addAll(recorded.agencyChanges(instances, taskIds, window));
    events.addAll(recorded.mails(instances, window));
    events.addAll(recorded.taskMoves(instances, window));
    events.forEach(event -> event.plan(plan.id()));
    return page(events, filter, all, false);
  }

  /** Every plan's newest events, and the absences recorded. */
  Page acrossPlans(TrailFilter filter, boolean all) {
    RecordedTrail.Window window = new RecordedTrail.Window(filter.start(zone), filter.end(zone), CAP_ACROSS_PLANS);
    EngineTrail.Found found = engine.recent(date(window.start()), date(window.end()), CAP_ACROSS_PLANS);
    List<TrailEvent> ofInstances = new ArrayList<>(found.events());
    List<TrailEvent> planChanges = recorded.planChanges(null, window);
    List<TrailEvent> agencyChanges = recorded.agencyChanges(null, null, window);
    List<TrailEvent> mails = recorded.mails(null, window);
    List<TrailEvent> moves = recorded.taskMoves(null, window);
    List<TrailEvent> absences = recorded.absences(window);
    boolean capped = found.capped() || planChanges.size() >= CAP_ACROSS_PLANS || mails.size() >= CAP_ACROSS_PLANS
        || moves.size() >= CAP_ACROSS_PLANS || agencyChanges.size() >= CAP_ACROSS_PLANS
        || absences.size() >= CAP_ACROSS_PLANS;
    ofInstances.addAll(mails);
    ofInstances.addAll(moves);
    Map<String, String> planOf = plans.planOf(ofInstances.stream().map(event -> event.processInstanceId)
        .filter(Objects::nonNull).toList());
    List<TrailEvent> events = new ArrayList<>();
    for (TrailEvent event : ofInstances) {
      String plan = event.processInstanceId == null ? null : planOf.get(event.processInstanceId);
      if (plan != null) { // events of processes that belong to no plan are not the plans' trail
        events.add(event.plan(plan));
      } else if (event.kind == EventKind.MAIL && event.processInstanceId == null) {
        events.add(event); // a mail of no process: an official's daily digest
      }
    }
    events.addAll(planChanges);
    agencyChanges.forEach(change -> events.add(change.plan(null)));
    events.addAll(absences);
    return page(events, filter, all, capped);
  }

  private Page page(List<TrailEvent> events, TrailFilter filter, boolean all, boolean capped) {
    fillAgencies(events);
    List<TrailEvent> matching = events.stream().filter(event -> event.at != null && filter.inWindow(event.at, zone))
        .filter(filter::matches).sorted(NEWEST_FIRST).toList();
    int total = matching.size();
    List<TrailEvent> shown;
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(filter.page(), pages);
    if (all) {
      shown = matching.subList(0, Math.min(total, EXPORT_MAX));
      page = 1;
    } else {
      shown = matching.subList(Math.min(total, (page - 1) * PAGE_SIZE), Math.min(total, page * PAGE_SIZE));
    }
    describe(shown);
    return new Page(shown, total, page, pages, capped);
  }

  /** The agency of each event of a task (its task-local {@code agencyName}) or of a plan's task (its lead). */
  private void fillAgencies(List<TrailEvent> events) {
    Map<String, String> idsByName = new HashMap<>();
    for (Agency agency : directory.all()) {
      idsByName.putIfAbsent(agency.name(), agency.id());
    }
    Set<String> taskIds = new HashSet<>();
    Set<String> leadInstances = new HashSet<>();
    for (TrailEvent event : events) {
      if (event.agencyId != null) {
        continue;
      }
      if (event.taskId != null) {
        taskIds.add(event.taskId);
      } else if (event.processInstanceId != null) {
        leadInstances.add(event.processInstanceId);
      }
    }
    Map<String, String> taskAgencyNames = new HashMap<>();
    for (List<String> chunk : TrailPlans.chunks(taskIds)) {
      historyService.createHistoricVariableInstanceQuery().taskIdIn(chunk.toArray(String[]::new))
          .variableName(ProcessNames.Vars.AGENCY_NAME).list()
          .forEach(variable -> taskAgencyNames.put(variable.getTaskId(), String.valueOf(variable.getValue())));
    }
    Map<String, String> leads = new HashMap<>();
    for (List<String> chunk : TrailPlans.chunks(leadInstances)) {
      historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk.toArray(String[]::new))
          .variableName(ProcessNames.Vars.LEAD_AGENCY).list().stream()
          .filter(variable -> variable.getActivityInstanceId() == null
              || variable.getActivityInstanceId().equals(variable.getProcessInstanceId()))
          .forEach(variable -> leads.put(variable.getProcessInstanceId(), String.valueOf(variable.getValue())));
    }
    for (TrailEvent event : events) {
      if (event.agencyId != null) {
        if (event.agencyName == null) {
          event.agencyName = directory.name(event.agencyId);
        }
      } else if (event.taskId != null && taskAgencyNames.containsKey(event.taskId)) {
        String name = taskAgencyNames.get(event.taskId);
        event.agency(idsByName.get(name), name);
      } else if (event.taskId == null && leads.containsKey(event.processInstanceId)) {
        String id = leads.get(event.processInstanceId);
        event.agency(id, directory.name(id));
      }
    }
  }

  /** Names of people, plans and tasks, and the answers of completions, for the lines shown. */
  private void describe(List<TrailEvent> events) {
    Map<String, String> userNames = new HashMap<>();
    List<String> users = events.stream().map(event -> event.userId).filter(Objects::nonNull).distinct().toList();
    for (List<String> chunk : TrailPlans.chunks(users)) {
      for (User user : identityService.createUserQuery().userIdIn(chunk.toArray(String[]::new)).list()) {
        // shown under the login: nothing more when the person has no name
        String name = EngineIdentity.displayName(user);
        userNames.put(user.getId(), name.equals(user.getId()) ? "" : name);
      }
    }
    Set<String> planIds = new HashSet<>();
    events.stream().map(event -> event.planId).filter(Objects::nonNull).forEach(planIds::add);
    Map<String, String> titles = plans.titles(planIds);
    for (TrailEvent event : events) {
      event.userName = event.userId == null ? null : userNames.get(event.userId);
      if (event.planId != null) {
        event.planTitle = titles.getOrDefault(event.planId, event.planId);
      }
      if (event.answerOperationId != null) {
        event.detail = answer(event);
      }
    }
  }

  /**
   * The answer of a completion: the variable updates of its user operation, in the task's activity,
   * that are fields of a form, with their forms' labels.
   */
  private String answer(TrailEvent completion) {
    Map<String, String> values = new LinkedHashMap<>();
    List<HistoricDetail> details = historyService.createHistoricDetailQuery()
        .userOperationId(completion.answerOperationId).variableUpdates().orderPartiallyByOccurrence().asc().list();
    for (HistoricDetail detail : details) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      if (!Objects.equals(update.getActivityInstanceId(), completion.taskActivityInstanceId)
          || !forms.isAnswer(update.getVariableName())) {
        continue;
      }
      values.put(update.getVariableName(), value(update.getVariableName(), update.getValue()));
    }
    if (values.isEmpty()) {
      return "Hoàn thành, không kèm nội dung.";
    }
    List<String> parts = new ArrayList<>();
    values.forEach((name, value) -> parts.add(forms.label(name) + ": " + value));
    return String.join("; ", parts);
  }

  private String value(String variable, Object value) {
    if (value == null) {
      return "(trống)";
    }
    if (value instanceof Boolean yes) {
      return yes ? "Có" : "Không";
    }
    if (value instanceof Date date) {
      return dueDates.formatMoment(date);
    }
    String text = String.valueOf(value);
    text = forms.valueLabel(variable, text).orElse(text);
    if (text.isBlank()) {
      return "(trống)";
    }
    return text.length() > ANSWER_MAX ? text.substring(0, ANSWER_MAX) + "…" : text;
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  /** Whether an agency id is known to the directory (for the filter). */
  boolean knowsAgency(String id) {
    return directory.find(id).isPresent();
  }

  /** Every agency, by name, for the filter's list. */
  List<Agency> agencies() {
    return directory.all().stream().sorted(Comparator.comparing(Agency::name)).toList();
  }

  static Collection<EventKind> kinds() {
    return List.of(EventKind.values());
  }
}
