package nl.zsm.hg.slachtoffer.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INFORMERENDE_ORGANISATIE;

import nl.zsm.hg.slachtoffer.domain.InformerendeOrganisatieKeuze;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Informerende organisatie bepalen" in slachtofferInformeren. */
@Component("informerendeOrganisatieBepalen")
public record InformerendeOrganisatieBepalenDelegate(InformerendeOrganisatieKeuze keuze) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object afgesproken = execution.getVariable(INFORMERENDE_ORGANISATIE);
    String groep = keuze.bepaal(afgesproken == null ? null : afgesproken.toString());
    execution.setVariable(INFORMERENDE_ORGANISATIE, groep);
  }
}
