package vn.planflow.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who the engine is working for, and work it must do regardless of who that is. */
public final class EngineIdentity {

  /** How a person is named on pages and in mails: first and last name, else the login. */
  public static String displayName(User user) {
    String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  /** The user and groups the engine authorizes the current call for. */
  public record CurrentUser(String userId, List<String> groupIds) {
  }

  private EngineIdentity() {
  }

  public static Optional<CurrentUser> current(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds());
    return Optional.of(new CurrentUser(authentication.getUserId(), groups));
  }

  /**
   * Whether {@code userId}'s password is {@code password}, without counting a failed login
   * attempt against the user (as {@code IdentityService.checkPassword} does): for finding
   * well-known passwords, not for logging in.
   */
  public static boolean hasPassword(ProcessEngine engine, String userId, String password) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
      return user != null && user.getPassword() != null && configuration.getPasswordManager()
          .check(EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
    });
  }

  /**
   * {@code query} without authorization checks when called inside an engine command (a listener
   * acting for a user who may not read what it needs); outside a command it runs as it is.
   */
  public static <T> T withoutAuthorization(Supplier<T> query) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return query.get();
    }
    return commandContext.runWithoutAuthorization((Callable<T>) query::get);
  }

  /**
   * {@code query} run with no user authenticated on the engine, for a request whose caller our
   * own code has already checked (the engine's authenticated user would otherwise narrow what the
   * query sees to that user's permissions); the caller's authentication is restored after.
   */
  public static <T> T asChecked(IdentityService identityService, Supplier<T> query) {
    org.camunda.bpm.engine.impl.identity.Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
