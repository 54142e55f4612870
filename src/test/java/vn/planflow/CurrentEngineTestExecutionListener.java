package vn.planflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the engine of the test's own application context the registered "default" engine before
 * each test. The Camunda REST API and its authentication filter find their engine in the static
 * {@link ProcessEngines} registry; when the test framework keeps several contexts (tests with
 * their own properties) and closes one, that context's engine leaves the registry and the others'
 * REST API would answer 404. Registered in {@code META-INF/spring.factories}.
 */
public class CurrentEngineTestExecutionListener implements TestExecutionListener, Ordered {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
          .ifAvailable(ProcessEngines::registerProcessEngine);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
