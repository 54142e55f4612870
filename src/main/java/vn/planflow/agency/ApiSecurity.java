package vn.planflow.agency;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic on {@code /engine-rest/**} and on our own {@code /api/**} (401 without), checked
 * against the engine's users; the authenticated user and groups are then the engine's current
 * authentication, so authorization applies to every call.
 */
@Configuration
class ApiSecurity {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuthentication("/engine-rest/*", "/engine-rest");
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication() {
    return basicAuthentication("/api/*", "/api");
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
      String urlPattern, String prefix) {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("basicAuthentication" + prefix.replace('/', '-'));
    registration.addUrlPatterns(urlPattern);
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName(),
        ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefix));
    return registration;
  }
}
