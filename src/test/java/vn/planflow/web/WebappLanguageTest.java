package vn.planflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.planflow.PlanflowTest;

/** The running webapps load our Vietnamese locale and our configuration, not the webjar's. */
@PlanflowTest
class WebappLanguageTest {

  @Autowired
  TestRestTemplate rest;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachWebappServesVietnameseAsItsDefaultLanguage(String app) {
    ResponseEntity<String> config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getBody()).contains("../../planflow/settings.js", "locales: locales()", "dateFormat",
        "../planflow/header.js");

    ResponseEntity<String> locale = rest.getForEntity("/camunda/app/" + app + "/locales/vi.json", String.class);
    assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(locale.getBody()).contains("\"labels\"");

    ResponseEntity<String> styles = rest.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
    assertThat(styles.getBody()).as("no end-of-life banner for officials")
        .containsPattern("\\.ce-eol-banner \\{\\s*display: none !important;");
  }

  @Test
  void theSharedSettingsMakeVietnameseTheDefaultAndEnglishSelectable() {
    ResponseEntity<String> settings = rest.getForEntity("/camunda/app/planflow/settings.js", String.class);
    assertThat(settings.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(settings.getBody()).contains("availableLocales: [\"vi\", \"en\"], fallbackLocale: \"vi\"",
        "short: \"DD/MM/YYYY\"", "planflow-language");

    ResponseEntity<String> header = rest.getForEntity("/camunda/app/planflow/header.js", String.class);
    assertThat(header.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(header.getBody()).contains("planflow-admin-link", "planflow-language", "Tiếng Việt", "English");
  }
}
