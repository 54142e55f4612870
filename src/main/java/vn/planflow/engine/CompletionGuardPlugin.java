package vn.planflow.engine;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Puts every {@link CompletionGuard} in front of the engine's two ways of completing a task
 * ({@code complete} and {@code submit-form}), outside their transaction: a refused completion
 * changes nothing. The commands keep the task id and the variables in protected fields, read
 * here, in the one place that knows the engine's internals.
 */
@Component
class CompletionGuardPlugin extends AbstractProcessEnginePlugin {

  private static final Field COMPLETE_TASK = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

  private final List<CompletionGuard> guards;
  private ProcessEngine engine;

  CompletionGuardPlugin(List<CompletionGuard> guards) {
    this.guards = List.copyOf(guards);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Interceptors.prepend(configuration, new Guarding());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    this.engine = processEngine;
  }

  class Guarding extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      boolean complete = command instanceof CompleteTaskCmd;
      boolean submit = command instanceof SubmitTaskFormCmd;
      if (!complete && !submit) {
        return next.execute(command);
      }
      String taskId = completedTaskId(command);
      Object variables = read(complete ? COMPLETE_VARIABLES : SUBMIT_VARIABLES, command);
      if (engine != null && !guards.isEmpty()) {
        check(taskId, variables);
        if (submit) {
          checkFormSubmission(taskId);
        }
      }
      Completions.Completion outer = Completions.enter(new Completions.Completion(names(variables), submit));
      try {
        return next.execute(command);
      } finally {
        Completions.leave(outer);
      }
    }

    private Set<String> names(Object variables) {
      return variables instanceof Map<?, ?> map ? Set.copyOf(map.keySet().stream().map(String::valueOf).toList())
          : Set.of();
    }

    private void checkFormSubmission(String taskId) {
      Task task = taskId != null ? find(taskId) : null;
      if (task != null) {
        guards.forEach(guard -> guard.checkFormSubmission(task));
      }
    }

    private Task find(String taskId) {
      return engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    }

    private void check(String taskId, Object variables) {
      if (taskId == null || !(variables instanceof Map<?, ?> map) || map.isEmpty()) {
        return;
      }
      Task task = find(taskId);
      if (task == null) {
        return; // the engine itself answers a task that is gone or not the caller's
      }
      Set<String> names = Set.copyOf(map.keySet().stream().map(String::valueOf).toList());
      guards.forEach(guard -> guard.check(task, names));
    }
  }

  /** The id of the task {@code command} completes, or null when it completes none. */
  static String completedTaskId(Command<?> command) {
    Object taskId = command instanceof CompleteTaskCmd ? read(COMPLETE_TASK, command)
        : command instanceof SubmitTaskFormCmd ? read(SUBMIT_TASK, command) : null;
    return taskId instanceof String id ? id : null;
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(type.getName() + " has no field " + name + ": engine upgrade?", e);
    }
  }

  private static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
