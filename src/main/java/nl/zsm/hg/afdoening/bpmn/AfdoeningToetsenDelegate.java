package nl.zsm.hg.afdoening.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.PLANDATUM;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VEILIGHEIDSMAATREGELEN_VEREIST;

import java.time.LocalDate;
import nl.zsm.hg.afdoening.domain.AfdoeningControle;
import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.tijd.Engineklok;
import nl.zsm.hg.veiligheid.domain.Maatregelkeuze;
import nl.zsm.hg.veiligheid.domain.Veiligheidsstand;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_AfdoeningToetsen}, right after the OvJ's afdoenings- or routeringsbeslissing: refuses an
 * inconsistent decision within the completing transaction ({@link AfdoeningControle}: a plandatum after today, the
 * measures the decision Afdoeningsroute requires, the release rule), so the task stays open and nothing changes. It
 * sets no variables: who informs the victim is decided in the process slachtofferInformeren.
 */
@Component("afdoeningToetsen")
public record AfdoeningToetsenDelegate(AfdoeningControle controle) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Afdoeningsbeslissing beslissing = Afdoeningsbeslissing.van(execution.getVariable(AFDOENINGSBESLISSING));
    LocalDate vandaag = Engineklok.vandaag();
    controle.controleer(beslissing, Formulierwaarden.datum(execution.getVariable(PLANDATUM), "Plandatum"), vandaag,
        Veiligheidsstand.van(execution::getVariable),
        Boolean.TRUE.equals(execution.getVariable(VEILIGHEIDSMAATREGELEN_VEREIST)),
        Maatregelkeuze.lees(execution::getVariable));
  }
}
