package vn.planflow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Requests sent at the same moment from real threads, as officials answering together do: every
 * call waits for one start signal, and the HTTP statuses that came back are counted.
 */
public final class AtOnce {

  private AtOnce() {
  }

  /** Runs {@code calls} (each answering an HTTP status) from {@code threads} threads at once. */
  public static Map<Integer, Integer> run(int threads, List<Callable<Integer>> calls) throws Exception {
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        done.add(pool.submit(() -> {
          go.await();
          statuses.merge(call.call(), 1, Integer::sum);
          return null;
        }));
      }
      go.countDown();
      for (Future<?> future : done) {
        future.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdown();
    }
    return Map.copyOf(statuses);
  }

  /** An official's completion of a task through {@code restApi} ({@code /engine-rest}), as its status. */
  public static Callable<Integer> complete(TestRestTemplate rest, String restApi, String user, String taskId,
      Map<String, Object> variables) {
    return () -> {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return rest.withBasicAuth(user, "demo").postForEntity(restApi + "/task/" + taskId + "/complete",
          new HttpEntity<>(Map.of("variables", variables), headers), String.class).getStatusCode().value();
    };
  }

  /** A String variable as the REST API takes it. */
  public static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }
}
