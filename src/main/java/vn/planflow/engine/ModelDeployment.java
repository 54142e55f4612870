package vn.planflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} (BPMN and DMN, each BPMN model passed through every {@link
 * ModelDecorator}) with {@code forms/} in one deployment when the engine is built, before the job
 * executor starts; unchanged models deploy nothing. Then moves the instances still running on an
 * older version to the newest ({@link RunningInstanceMigration}). Replaces the starter's
 * auto-deployment ({@code camunda.bpm.auto-deployment-enabled: false}).
 */
@Component
public class ModelDeployment extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);
  static final String NAME = "planflow";
  private static final String[] MODELS = {"classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn"};
  private static final String FORMS = "classpath*:forms/**/*.form";

  private final List<ModelDecorator> decorators;
  private final ResourcePatternResolver resources;

  ModelDeployment(List<ModelDecorator> decorators, ResourceLoader resources) {
    this.decorators = List.copyOf(decorators);
    this.resources = ResourcePatternUtils.getResourcePatternResolver(resources);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    deploy(engine, NAME);
    new RunningInstanceMigration(engine).migrateAll();
  }

  /** Deploys the models and forms under {@code name}: the last such deployment when nothing changed. */
  public DeploymentWithDefinitions deploy(ProcessEngine engine, String name) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(name).source(NAME)
        .enableDuplicateFiltering(false);
    for (Resource resource : find(MODELS)) {
      String file = "processes/" + resource.getFilename();
      if (file.endsWith(".bpmn")) {
        deployment.addString(file, Bpmn.convertToString(decorated(resource)));
      } else {
        deployment.addInputStream(file, open(resource));
      }
    }
    for (Resource resource : find(FORMS)) {
      deployment.addInputStream("forms/" + resource.getFilename(), open(resource));
    }
    DeploymentWithDefinitions deployed = deployment.deployWithResult();
    LOG.info("Models deployed as {} ({} definitions)", deployed.getId(),
        deployed.getDeployedProcessDefinitions() == null ? 0 : deployed.getDeployedProcessDefinitions().size());
    return deployed;
  }

  /** The model in {@code resource} with every decorator applied. */
  public BpmnModelInstance decorated(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      decorators.forEach(decorator -> decorator.decorate(model));
      Bpmn.validateModel(model);
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Resource> find(String... patterns) {
    return Arrays.stream(patterns).flatMap(pattern -> {
      try {
        return Arrays.stream(resources.getResources(pattern));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).sorted(Comparator.comparing(Resource::getFilename)).toList();
  }

  private static InputStream open(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
