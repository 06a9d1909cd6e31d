package nl.zsm.hg.slachtoffer.bpmn;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import nl.zsm.hg.slachtoffer.domain.MaatregelenVoorSlachtoffer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** The hook for the caller's form: at task creation the measures in force go into maatregelenVoorSlachtoffer. */
class MaatregelenVoorBellerListenerTest {

  @Test
  void zetDeMaatregelenDieNuGeldenOpDeBeltaak() {
    MaatregelenVoorSlachtoffer tekst = mock(MaatregelenVoorSlachtoffer.class);
    when(tekst.tekst(eq("ZSM-2026-000001"), eq("DAGVAARDING"), any())).thenReturn("Contactverbod: ...");
    DelegateTask taak = mock(DelegateTask.class);
    when(taak.getVariable("zaaknummer")).thenReturn("ZSM-2026-000001");
    when(taak.getVariable("afdoeningsbeslissing")).thenReturn("DAGVAARDING");

    new MaatregelenVoorBellerListener(tekst).notify(taak);

    verify(taak).setVariable("maatregelenVoorSlachtoffer", "Contactverbod: ...");
  }

  @Test
  void zonderZaaknummerNiets() {
    MaatregelenVoorSlachtoffer tekst = mock(MaatregelenVoorSlachtoffer.class);
    DelegateTask taak = mock(DelegateTask.class);

    new MaatregelenVoorBellerListener(tekst).notify(taak);

    verify(taak, never()).setVariable(any(String.class), any());
  }
}
