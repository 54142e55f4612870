package vn.planflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Operaton build's stand-in for {@code src/test/java/vn/planflow/ProcessCoverage.java}: process
 * test coverage is a Camunda 7 library, so on Operaton the tests run without it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProcessCoverage {
}
