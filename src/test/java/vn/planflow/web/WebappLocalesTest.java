package vn.planflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps in Vietnamese: every key of the English locale of the Camunda version in the
 * pom (read from its webjar) has its Vietnamese text in ours, with the same placeholders.
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[^}]+?\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasItsVietnameseTextWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> english = texts(read(app, "en"));
    Map<String, String> vietnamese = texts(read(app, "vi"));

    assertThat(english).as("the English locale of %s, from Camunda's webjar", app).isNotEmpty();
    assertThat(vietnamese.keySet()).as("keys of %s missing from vi.json", app).containsAll(english.keySet());
    english.forEach((key, text) -> {
      // fragments such as the plural "s" may rightly be empty in Vietnamese, which has no plural ending
      if (text.strip().length() > 1) {
        assertThat(vietnamese.get(key)).as("%s %s", app, key).isNotBlank();
      }
      Matcher placeholders = PLACEHOLDER.matcher(text);
      while (placeholders.find()) {
        String name = placeholders.group().replaceAll("[{}\\s]", "");
        assertThat(vietnamese.get(key).replaceAll("\\s", "")).as("%s %s keeps {{%s}}", app, key, name)
            .contains("{{" + name + "}}");
      }
    });
  }

  private static JsonNode read(String app, String locale) throws IOException {
    String path = String.format(LOCALES, app, locale);
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      byte[] bytes = in.readAllBytes();
      int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF ? 3 : 0; // Camunda's files may start with a BOM
      return JSON.readTree(new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Every text of a locale by its path ("labels.TASK_COMPLETE"); date locales are checked for presence only. */
  private static Map<String, String> texts(JsonNode node) {
    Map<String, String> texts = new TreeMap<>();
    collect("", node, texts);
    return texts;
  }

  private static void collect(String path, JsonNode node, Map<String, String> texts) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), texts);
      }
    } else if (node.isArray()) {
      texts.put(path, node.toString());
    } else {
      texts.put(path, node.asText());
    }
  }
}
