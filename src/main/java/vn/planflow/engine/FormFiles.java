package vn.planflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/** The Camunda Forms deployed with the processes ({@code forms/*.form}), read as JSON. */
public final class FormFiles {

  private FormFiles() {
  }

  /** Every form, by its id (the {@code camunda:formRef} that names it). */
  public static Map<String, JsonNode> read(ResourceLoader resources, ObjectMapper json) {
    Map<String, JsonNode> forms = new HashMap<>();
    try {
      for (Resource form : ResourcePatternUtils.getResourcePatternResolver(resources)
          .getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          JsonNode root = json.readTree(in);
          forms.put(root.path("id").asText(), root);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  /** Every component of a form, those inside groups and lists included. */
  public static void eachComponent(JsonNode form, Consumer<JsonNode> action) {
    for (JsonNode component : form.path("components")) {
      action.accept(component);
      eachComponent(component, action);
    }
  }
}
