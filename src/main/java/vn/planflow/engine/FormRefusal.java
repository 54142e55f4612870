package vn.planflow.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * An exception the engine treats as a failed form validation: its REST API, including the one
 * the Camunda webapps call, answers it with 400 and the message as written.
 */
public class FormRefusal extends FormFieldValidationException {

  protected FormRefusal(String message) {
    super(null, message);
  }
}
