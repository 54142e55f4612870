package vn.planflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.planflow.engine.WebappSessions;

/**
 * Takes the user logged into the Camunda webapps in this browser session as the request's
 * authentication, so that a link from a Tasklist form to our pages just works. The webapps keep
 * their own login; nothing is written back to the session.
 */
class WebappSessionFilter extends OncePerRequestFilter {

  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (contexts.getContext().getAuthentication() == null) {
      WebappSessions.user(request.getSession(false)).ifPresent(user -> {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(EngineUsers.authenticated(new Official(user.userId(), user.groupIds())));
        contexts.setContext(context);
      });
    }
    chain.doFilter(request, response);
  }
}
