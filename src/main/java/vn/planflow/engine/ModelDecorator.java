package vn.planflow.engine;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Adds to a model, before it is deployed, what a feature declares once for many elements (the
 * deadline listeners of every user task, say). The deployed model then carries it explicitly, so
 * Cockpit, the REST API and a migration see exactly what runs. Beans of this type are applied by
 * {@link ModelDeployment}.
 */
public interface ModelDecorator {

  void decorate(BpmnModelInstance model);
}
