package vn.planflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps an agency's Tasklist as fast with a million open tasks as with a thousand (issue 13,
 * README "Tasklist at scale"). Every task a group may work on has its own authorization row, so
 * {@code ACT_RU_AUTHORIZATION} grows with every open task of every province. Two of the engine's
 * statements then read the whole table on every request:
 * <ul>
 *   <li>before each authorized query, the engine lists every group that holds any authorization
 *       ({@code SELECT distinct GROUP_ID_ FROM ACT_RU_AUTHORIZATION}), to drop the user's groups
 *       that hold none. {@link ScaledAuthorizationManager} asks the same question about the user's
 *       own groups only, one index probe each;</li>
 *   <li>the authorization join of every query picks the user's rows by {@code USER_ID_ in (user,
 *       '*') or GROUP_ID_ in (groups)}; the engine indexes {@code GROUP_ID_} but not
 *       {@code USER_ID_} (only as the second column of its unique key), so PostgreSQL read the
 *       table. The index {@code PF_IDX_AUTH_USER} is created after the engine's own schema.</li>
 * </ul>
 * Both go through the engine's extension points: a custom session factory for
 * {@link AuthorizationManager}, and an index of our own beside the engine's (Camunda's schema
 * updates leave extra indexes alone).
 */
@Component
class AuthorizationAtScalePlugin extends AbstractProcessEnginePlugin {

  static final String USER_INDEX = "PF_IDX_AUTH_USER";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories();
    if (factories == null) {
      factories = new ArrayList<>();
      configuration.setCustomSessionFactories(factories);
    }
    String table = authorizations(configuration);
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new ScaledAuthorizationManager(table);
      }
    });
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DataSource dataSource = configuration.getDataSource();
    String table = authorizations(configuration);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create index if not exists " + USER_INDEX + " on " + table + "(USER_ID_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not create the index " + USER_INDEX + " on " + table, e);
    }
  }

  private static String authorizations(ProcessEngineConfigurationImpl configuration) {
    return configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
  }

  /**
   * The engine's authorization manager, but deciding which of the user's groups hold an
   * authorization by looking those groups up instead of listing every group of the table.
   */
  static class ScaledAuthorizationManager extends AuthorizationManager {

    private final String table;
    private final Map<String, Boolean> holdsAuthorizations = new HashMap<>();

    ScaledAuthorizationManager(String table) {
      this.table = table;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return List.of();
      }
      List<String> held = new ArrayList<>();
      for (String group : authenticatedGroupIds) {
        if (group != null && !held.contains(group)
            && holdsAuthorizations.computeIfAbsent(group, this::holdsAuthorizations)) {
          held.add(group);
        }
      }
      return held;
    }

    private boolean holdsAuthorizations(String group) {
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
      try (PreparedStatement statement = connection.prepareStatement(
          "select 1 from " + table + " where GROUP_ID_ = ? fetch first 1 rows only")) {
        statement.setString(1, group);
        try (ResultSet result = statement.executeQuery()) {
          return result.next();
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not read the authorizations of group " + group, e);
      }
    }
  }
}
