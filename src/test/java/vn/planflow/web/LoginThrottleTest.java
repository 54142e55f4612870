package vn.planflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.PlanflowTest;

/**
 * Logins are the agencies' public ids: guessing is slowed down, but nobody can lock another
 * person out for longer than the configured delay (60 s).
 */
@PlanflowTest
class LoginThrottleTest {

  @Autowired
  IdentityService identityService;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.deleteUser("can-bo-thu");
  }

  @Test
  void wrongPasswordsDelayTheNextLoginButLockNobodyOut() {
    User official = identityService.newUser("can-bo-thu");
    official.setPassword("mat-khau-dung");
    identityService.saveUser(official);
    Date start = new Date();
    ClockUtil.setCurrentTime(start);

    for (int attempt = 0; attempt < 25; attempt++) {
      assertThat(identityService.checkPassword("can-bo-thu", "doan-mo-" + attempt)).isFalse();
    }
    assertThat(identityService.checkPassword("can-bo-thu", "mat-khau-dung"))
        .as("throttled: right after the guesses even the right password waits").isFalse();

    ClockUtil.setCurrentTime(new Date(start.getTime() + 61_000));
    assertThat(identityService.checkPassword("can-bo-thu", "mat-khau-dung"))
        .as("not locked for good after 25 wrong passwords").isTrue();
  }
}
