package vn.planflow.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.planflow.engine.CompletionGuard;
import vn.planflow.engine.FormFiles;
import vn.planflow.plan.PlanTableReader;
import vn.planflow.refusal.InputRefusedException;

/**
 * A form that says a file must be attached (a component with the custom property {@code attachment}:
 * {@code required} for any file, the survey report and the synthesis; {@code docx} for a Word
 * document Planflow reads, the drafts and the revised drafts; {@code table} for a plan's task table,
 * .xlsx or .csv, that Planflow imports) cannot be submitted before such a
 * file is attached to its task on the documents page. The contract's completion through
 * the API asks only for the answer's variables, so programs completing tasks are not held to it.
 */
@Component
class RequiredDocuments implements CompletionGuard {

  static final String PROPERTY = "attachment";

  private final Map<String, String> requiredByForm = new HashMap<>();
  private final TaskService taskService;

  RequiredDocuments(ResourceLoader resources, ObjectMapper json, @Lazy TaskService taskService) {
    this.taskService = taskService;
    FormFiles.read(resources, json).forEach((id, form) -> FormFiles.eachComponent(form, component -> {
      String required = component.path("properties").path(PROPERTY).asText("");
      if (required.equals("required") || required.equals("docx") || required.equals("table")) {
        requiredByForm.put(id, required);
      }
    }));
  }

  /** "required" (any file), "docx" (a Word document), "table", or null when the form asks for no file. */
  String requiredFile(String formKey) {
    return requiredByForm.get(formKey);
  }

  @Override
  public void check(Task task, Set<String> variableNames) {
  }

  @Override
  public void checkFormSubmission(Task task) {
    CamundaFormRef form = task.getCamundaFormRef();
    String required = form == null ? null : requiredFile(form.getKey());
    if (required == null) {
      return;
    }
    List<Attachment> attachments = taskService.getTaskAttachments(task.getId());
    if ("docx".equals(required) && !attachments.isEmpty() && attachments.stream()
        .noneMatch(attachment -> attachment.getName().toLowerCase(Locale.ROOT).endsWith(".docx"))) {
      throw new InputRefusedException("Dự thảo phải được đính kèm dưới dạng tệp Word (.docx) để các đơn vị góp ý "
          + "theo từng mục; các tệp đã đính kèm vào công việc \"" + task.getName() + "\" không có tệp .docx nào. "
          + "Đính kèm tệp .docx tại trang tài liệu của hồ sơ rồi bấm Hoàn thành: những gì đã nhập vẫn còn.");
    }
    if ("table".equals(required) && !attachments.isEmpty() && attachments.stream()
        .noneMatch(attachment -> PlanTableReader.isTable(attachment.getName()))) {
      throw new InputRefusedException("Bảng nhiệm vụ phải được đính kèm dưới dạng tệp .xlsx hoặc .csv để Planflow "
          + "giao từng nhiệm vụ; các tệp đã đính kèm vào công việc \"" + task.getName() + "\" không có tệp nào như "
          + "vậy. Đính kèm bảng tại trang tài liệu của hồ sơ rồi bấm Hoàn thành: những gì đã nhập vẫn còn.");
    }
    if (attachments.isEmpty()) {
      throw new InputRefusedException("Chưa có tệp nào được đính kèm vào công việc \"" + task.getName() + "\". "
          + "Mở trang tài liệu của hồ sơ (liên kết \"trang tài liệu\" trong biểu mẫu, mở ở thẻ mới), đính kèm tệp, "
          + "rồi quay lại bấm Hoàn thành: những gì đã nhập vẫn còn.");
    }
  }

}
