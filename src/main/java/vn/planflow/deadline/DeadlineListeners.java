package vn.planflow.deadline;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import vn.planflow.engine.ModelDecorator;

/**
 * Declares the reminder and the escalation once for every user task: a process whose extension
 * property {@code deadlines} is {@value #EVERY_USER_TASK} (visible in Camunda Modeler's properties
 * panel, and said on its diagram) gets, on each user task with a due date, the two timeout
 * listeners {@code Listener_<Task>Reminder} ({@code ${deadlines.reminderAt(execution, due)}},
 * {@link ReminderTimeoutListener}) and {@code Listener_<Task>Escalation} ({@code
 * ${deadlines.overdueCycle(execution, due)}}, {@link EscalationTimeoutListener}), where {@code due}
 * is the task's due-date expression. The deployed model carries them as if written by hand, with
 * the ids earlier versions wrote by hand, so running plans migrate onto it.
 */
@Component
class DeadlineListeners implements ModelDecorator {

  static final String PROPERTY = "deadlines";
  static final String EVERY_USER_TASK = "reminder and escalation on every user task";

  @Override
  public void decorate(BpmnModelInstance model) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String due = task.getCamundaDueDate();
      if (due != null && due.startsWith("${") && due.endsWith("}") && declared(processOf(task))
          && !hasListener(task, listenerId(task, "Reminder"))) {
        String dueExpression = due.substring(2, due.length() - 1).trim();
        add(model, task, "Reminder", "${reminderTimeoutListener}",
            "${deadlines.reminderAt(execution, " + dueExpression + ")}", false);
        add(model, task, "Escalation", "${escalationTimeoutListener}",
            "${deadlines.overdueCycle(execution, " + dueExpression + ")}", true);
      }
    }
  }

  private static void add(BpmnModelInstance model, UserTask task, String kind, String listener, String timer,
      boolean cycle) {
    ExtensionElements extensions = task.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      task.setExtensionElements(extensions);
    }
    CamundaTaskListener timeout = extensions.addExtensionElement(CamundaTaskListener.class);
    timeout.setCamundaDelegateExpression(listener);
    timeout.setCamundaEvent("timeout");
    timeout.setAttributeValue("id", listenerId(task, kind));
    TimerEventDefinition definition = model.newInstance(TimerEventDefinition.class);
    definition.setId("TimerEventDefinition_" + pascal(task.getId()) + kind);
    if (cycle) {
      // stable ids: a model deployed again unchanged is the same bytes, so no new version
      TimeCycle timeCycle = model.newInstance(TimeCycle.class, "TimeCycle_" + pascal(task.getId()) + kind);
      timeCycle.setTextContent(timer);
      definition.setTimeCycle(timeCycle);
    } else {
      TimeDate timeDate = model.newInstance(TimeDate.class, "TimeDate_" + pascal(task.getId()) + kind);
      timeDate.setTextContent(timer);
      definition.setTimeDate(timeDate);
    }
    timeout.getTimeouts().add(definition);
  }

  static String listenerId(UserTask task, String kind) {
    return "Listener_" + pascal(task.getId()) + kind;
  }

  private static String pascal(String id) {
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  private static boolean hasListener(UserTask task, String id) {
    return task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
        .filterByType(CamundaTaskListener.class).list().stream()
        .anyMatch(listener -> id.equals(listener.getAttributeValue("id")));
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance current = element;
    while (current != null && !(current instanceof Process)) {
      current = current.getParentElement();
    }
    return (Process) current;
  }

  private static boolean declared(Process process) {
    return process != null && process.getExtensionElements() != null
        && process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .anyMatch(property -> PROPERTY.equals(property.getCamundaName())
            && EVERY_USER_TASK.equals(property.getCamundaValue()));
  }
}
