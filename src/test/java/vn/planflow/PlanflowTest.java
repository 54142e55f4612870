package vn.planflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.planflow.agency.VariableMoves;

/**
 * The one application context the wiring tests share: the whole application on a random port
 * with the demo agencies, an in-memory database and no background job execution ({@code
 * application-test.yaml}). Every test class that needs the application uses exactly this, so
 * Spring starts it once; a test cleans up what it changes that others could see.
 * {@link VariableMoves} is a spy (behaving as itself unless a test stubs it) so that the agency
 * change rollback test can make it fail without a context of its own. Process test coverage
 * records every model's flows walked, per test class, under {@code target/process-test-coverage/}
 * ({@link ProcessCoverage}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@MockitoSpyBean(types = VariableMoves.class)
@ProcessCoverage
public @interface PlanflowTest {
}
