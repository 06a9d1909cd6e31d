package nl.zsm.hg.invoer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/**
 * The one mapping of bad input to the engine: what a delegate throws as {@link OngeldigeInvoerException} leaves the
 * delegate interceptor as the engine's validation exception with the Dutch messages; other errors pass unchanged.
 */
class OngeldigeInvoerInEngineTest {

  private final OngeldigeInvoerInEngine.Vertaling vertaling = new OngeldigeInvoerInEngine.Vertaling(DelegateInvocation::proceed);

  private static DelegateInvocation gooit(RuntimeException fout) {
    return new DelegateInvocation(null, null) {
      @Override
      protected void invoke() {
        throw fout;
      }
    };
  }

  @Test
  void ongeldigeInvoerWordtDeValidatiefoutVanDeEngine() {
    assertThatThrownBy(() -> vertaling.handleInvocation(gooit(new OngeldigeInvoerException(
        List.of("Vul het advies in.", "Kies een advies over de afdoening.")))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Vul het advies in. Kies een advies over de afdoening.");
  }

  @Test
  void andereFoutenGaanOngewijzigdDoor() {
    IllegalStateException fout = new IllegalStateException("programmeerfout");
    assertThatThrownBy(() -> vertaling.handleInvocation(gooit(fout))).isSameAs(fout);
  }

  @Test
  void zonderFoutGebeurtWatDeDelegateDoet() throws Exception {
    boolean[] aangeroepen = {false};
    vertaling.handleInvocation(new DelegateInvocation(null, null) {
      @Override
      protected void invoke() {
        aangeroepen[0] = true;
      }
    });
    assertThat(aangeroepen[0]).isTrue();
  }
}
