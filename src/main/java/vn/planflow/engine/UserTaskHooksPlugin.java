package vn.planflow.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
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

  /** A delegate expression that only names a bean: {@code ${reminderTimeoutListener}}. */
  private static final Pattern BEAN_NAME = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

  private final List<UserTaskHook> hooks;
  private final boolean exclusiveTimeouts;
  private final BeanFactory beans;

  /**
   * @param exclusiveTimeouts whether timeout-listener timers (the reminders and escalations) are
   *     exclusive jobs, as Camunda makes every job by default; they are not by default: one such job
   *     only reads its task and queues a mail, and as exclusive jobs the reminders of one plan's 150
   *     agencies, due at one moment, ran one after another (README, "Speed")
   */
  UserTaskHooksPlugin(List<UserTaskHook> hooks,
      @Value("${planflow.jobs.exclusive-deadline-timers:false}") boolean exclusiveTimeouts, BeanFactory beans) {
    this.hooks = List.copyOf(hooks);
    this.exclusiveTimeouts = exclusiveTimeouts;
    this.beans = beans;
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
          timeoutListenersAsBeans(activity, userTask.getTaskDefinition());
        }
        timeoutsExclusive(activity, exclusiveTimeouts);
        keepTimeoutDeclarationsOnMigration(activity);
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

  /**
   * A timeout listener declared as {@code ${beanName}} (the reminder and the escalation) calls that
   * Spring bean directly. Through the expression, Camunda first asks the task whether it has a
   * variable of that name, which loads every variable of the task, its executions and its process
   * instance before it falls back to the bean: a third of a reminder job's CPU in the storm of
   * issue 13 (README, "Speed"). It also means a variable that happens to carry the bean's name can
   * no longer stand in for the listener.
   */
  private void timeoutListenersAsBeans(ActivityImpl activity, TaskDefinition definition) {
    Map<String, Map<String, TimerDeclarationImpl>> declarations =
        activity.getProperties().get(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS);
    if (declarations == null) {
      return;
    }
    declarations.values().stream().flatMap(byListener -> byListener.keySet().stream()).distinct().forEach(id -> {
      if (definition.getTimeoutTaskListener(id) instanceof DelegateExpressionTaskListener delegate
          && delegate.getFieldDeclarations().isEmpty()) {
        Matcher bean = BEAN_NAME.matcher(delegate.getExpressionText());
        if (bean.matches() && beans.containsBean(bean.group(1)) && beans.isTypeMatch(bean.group(1), TaskListener.class)) {
          definition.addTimeoutTaskListener(id, new BeanTaskListener(beans, bean.group(1)));
        }
      }
    });
  }

  /** A task listener that is the Spring bean of that name, looked up when it runs. */
  record BeanTaskListener(BeanFactory beans, String name) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
      beans.getBean(name, TaskListener.class).notify(task);
    }
  }

  /**
   * Camunda 7.24's migration ({@code ActivityInstanceJobHandler}) matches a task's timeout-listener
   * jobs to the target's declarations by removing each matched one from a shallow copy, that is,
   * from the parsed target definition itself: the second task of the same activity (a
   * multi-instance survey) then loses its reminder and escalation, and so does every task later
   * created from the cached definition. Declarations that removal cannot delete keep the definition
   * whole; a declaration the source also had is then recognised as "already there" and not created
   * twice.
   */
  private static void timeoutsExclusive(ActivityImpl activity, boolean exclusive) {
    Map<String, Map<String, TimerDeclarationImpl>> declarations =
        activity.getProperties().get(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS);
    if (declarations != null) {
      declarations.values().forEach(byListener -> byListener.values()
          .forEach(declaration -> declaration.setExclusive(exclusive)));
    }
  }

  private static void keepTimeoutDeclarationsOnMigration(ActivityImpl activity) {
    Map<String, Map<String, TimerDeclarationImpl>> declarations =
        activity.getProperties().get(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS);
    if (declarations != null) {
      declarations.replaceAll((activityId, byListener) -> new KeptOnRemoval<>(byListener));
    }
  }

  /** A map whose {@code remove} only reads. */
  static final class KeptOnRemoval<K, V> extends HashMap<K, V> {

    KeptOnRemoval(Map<K, V> entries) {
      super(entries);
    }

    @Override
    public V remove(Object key) {
      return get(key);
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
