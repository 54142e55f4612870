package vn.planflow.agency;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The agency-change API and the engine's REST API as the tests drive them, with HTTP Basic. */
final class AgencyChangeClient {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin";
  static final String DEMO_PASSWORD = "demo";

  private final TestRestTemplate rest;

  AgencyChangeClient(TestRestTemplate rest) {
    this.rest = rest;
  }

  ResponseEntity<JsonNode> change(String user, String password, String agency, Map<String, String> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, password).exchange("/api/agencies/" + agency + "/successor", HttpMethod.POST,
        new HttpEntity<>(body, headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> merge(String agency, String successor) {
    return change(ADMIN, ADMIN_PASSWORD, agency, Map.of("successor", successor, "kind", "merge",
        "reason", "Nghị quyết của HĐND tỉnh về sắp xếp các cơ quan chuyên môn", "effectiveDate", "2024-09-30"));
  }

  JsonNode changes() {
    return rest.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForObject("/api/agencies/changes", JsonNode.class);
  }

  /** The ids of the tasks of a process instance that {@code user} sees through {@code /engine-rest}. */
  List<String> visibleTasks(String user, String processInstanceId) {
    JsonNode tasks = rest.withBasicAuth(user, DEMO_PASSWORD)
        .getForObject("/engine-rest/task?processInstanceId=" + processInstanceId, JsonNode.class);
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  ResponseEntity<String> complete(String user, String taskId, Map<String, String> variables) {
    Map<String, Object> typed = new java.util.HashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, DEMO_PASSWORD).exchange("/engine-rest/task/" + taskId + "/complete",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", typed), headers), String.class);
  }

  /** Forgets every recorded change, so that each test starts with every agency active. */
  static void forgetChanges(JdbcTemplate jdbc, AgencySuccessions successions) {
    jdbc.update("DELETE FROM pf_agency_change");
    successions.refresh();
  }
}
