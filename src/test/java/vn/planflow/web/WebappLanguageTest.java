package vn.planflow.web;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(config.getBody()).contains("fallbackLocale: \"vi\"", "DD/MM/YYYY");

    ResponseEntity<String> locale = rest.getForEntity("/camunda/app/" + app + "/locales/vi.json", String.class);
    assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(locale.getBody()).contains("\"labels\"");

    ResponseEntity<String> styles = rest.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
    assertThat(styles.getBody()).as("no end-of-life banner for officials")
        .containsPattern("\\.ce-eol-banner \\{\\s*display: none !important;");
  }
}
