package vn.planflow.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Applies every {@link UserTaskHook} to every user task of every deployed process (older
 * versions included) when the engine parses it: the candidate groups the model's expressions give
 * pass through {@link UserTaskHook#candidateGroup}, so the task is created with the right groups
 * and their grants from the start, and the hooks' create listeners run first. Picked up by the
 * Camunda Spring Boot starter as a plugin bean.
 */
@Component
class UserTaskHooksPlugin extends AbstractProcessEnginePlugin {

  private final List<UserTaskHook> hooks;

  UserTaskHooksPlugin(List<UserTaskHook> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          apply(userTask.getTaskDefinition());
        }
      }
    });
  }

  private void apply(TaskDefinition definition) {
    Set<Expression> groups = definition.getCandidateGroupIdExpressions();
    List<Expression> declared = List.copyOf(groups);
    groups.clear();
    declared.forEach(expression -> groups.add(new RoutedGroups(expression, hooks)));
    for (UserTaskHook hook : hooks) {
      TaskListener listener = hook.onCreate();
      if (listener != null) {
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      }
    }
  }

  /** A candidate-group expression whose groups each hook may replace. */
  record RoutedGroups(Expression declared, List<UserTaskHook> hooks) implements Expression {

    @Override
    public Object getValue(VariableScope variableScope) {
      return route(declared.getValue(variableScope));
    }

    @Override
    public void setValue(Object value, VariableScope variableScope) {
      declared.setValue(value, variableScope);
    }

    @Override
    public String getExpressionText() {
      return declared.getExpressionText();
    }

    @Override
    public boolean isLiteralText() {
      return declared.isLiteralText();
    }

    private Object route(Object value) {
      if (value instanceof String text) {
        List<String> ids = new ArrayList<>();
        for (String id : text.split(",")) {
          ids.add(route(id.trim()));
        }
        return String.join(",", ids.stream().distinct().toList());
      }
      if (value instanceof Collection<?> ids) {
        return ids.stream().map(id -> id instanceof String text ? route(text) : id).distinct().toList();
      }
      return value;
    }

    private String route(String id) {
      String routed = id;
      for (UserTaskHook hook : hooks) {
        routed = hook.candidateGroup(routed);
      }
      return routed;
    }
  }
}
