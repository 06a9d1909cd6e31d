package nl.zsm.hg.afdoening;

import nl.zsm.hg.invoer.Formulierwaarden;
import nl.zsm.hg.termijnen.Amsterdam;
import static nl.zsm.hg.ZaakVariabelen.*;

import java.time.LocalDate;
import nl.zsm.hg.invoer.Invoerfouten;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import nl.zsm.hg.veiligheid.Maatregelkeuze;
import nl.zsm.hg.veiligheid.Veiligheidsstand;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_AfdoeningToetsen}, right after the OvJ's afdoenings- or routeringsbeslissing: refuses an
 * inconsistent decision within the completing transaction ({@link AfdoeningControle}: a plandatum after today, the
 * measures the decision Afdoeningsroute requires, the release rule), so the task stays open and nothing changes. It
 * sets no variables: who informs the victim is decided in the process slachtofferInformeren.
 */
@Component("afdoeningToetsen")
public class AfdoeningToetsenDelegate implements JavaDelegate {

  private final AfdoeningControle controle;

  public AfdoeningToetsenDelegate(AfdoeningControle controle) {
    this.controle = controle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      Afdoeningsbeslissing beslissing = Afdoeningsbeslissing.van(execution.getVariable(AFDOENINGSBESLISSING));
      LocalDate vandaag = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Amsterdam.ZONE);
      controle.controleer(beslissing, Formulierwaarden.datum(execution.getVariable(PLANDATUM), "Plandatum"), vandaag,
          Veiligheidsstand.van(execution),
          Boolean.TRUE.equals(execution.getVariable(VEILIGHEIDSMAATREGELEN_VEREIST)),
          Maatregelkeuze.lees(execution));
    } catch (OngeldigeInvoerException fout) {
      throw Invoerfouten.naarEngine(fout);
    }
  }
}
