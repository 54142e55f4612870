package vn.planflow.engine;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock: the moment timers, history and our own records agree on. Tests move it
 * (ClockUtil) to travel in time; nothing else in the application reads the wall clock for work
 * that the engine also times.
 */
public final class EngineClock {

  private EngineClock() {
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static Instant instant() {
    return now().toInstant();
  }
}
