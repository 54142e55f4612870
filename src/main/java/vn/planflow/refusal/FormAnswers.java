package vn.planflow.refusal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.planflow.engine.CompletionGuard;
import vn.planflow.engine.FormFiles;

/**
 * A task's completion carries what its form asks, and nothing else: the keys of the form's fields
 * that a person can fill ({@code forms/*.form}, the files deployed with the processes; fields shown
 * disabled only display). Anything else (a plan's lead, its route, its timers) is refused with 400,
 * naming it, and the process stays where it was.
 */
@Component
class FormAnswers implements CompletionGuard {

  private final Map<String, Set<String>> fieldsByForm = new HashMap<>();

  FormAnswers(ResourceLoader resources, ObjectMapper json) {
    FormFiles.read(resources, json).forEach((id, form) -> {
      Set<String> keys = new TreeSet<>();
      collect(form.path("components"), keys);
      fieldsByForm.put(id, keys);
    });
  }

  /**
   * The variables a form sends: each field's key, and each list's (or group's) path, whose items'
   * fields travel inside it and are no variables of their own.
   */
  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      boolean shown = !component.path("disabled").asBoolean(false);
      if (component.hasNonNull("path") && !component.path("path").asText().isEmpty()) {
        if (shown) {
          keys.add(component.get("path").asText());
        }
        continue;
      }
      if (component.hasNonNull("key") && shown) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }

  /** The variables a person can send with the form {@code formKey}, or null for a form we do not know. */
  Set<String> fields(String formKey) {
    return fieldsByForm.get(formKey);
  }

  @Override
  public void check(Task task, Set<String> variableNames) {
    CamundaFormRef form = task.getCamundaFormRef();
    Set<String> allowed = form == null ? null : fields(form.getKey());
    if (allowed == null) {
      return;
    }
    Set<String> unexpected = new TreeSet<>(variableNames);
    unexpected.removeAll(allowed);
    if (!unexpected.isEmpty()) {
      throw new InputRefusedException("Công việc \"" + task.getName() + "\" không nhận " + String.join(", ", unexpected)
          + ": biểu mẫu của nó chỉ có " + (allowed.isEmpty() ? "nút hoàn thành" : String.join(", ", allowed))
          + ". Không có gì được thay đổi.");
    }
  }
}
