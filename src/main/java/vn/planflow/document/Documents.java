package vn.planflow.document;

import vn.planflow.web.Official;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.planflow.time.DueDates;
import vn.planflow.names.ProcessNames;

/**
 * The documents of a plan (the survey reports, the drafts, the dossiers): files attached to the
 * tasks of a process instance as Camunda attachments, so that the stages that follow can open
 * them. An official may read the documents of a plan in which their agency has or had a task, and
 * attach files to their agency's open tasks.
 */
@Service
class Documents {

  static final Set<String> ALLOWED_EXTENSIONS =
      Set.of("pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "zip");

  /** The variables naming a process's lead agencies: its own, and a plan task's plan lead. */
  /** The agencies that read all of a plan's documents: its lead, and UBND tỉnh once the synthesis went to it. */
  private static final String[] LEAD_VARIABLES = {ProcessNames.Vars.LEAD_AGENCY, ProcessNames.Vars.PLAN_LEAD_AGENCY,
      ProcessNames.Vars.SYNTHESIS_REPORTED_TO};

  private final TaskService taskService;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final DueDates dueDates;

  Documents(TaskService taskService, HistoryService historyService, RuntimeService runtimeService,
      DueDates dueDates) {
    this.taskService = taskService;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.dueDates = dueDates;
  }

  /**
   * Admins, the plan's lead agencies, and agencies that have or had a task in the plan or in a
   * process started by it (a plan's tasks are processes of their own): the lead that chases and
   * consolidates reads every task's reports.
   */
  boolean canRead(Official official, String processInstanceId) {
    if (official.isAdmin()) {
      return true;
    }
    boolean lead = historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableNameIn(LEAD_VARIABLES).list().stream()
        .anyMatch(variable -> official.groupIds().contains(String.valueOf(variable.getValue())));
    if (lead) {
      return true;
    }
    List<String> instances = withSubPlans(processInstanceId);
    return official.groupIds().stream().anyMatch(group -> instances.stream().anyMatch(instance ->
        historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
            .taskHadCandidateGroup(group).count() > 0));
  }

  /** The plan and the processes it started (a plan's tasks), whose documents belong to it too. */
  private List<String> withSubPlans(String processInstanceId) {
    List<String> instances = new ArrayList<>(List.of(processInstanceId));
    historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
        .forEach(instance -> instances.add(instance.getId()));
    return instances;
  }

  Optional<String> title(String processInstanceId) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
          .variableName(ProcessNames.Vars.TITLE).list().stream().findFirst().map(v -> String.valueOf(v.getValue()));
    }
    return Optional.ofNullable(runtimeService.getVariable(processInstanceId, ProcessNames.Vars.TITLE)).map(String::valueOf);
  }

  /** A plan linked to this one: the resolution it carries out, or the plan carrying it out. */
  record RelatedPlan(String label, String processInstanceId) {
  }

  /**
   * From a resolution's drafting to the request for its implementation plan and the plan itself,
   * and back: each of these pages links the others.
   */
  List<RelatedPlan> related(String processInstanceId) {
    List<RelatedPlan> related = new ArrayList<>();
    String resolution = historicValue(processInstanceId, ProcessNames.Vars.RESOLUTION_INSTANCE);
    if (resolution != null) {
      related.add(new RelatedPlan("Nghị quyết được triển khai", resolution));
    }
    String request = historicValue(processInstanceId, ProcessNames.Vars.IMPLEMENTATION_PLAN_REQUEST);
    if (request != null) {
      related.add(new RelatedPlan("Nhập Kế hoạch của UBND tỉnh triển khai Nghị quyết", request));
    }
    String plan = historicValue(request != null ? request : processInstanceId,
        ProcessNames.Vars.IMPLEMENTATION_PLAN_INSTANCE);
    if (plan != null) {
      related.add(new RelatedPlan("Kế hoạch triển khai Nghị quyết (theo dõi thực hiện)", plan));
    }
    return related;
  }

  private String historicValue(String processInstanceId, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).list().stream().map(v -> v.getValue() == null ? "" : v.getValue().toString())
        .filter(value -> !value.isBlank()).findFirst().orElse(null);
  }

  /** The open tasks of this plan that the official's agencies may work on. */
  List<Task> openTasks(Official official, String processInstanceId) {
    if (official.groupIds().isEmpty()) {
      return List.of();
    }
    return taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskCandidateGroupIn(official.groupIds()).includeAssignedTasks()
        .orderByTaskName().asc().list();
  }

  List<DocumentView> list(String processInstanceId) {
    return withSubPlans(processInstanceId).stream()
        .flatMap(instance -> taskService.getProcessInstanceAttachments(instance).stream())
        .sorted(Comparator.comparing(Attachment::getCreateTime))
        .map(attachment -> new DocumentView(attachment, taskName(attachment.getTaskId()),
            dueDates.formatMoment(attachment.getCreateTime())))
        .toList();
  }

  Optional<Attachment> find(String processInstanceId, String attachmentId) {
    return Optional.ofNullable(taskService.getAttachment(attachmentId))
        .filter(attachment -> withSubPlans(processInstanceId).contains(attachment.getProcessInstanceId()));
  }

  InputStream content(Attachment attachment) {
    return taskService.getAttachmentContent(attachment.getId());
  }

  /**
   * Attaches {@code file} to the official's open task {@code taskId} of this plan.
   *
   * @throws DocumentRefusedException with the reason, in Vietnamese
   */
  Attachment attach(Official official, String processInstanceId, String taskId, MultipartFile file) {
    Task task = openTasks(official, processInstanceId).stream()
        .filter(candidate -> candidate.getId().equals(taskId)).findFirst()
        .orElseThrow(() -> new DocumentRefusedException(
            "Công việc được chọn không còn mở hoặc không thuộc đơn vị của bạn."));
    if (file == null || file.isEmpty()) {
      throw new DocumentRefusedException("Vui lòng chọn một tệp để đính kèm.");
    }
    String name = file.getOriginalFilename() == null ? "tai-lieu" : file.getOriginalFilename();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (!ALLOWED_EXTENSIONS.contains(extension)) {
      throw new DocumentRefusedException("Tệp \"" + name + "\" không được nhận: chỉ nhận tài liệu "
          + String.join(", ", ALLOWED_EXTENSIONS.stream().sorted().toList()) + ".");
    }
    Object agency = taskService.getVariableLocal(task.getId(), ProcessNames.Vars.AGENCY_NAME);
    String description = (agency == null ? "" : agency + " · ") + "tải lên bởi " + official.userId();
    try (InputStream content = file.getInputStream()) {
      return taskService.createAttachment(file.getContentType(), task.getId(), processInstanceId,
          name, description, content);
    } catch (IOException e) {
      throw new DocumentRefusedException("Không đọc được tệp \"" + name + "\", vui lòng thử lại.");
    }
  }

  private String taskName(String taskId) {
    if (taskId == null) {
      return "";
    }
    HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    return task == null ? "" : task.getName();
  }

  /** One row of the documents page. */
  record DocumentView(Attachment attachment, String taskName, String attachedAt) {
  }
}
