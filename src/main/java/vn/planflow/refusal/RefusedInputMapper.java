package vn.planflow.refusal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Maps the errors of the Camunda REST API that can carry a refusal: an {@link
 * InputRefusedException} anywhere in the cause chain (task listeners wrap it twice, the task
 * resource once more) becomes 400 with its own message; anything else is answered exactly as the
 * stock handlers answer it. Registered ahead of the stock handlers of the same types.
 */
abstract class RefusedInputMapper<E extends Throwable> implements ExceptionMapper<E> {

  @Override
  public Response toResponse(E error) {
    InputRefusedException refused = InputRefusedException.find(error);
    if (refused == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(error);
    }
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(Map.of("type", InputRefusedException.class.getSimpleName(), "message", refused.getMessage()))
        .build();
  }

  @Priority(1)
  static class ForRestException extends RefusedInputMapper<RestException> {
  }

  @Priority(1)
  static class ForProcessEngineException extends RefusedInputMapper<ProcessEngineException> {
  }
}
