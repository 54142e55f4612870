package vn.planflow.agency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A start form's agency choices, as of the day it is opened: a field of a Camunda Form whose custom
 * property {@code agencies} names agency types ({@code "department,district,commune"}) gets, as
 * its options, every agency of those types valid today, by its Vietnamese name. The form is read
 * through the engine's own endpoint (its authorization unchanged); only its answer is completed.
 * So an official picks agencies from a list (a form-js select or taglist) instead of typing codes,
 * and the list follows the directory (a new version, the districts ending on 30/6/2025) without a
 * redeployment of the models.
 */
@Component
class StartFormAgencies extends OncePerRequestFilter {

  /** The start form of a process definition, by id or by key, on the REST API and in the webapps. */
  private static final Pattern START_FORM = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition/(?:key/)?[^/]+/deployed-start-form$");
  static final String PROPERTY = "agencies";
  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  private final AgencyDirectory directory;
  private final ObjectMapper json;

  StartFormAgencies(AgencyDirectory directory, ObjectMapper json) {
    this.directory = directory;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !START_FORM.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    byte[] body = answer.getContentAsByteArray();
    if (answer.getStatus() == HttpServletResponse.SC_OK && body.length > 0 && body[0] == '{') {
      byte[] completed = withAgencies(body, directory.today());
      if (completed != body) {
        answer.resetBuffer();
        answer.getOutputStream().write(completed);
      }
    }
    answer.copyBodyToResponse();
  }

  /** The form with its agency fields' options filled in; the same array when it has none. */
  byte[] withAgencies(byte[] form, LocalDate day) throws IOException {
    JsonNode root;
    try {
      root = json.readTree(form);
    } catch (IOException notJson) {
      return form;
    }
    return fill(root.path("components"), day) ? json.writeValueAsBytes(root) : form;
  }

  private boolean fill(JsonNode components, LocalDate day) {
    boolean filled = false;
    for (JsonNode component : components) {
      String types = component.path("properties").path(PROPERTY).asText("");
      if (!types.isBlank() && component instanceof ObjectNode field) {
        ArrayNode values = field.putArray("values");
        directory.ofTypes(types(types), day).stream()
            .sorted(Comparator.comparing(Agency::type).thenComparing(Agency::name, VIETNAMESE))
            .forEach(agency -> values.addObject().put("label", agency.name()).put("value", agency.id()));
        field.remove("valuesKey");
        filled = true;
      }
      filled |= fill(component.path("components"), day);
    }
    return filled;
  }

  private static Set<AgencyType> types(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(type -> !type.isEmpty())
        .map(AgencyType::fromId).collect(Collectors.toCollection(() -> EnumSet.noneOf(AgencyType.class)));
  }
}
