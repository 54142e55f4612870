package vn.planflow.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.planflow.names.ProcessNames;

/**
 * The application's one security configuration, a filter chain per surface:
 * <ul>
 *   <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic against the engine's users, no
 *       session; the caller becomes the engine's authentication, so its authorizations apply.
 *       Our API is for administrators, except the agency list any signed-in user may read.</li>
 *   <li>{@code /quan-tri/**} (administrators; its dashboards also the province's leaders),
 *       {@code /tai-lieu/**} and {@code /ca-nhan/**} (any official): the Camunda
 *       webapps' login in this browser session, or HTTP Basic; every form posted is CSRF-checked,
 *       and the pages send the usual security headers.</li>
 *   <li>{@code /camunda/**}: the stock webapps, which keep their own login, CSRF token and headers.</li>
 *   <li>on both engine APIs, the calls that change a plan other than by an official's own answer
 *       ({@link EngineWrites}: BPMN errors, variable writes) are for administrators only.</li>
 *   <li>everything else (health, the stylesheet, the start page): open.</li>
 * </ul>
 * Pages and APIs check nothing of their own beyond whose data is asked for.
 */
@Configuration
class WebSecurity {

  static final String ADMINS = ProcessNames.Agencies.ADMINS;
  static final String LEADERS = ProcessNames.Agencies.LEADERS;

  /**
   * Camunda Admin lets the first visitor of a database without administrator create one. On a
   * server that is whoever arrives first: the setup is only answered to a browser on the server
   * itself (an SSH tunnel will do), or the first administrator comes from the configuration
   * ({@code camunda.bpm.admin-user.*}, e.g. from the environment).
   */
  static final AuthorizationManager<RequestAuthorizationContext> FROM_THIS_MACHINE = (authentication, context) ->
      new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()));

  static boolean isLoopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Paths within the application, whichever servlet serves them (Jersey serves /engine-rest). */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apis(HttpSecurity http, IdentityService identityService, Refusals refusals) throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path(HttpMethod.GET, "/api/agencies")).authenticated()
            // the plan's lead agency reads its plan's lateness; LatenessApi checks which plan
            .requestMatchers(path(HttpMethod.GET, "/api/lateness")).authenticated()
            // a running plan's changes: its lead agency too; PlanChangeApi checks which plan
            .requestMatchers(path("/api/plans/*/**")).authenticated()
            .requestMatchers(path("/api/**")).hasAuthority(ADMINS)
            .requestMatchers(new EngineWrites("/engine-rest")).hasAuthority(ADMINS)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals.apiLogin()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals.apiLogin())
            .accessDeniedHandler(refusals.apiDenied()))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, Refusals refusals) throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/quan-tri/**"), path(ProcessNames.DOCUMENTS_PATH + "**"),
            path(ProcessNames.PERSONAL_PATH + "**")))
        .authorizeHttpRequests(requests -> requests
            // the dashboards and the plans' trails: administrators and the province's leaders
            .requestMatchers(path(ProcessNames.DASHBOARD_PATH), path(ProcessNames.DASHBOARD_PATH + "/**"))
                .hasAnyAuthority(ADMINS, LEADERS)
            // a plan's page: its lead agency too; PlanChangePage checks which plan
            .requestMatchers(path("/quan-tri/ke-hoach/*"), path("/quan-tri/ke-hoach/*/**")).authenticated()
            .requestMatchers(path("/quan-tri/**")).hasAuthority(ADMINS)
            .anyRequest().authenticated())
        .addFilterBefore(new WebappSessionFilter(), BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals.pageLogin()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals.pageLogin())
            .accessDeniedHandler(refusals.pageDenied()))
        .requestCache(AbstractHttpConfigurer::disable)
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http, Refusals refusals) throws Exception {
    http.securityMatcher(path("/camunda/**"))
        .addFilterBefore(new WebappSessionFilter(), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(new EngineWrites("/camunda/api/engine/engine/*")).hasAuthority(ADMINS)
            .requestMatchers(path("/camunda/api/admin/setup/**")).access(FROM_THIS_MACHINE)
            .anyRequest().permitAll())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals.apiLogin())
            .accessDeniedHandler(refusals.apiDenied()))
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .securityContext(context -> context.requireExplicitSave(true));
    return http.build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain open(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .requestCache(AbstractHttpConfigurer::disable);
    return http.build();
  }
}
