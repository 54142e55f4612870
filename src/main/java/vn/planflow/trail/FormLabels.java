package vn.planflow.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.planflow.engine.FormFiles;

/**
 * The answers a person can give, as the forms ({@code forms/*.form}) name them: every field a
 * person fills (its key, or a list's path) with its Vietnamese label, and the labels of a choice's
 * values. A completion can carry nothing else (the completion guard refuses it), so the variables
 * of a completion that are such fields are the answer; what listeners write beside them is not.
 */
@Component
class FormLabels {

  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, Map<String, String>> valueLabels = new HashMap<>();

  FormLabels(ResourceLoader resources, ObjectMapper json) {
    FormFiles.read(resources, json).values().forEach(form -> collect(form.path("components")));
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      boolean shown = !component.path("disabled").asBoolean(false);
      String label = component.path("label").asText(component.path("dateLabel").asText(""));
      if (component.hasNonNull("path") && !component.path("path").asText().isEmpty()) {
        if (shown) {
          labels.putIfAbsent(component.get("path").asText(), label);
        }
        continue; // a list's fields travel inside it
      }
      if (component.hasNonNull("key") && shown) {
        String key = component.get("key").asText();
        labels.putIfAbsent(key, label);
        for (JsonNode value : component.path("values")) {
          valueLabels.computeIfAbsent(key, k -> new HashMap<>())
              .putIfAbsent(value.path("value").asText(), value.path("label").asText());
        }
      }
      collect(component.path("components"));
    }
  }

  /** Whether a person can send {@code variable} with some form. */
  boolean isAnswer(String variable) {
    return labels.containsKey(variable);
  }

  /** The field's label, or the variable's name when the form gives none. */
  String label(String variable) {
    String label = labels.get(variable);
    return label == null || label.isBlank() ? variable : label;
  }

  /** The label of a choice's value ("Thông qua" for {@code approved}), if the form names it. */
  Optional<String> valueLabel(String variable, String value) {
    return Optional.ofNullable(valueLabels.getOrDefault(variable, Map.of()).get(value)).filter(text -> !text.isBlank());
  }
}
