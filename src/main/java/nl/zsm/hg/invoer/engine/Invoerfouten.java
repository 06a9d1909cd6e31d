package nl.zsm.hg.invoer.engine;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.invoer.rest.OngeldigeInvoerAlsBadRequest;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Turns a domain rule violation into the engine exception that the REST API answers with
 * 400 Bad Request (task complete, submit-form) and Tasklist shows to the user; the transaction of the
 * command is rolled back, so nothing is half-changed. Where the engine REST API would still answer 500,
 * {@link OngeldigeInvoerAlsBadRequest} makes it 400.
 */
public final class Invoerfouten {

  private Invoerfouten() {}

  public static FormFieldValidationException naarEngine(OngeldigeInvoerException fout) {
    return new FormFieldValidationException(fout.meldingen(), fout.getMessage());
  }
}
