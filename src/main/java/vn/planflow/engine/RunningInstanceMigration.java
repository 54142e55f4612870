package vn.planflow.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans run for months: after a model changes, the instances running on its older versions move
 * to the newest with the engine's migration API, activity by activity of the same id (tasks,
 * timers and their jobs, multi-instance bodies and the timeout listeners' jobs stay as they are).
 * A version the engine cannot map is left running as it is and logged, for an administrator to
 * migrate in Cockpit.
 */
public class RunningInstanceMigration {

  private static final Logger LOG = LoggerFactory.getLogger(RunningInstanceMigration.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;

  public RunningInstanceMigration(ProcessEngine engine) {
    this.repositoryService = engine.getRepositoryService();
    this.runtimeService = engine.getRuntimeService();
  }

  /** Migrates every process's running instances to its newest version; returns how many moved. */
  public long migrateAll() {
    long moved = 0;
    for (ProcessDefinition latest : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      moved += migrateToLatest(latest);
    }
    return moved;
  }

  private long migrateToLatest(ProcessDefinition latest) {
    long moved = 0;
    List<ProcessDefinition> older = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(latest.getKey()).list().stream()
        .filter(definition -> definition.getVersion() < latest.getVersion()).toList();
    for (ProcessDefinition source : older) {
      long running = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
      if (running == 0) {
        continue;
      }
      try {
        MigrationPlan plan = runtimeService.createMigrationPlan(source.getId(), latest.getId())
            .mapEqualActivities().build();
        runtimeService.newMigration(plan)
            .processInstanceQuery(runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()))
            .skipCustomListeners().execute();
        moved += running;
        LOG.info("Migrated {} running instances of {} v{} to v{}", running, source.getKey(), source.getVersion(),
            latest.getVersion());
      } catch (ProcessEngineException e) {
        LOG.warn("{} running instances of {} v{} stay on that version: {}", running, source.getKey(),
            source.getVersion(), e.getMessage());
      }
    }
    return moved;
  }
}
