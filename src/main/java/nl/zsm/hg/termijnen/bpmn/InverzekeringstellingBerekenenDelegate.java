package nl.zsm.hg.termijnen.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INVERZEKERINGSTELLING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INVERZEKERINGSTELLING_UITLEG;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INVERZEKERINGSTELLING_VERLENGD;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INVERZEKERINGSTELLING_VERLENGING_BEREKEND;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TIJDSTIP_INVERZEKERINGSTELLING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VOORGELEIDING_UITERLIJK;

import java.util.Date;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.termijnen.domain.Termijn;
import nl.zsm.hg.termijnen.domain.ZaakTermijnen;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * When the OvJ orders or extends inverzekeringstelling: stores when it started (the recorded order, or
 * now) and when it ends ({@code inverzekeringstellingUiterlijk}, 3 days or 6 when extended, but not
 * after the latest voorgeleiding; with the uitleg), and whether that end includes the extension
 * ({@code inverzekeringstellingVerlengingBerekend}, so an extension is processed once).
 */
@Component("inverzekeringstellingBerekenen")
public record InverzekeringstellingBerekenenDelegate(ZaakTermijnen termijnen) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Date nu = Engineklok.nuAlsDatum();
    Object aanvang = execution.getVariable(TIJDSTIP_INVERZEKERINGSTELLING);
    Object verlengd = execution.getVariable(INVERZEKERINGSTELLING_VERLENGD);
    Termijn einde = OngeldigeInvoerException.metVoorvoegsel("Termijn inverzekeringstelling niet te berekenen: ",
        () -> termijnen.inverzekeringstelling(aanvang, verlengd, execution.getVariable(VOORGELEIDING_UITERLIJK),
            nu.toInstant()));
    if (aanvang == null) {
      execution.setVariable(TIJDSTIP_INVERZEKERINGSTELLING, nu);
    }
    execution.setVariable(INVERZEKERINGSTELLING_UITERLIJK, einde.alsDate());
    execution.setVariable(INVERZEKERINGSTELLING_UITLEG, TermijnenVastleggenListener.uitleg(einde));
    execution.setVariable(INVERZEKERINGSTELLING_VERLENGING_BEREKEND, Boolean.TRUE.equals(verlengd));
  }
}
