package vn.planflow.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.planflow.PlanflowTest;

/**
 * The start form offers the agencies valid on the day it is opened, by name (a select for the
 * lead, a taglist for the surveyed agencies), and what the taglist sends starts the plan.
 */
@PlanflowTest
class StartFormAgenciesTest {

  private static final String FORM = "/engine-rest/process-definition/key/resolution-drafting/deployed-start-form";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void afterTheReformTheFormOffersTheMergedDepartmentsAndTheCommunesByName() throws Exception {
    ClockUtil.setCurrentTime(day(2026, 3, 2));

    JsonNode form = form();

    List<String> leads = values(form, "leadAgency");
    assertThat(leads).contains("so-khcn", "so-y-te", "so-noi-vu").doesNotContain("so-tttt", "ubnd-tp-vinh");
    List<String> surveyed = values(form, "surveyAgencies");
    assertThat(surveyed).contains("so-y-te", "phuong-truong-vinh", "xa-nghi-loc")
        .doesNotContain("so-tttt", "ubnd-tp-vinh", "ubnd-tinh", "bo-khcn");
    assertThat(surveyed.indexOf("so-y-te")).as("departments before communes")
        .isLessThan(surveyed.indexOf("phuong-truong-vinh"));
    assertThat(label(form, "surveyAgencies", "phuong-truong-vinh")).isEqualTo("Ủy ban nhân dân phường Trường Vinh");
    assertThat(component(form, "surveyAgencies").path("type").asText()).isEqualTo("taglist");
  }

  @Test
  void beforeJuly2025TheFormOffersTheDistrictsAndNoCommune() throws Exception {
    ClockUtil.setCurrentTime(day(2025, 6, 2));

    List<String> surveyed = values(form(), "surveyAgencies");

    assertThat(surveyed).contains("ubnd-tp-vinh", "ubnd-quynh-luu", "so-khcn").doesNotContain("phuong-truong-vinh",
        "ubnd-tx-cua-lo", "so-tttt");
  }

  @Test
  void theFormIsReadWithTheEnginesOwnAuthorization() {
    assertThat(rest.getForEntity(FORM, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theAgenciesATaglistSendsAsAJsonArrayStartThePlan() {
    ClockUtil.setCurrentTime(day(2026, 3, 2));
    Map<String, Object> body = Map.of("businessKey", "taglist-start", "variables", Map.of("surveyAgencies",
        Map.of("type", "Json", "value", "[\"so-y-te\",\"phuong-truong-vinh\",\"so-y-te\"]")));

    ResponseEntity<String> started = rest.withBasicAuth("admin", "admin").postForEntity(
        "/engine-rest/process-definition/key/resolution-drafting/start", body, String.class);

    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("taglist-start")
        .singleResult().getId();
    try {
      assertThat(runtimeService.getVariable(instance, "surveyAgencies")).isEqualTo("so-y-te,phuong-truong-vinh");
      assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("submitSurveyReport")
          .list()).extracting(task -> taskService.getVariable(task.getId(), "surveyAgency"))
          .containsExactlyInAnyOrder("so-y-te", "phuong-truong-vinh");
    } finally {
      runtimeService.deleteProcessInstance(instance, "test");
    }
  }

  private JsonNode form() throws Exception {
    ResponseEntity<String> form = rest.withBasicAuth("admin", "admin").getForEntity(FORM, String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(form.getBody());
  }

  private static JsonNode component(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }

  private static List<String> values(JsonNode form, String key) {
    List<String> values = new ArrayList<>();
    component(form, key).path("values").forEach(value -> values.add(value.path("value").asText()));
    return values;
  }

  private static String label(JsonNode form, String key, String value) {
    for (JsonNode option : component(form, key).path("values")) {
      if (value.equals(option.path("value").asText())) {
        return option.path("label").asText();
      }
    }
    return null;
  }

  private static Date day(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
  }
}
