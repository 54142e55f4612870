package vn.planflow.refusal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.planflow.engine.Conflicts;

/**
 * Maps the errors of the Camunda REST API that can carry a refusal: an {@link
 * InputRefusedException} anywhere in the cause chain (task listeners wrap it twice, the task
 * resource once more) becomes 400 with its own message; a concurrent change that got past the
 * engine's retries becomes 409 with a Vietnamese message, never 500; anything else is answered exactly as the
 * stock handlers answer it. Registered ahead of the stock handlers of the same types.
 */
abstract class RefusedInputMapper<E extends Throwable> implements ExceptionMapper<E> {

  private static final Logger LOG = LoggerFactory.getLogger(RefusedInputMapper.class);

  static final String CONFLICT = "Kế hoạch vừa được cập nhật đồng thời bởi đơn vị khác; chưa có gì thay đổi. "
      + "Vui lòng gửi lại sau giây lát.";

  @Override
  public Response toResponse(E error) {
    InputRefusedException refused = InputRefusedException.find(error);
    if (refused == null && Conflicts.isConflict(error)) {
      LOG.warn("A request met a concurrent change and was refused with 409", error);
      return Response.status(Response.Status.CONFLICT)
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(Map.of("type", OptimisticLockingException.class.getSimpleName(), "message", CONFLICT))
          .build();
    }
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
