package nl.zsm.hg.stalking.bpmn;

import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.veiligheid.bpmn.AcuteOnveiligheidAntwoorden;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The outcome of the SASH in Veilig Thuis's veiligheidsbeoordeling, as the bean {@code sashUitkomst} in
 * vtVeiligheidsbeoordeling. At ex-partnerstalking the SASH shows how acute the unsafety is (Werkwijze stap 2,
 * L422-426) and is a source of VT's assessment (L359-364). The SASH lives in stalkingAanpak, a sibling of the
 * veiligheidsbeoordeling; its outcome is read from the calling HG case, where sashDoorgeven put it.
 * <p>The criterion "stalkingpatroon, slachtoffer erg bang" of the decision AcuteOnveiligheid stays a boolean:
 * a SASH with risk level hoog makes it true (a positive alarm question or the assessor's high concern); otherwise VT's
 * own answer counts (ja true, nee false, onbekend null, which the decision treats as acute).
 */
@ProcesBean
@Component(SashUitkomst.BEAN)
public record SashUitkomst(AcuteOnveiligheidAntwoorden antwoorden) {

  public static final String BEAN = "sashUitkomst";
  static final String HOOG = "hoog";

  /** The SASH risk level of the case (laag, gemiddeld, hoog), or null while it is not known. */
  public String risiconiveau(DelegateExecution execution) {
    Object niveau = execution.getVariable(SashDoorgevenListener.RISICONIVEAU);
    if (niveau == null) {
      DelegateExecution zaak = execution.getProcessInstance().getSuperExecution();
      niveau = zaak == null ? null : zaak.getVariable(SashDoorgevenListener.RISICONIVEAU);
    }
    return niveau == null || niveau.toString().isBlank() ? null : niveau.toString();
  }

  /** Input of the decision: true at SASH hoog, else VT's answer as true, false or null (onbekend). */
  public Boolean stalkingSlachtofferZeerBang(DelegateExecution execution, Object antwoordVt) {
    if (HOOG.equals(risiconiveau(execution))) {
      return Boolean.TRUE;
    }
    return antwoorden.alsJaNee(antwoordVt);
  }
}
