package nl.zsm.hg.veiligheid.bpmn;

import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.ONVEILIGHEID;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.VEILIGHEIDSBEOORDELING_AFGEROND;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.VEILIGHEIDSVOORWAARDEN;

import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.veiligheid.domain.AfgerondeVeiligheidsbeoordeling;
import nl.zsm.hg.veiligheid.domain.VeiligheidsbeoordelingAfronding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Veiligheidsbeoordeling afronden" in vtVeiligheidsbeoordeling. */
@Component("veiligheidsbeoordelingAfronden")
public record VeiligheidsbeoordelingAfrondenDelegate(
    VeiligheidsbeoordelingAfronding afronding) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    AfgerondeVeiligheidsbeoordeling beoordeling = afronding.afronden(
        Formulierwaarden.tekst(execution.getVariable(ONVEILIGHEID)), Formulierwaarden.tekst(execution.getVariable(VEILIGHEIDSVOORWAARDEN)));
    execution.setVariable(VEILIGHEIDSVOORWAARDEN, beoordeling.veiligheidsvoorwaarden());
    execution.setVariable(VEILIGHEIDSBEOORDELING_AFGEROND, true);
  }

}
