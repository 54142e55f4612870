package vn.planflow.web;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A form of one of our pages as a browser posts it: the page is opened first (as {@code user}),
 * and the post carries the page's session cookie and the CSRF token its form holds.
 */
public record PageForm(String cookie, String token) {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  /** Opens {@code page} as {@code user}; a page that refuses them yields a form without token. */
  public static PageForm open(TestRestTemplate rest, String user, String password, String page) {
    ResponseEntity<String> opened = rest.withBasicAuth(user, password).getForEntity(page, String.class);
    List<String> cookies = opened.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    String cookie = cookies.isEmpty() ? null : cookies.get(0).split(";", 2)[0];
    Matcher token = TOKEN.matcher(opened.getBody() == null ? "" : opened.getBody());
    return new PageForm(cookie, token.find() ? token.group(1) : null);
  }

  /** The headers of the post: its content type and the page's session. */
  public HttpHeaders headers(MediaType contentType) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(contentType);
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
    }
    return headers;
  }

  /**
   * A copy of {@code form} with the page's CSRF token; {@code form} itself is left as it is, so
   * that threads posting the same form at once each post their own.
   */
  @SuppressWarnings("unchecked")
  public <T> MultiValueMap<String, T> with(MultiValueMap<String, T> form) {
    MultiValueMap<String, T> posted = new LinkedMultiValueMap<>();
    form.forEach((name, values) -> posted.addAll(name, List.copyOf(values)));
    if (token != null) {
      posted.add("_csrf", (T) token);
    }
    return posted;
  }

  /**
   * {@code user}'s post of {@code form} on {@code path} with this page's session and token, as a
   * call answering its HTTP status: what {@link AtOnce#run} sends several of at once.
   */
  public Callable<Integer> submit(TestRestTemplate rest, String user, String password, String path,
      MultiValueMap<String, String> form) {
    return () -> rest.withBasicAuth(user, password).postForEntity(path,
        new HttpEntity<>(with(form), headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class)
        .getStatusCode().value();
  }
}
