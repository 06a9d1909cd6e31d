package nl.zsm.hg.veiligheid;

import static nl.zsm.hg.ZaakVariabelen.*;

import nl.zsm.hg.invoer.Invoerfouten;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task right after the OvJ's decision on vasthouden/heenzenden: refuses a release that breaks
 * the rule (see {@link Vrijlatingstoets}). It runs in the transaction that completes the task, so a
 * refusal rolls the completion back and the task stays open.
 */
@Component("heenzendenToetsen")
public class HeenzendenToetsenDelegate implements JavaDelegate {

  private final Vrijlatingstoets toets;

  public HeenzendenToetsenDelegate(Vrijlatingstoets toets) {
    this.toets = toets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      Vrijheidsbeslissing beslissing = Vrijheidsbeslissing.van(execution.getVariable(VRIJHEIDSBESLISSING));
      boolean vast = Boolean.TRUE.equals(execution.getVariable(VAST));
      beslissing.controleerPastBij(vast);
      toets.toets(
          vast,
          Boolean.TRUE.equals(execution.getVariable(VEILIGHEIDSBEOORDELING_AFGEROND)),
          Boolean.TRUE.equals(execution.getVariable(ACUUT_ONVEILIG)),
          beslissing.vrijlating(),
          VeiligheidsmaatregelenLezer.lees(Maatregelvariabele.waarde(execution)));
    } catch (OngeldigeInvoerException fout) {
      throw Invoerfouten.naarEngine(fout);
    }
  }
}
