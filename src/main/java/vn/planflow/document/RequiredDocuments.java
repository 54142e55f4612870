package vn.planflow.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.planflow.engine.CompletionGuard;
import vn.planflow.engine.FormFiles;
import vn.planflow.refusal.InputRefusedException;

/**
 * A form that says a file must be attached (a component with the custom property {@code attachment
 * = required}: the survey report, the synthesis, the drafts, the revised drafts) cannot be submitted
 * before a file is attached to its task on the documents page. The contract's completion through
 * the API asks only for the answer's variables, so programs completing tasks are not held to it.
 */
@Component
class RequiredDocuments implements CompletionGuard {

  static final String PROPERTY = "attachment";

  private final Set<String> formsRequiringAFile = new HashSet<>();
  private final TaskService taskService;

  RequiredDocuments(ResourceLoader resources, ObjectMapper json, @Lazy TaskService taskService) {
    this.taskService = taskService;
    FormFiles.read(resources, json).forEach((id, form) -> FormFiles.eachComponent(form, component -> {
      if ("required".equals(component.path("properties").path(PROPERTY).asText())) {
        formsRequiringAFile.add(id);
      }
    }));
  }

  boolean requiresAFile(String formKey) {
    return formsRequiringAFile.contains(formKey);
  }

  @Override
  public void check(Task task, Set<String> variableNames) {
  }

  @Override
  public void checkFormSubmission(Task task) {
    CamundaFormRef form = task.getCamundaFormRef();
    if (form != null && requiresAFile(form.getKey()) && taskService.getTaskAttachments(task.getId()).isEmpty()) {
      throw new InputRefusedException("Chưa có tệp nào được đính kèm vào công việc \"" + task.getName() + "\". "
          + "Mở trang tài liệu của hồ sơ (liên kết \"trang tài liệu\" trong biểu mẫu, mở ở thẻ mới), đính kèm tệp, "
          + "rồi quay lại bấm Hoàn thành: những gì đã nhập vẫn còn.");
    }
  }
}
