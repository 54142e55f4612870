package vn.planflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models of an earlier release, kept under {@code src/test/resources/models/<release>/} as
 * they were deployed then, so that migration tests can start plans on them. Each model change
 * adds the release it replaces here.
 */
public final class PreviousModels {

  /** The release before deadline listeners were declared once (commit f236778, 2026-11). */
  public static final String RELEASE_2026_11 = "2026-11";
  /**
   * The release before one task per lead agency, keyed rows and recurring duties (commit b405da4,
   * 2026-12), whose {@code resolution-drafting} is also the one before stage 5's dossier and the
   * budget's return (release 2027-01); its files are undecorated, as in {@code processes/}: deploy it with {@link
   * #deploy(ProcessEngine, String, ModelDeployment)}.
   */
  public static final String RELEASE_2026_12 = "2026-12";

  private PreviousModels() {
  }

  /**
   * Deploys {@code release}'s models as that release deployed them, with what its features
   * declared once added by today's decorators (the deadline listeners; a model that carries them
   * already is left as it is), and today's forms; they become the newest versions.
   */
  public static void deploy(ProcessEngine engine, String release, ModelDeployment models) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("planflow-" + release);
    try {
      PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
      for (Resource model : resolver.getResources("classpath:models/" + release + "/*.bpmn")) {
        deployment.addString("processes/" + model.getFilename(),
            org.camunda.bpm.model.bpmn.Bpmn.convertToString(models.decorated(model)));
      }
      for (Resource form : resolver.getResources("classpath*:forms/*.form")) {
        deployment.addInputStream("forms/" + form.getFilename(), form.getInputStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deployment.deploy();
  }

  /** Deploys {@code release}'s models with today's forms; they become the newest versions. */
  public static void deploy(ProcessEngine engine, String release) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("planflow-" + release);
    try {
      PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
      for (Resource model : resolver.getResources("classpath:models/" + release + "/*.bpmn")) {
        deployment.addInputStream("processes/" + model.getFilename(), model.getInputStream());
      }
      for (Resource form : resolver.getResources("classpath*:forms/*.form")) {
        deployment.addInputStream("forms/" + form.getFilename(), form.getInputStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deployment.deploy();
  }

  /** Deploys today's models again as the newest versions, as a restart after an upgrade does. */
  public static void upgrade(ProcessEngine engine, ModelDeployment models) {
    models.deploy(engine, "planflow-upgrade-" + System.nanoTime());
  }
}
