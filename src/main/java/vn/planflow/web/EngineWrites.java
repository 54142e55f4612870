package vn.planflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The engine API's calls that change a plan other than by an official's own answer: throwing a
 * BPMN error or escalation from a task (which ends it with no answer), and writing variables of a
 * task, an execution or a process instance (which can re-point the lead, the route or the timers).
 * Only administrators make them; officials claim and complete their tasks.
 */
final class EngineWrites implements RequestMatcher {

  private static final List<String> PATHS = List.of("/task/*/bpmnError", "/task/*/bpmnEscalation",
      "/task/*/variables", "/task/*/variables/**", "/task/*/localVariables", "/task/*/localVariables/**",
      "/execution/**", "/process-instance/*/variables", "/process-instance/*/variables/**");

  private final List<RequestMatcher> paths;

  /** @param api the engine API's root: {@code /engine-rest}, or the webapps' {@code /camunda/api/engine/engine/*} */
  EngineWrites(String api) {
    this.paths = PATHS.stream().map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults()
        .matcher(api + path)).toList();
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    return !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
        && !HttpMethod.OPTIONS.matches(request.getMethod())
        && paths.stream().anyMatch(path -> path.matches(request));
  }
}
