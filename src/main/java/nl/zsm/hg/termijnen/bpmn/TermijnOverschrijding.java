package nl.zsm.hg.termijnen.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INCIDENT_TERMIJN_OVERSCHREDEN;

import java.util.Date;
import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.termijnen.domain.Waarschuwingen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A deadline passed without a decision: {@code ${termijnOverschrijding.meld(execution, 'ophouden voor
 * onderzoek (art. 56a Sv)', ophoudenUiterlijk)}} raises an incident of type {@code termijnOverschreden}
 * on the case, which Cockpit shows, with a Dutch message. The configuration of the incident is the
 * deadline's name, so the supervisor's task closes exactly this one
 * ({@link TermijnOverschrijdingAfsluitenListener}).
 */
@ProcesBean
@Component("termijnOverschrijding")
public class TermijnOverschrijding {

  public void meld(DelegateExecution execution, String termijn, Date uiterlijk) {
    String melding = "Termijn overschreden: " + termijn + " verliep om " + Waarschuwingen.tijdstip(uiterlijk.toInstant())
        + " zonder beslissing (zaak " + execution.getProcessBusinessKey() + "). Neem direct contact op met de behandelaar.";
    execution.createIncident(INCIDENT_TERMIJN_OVERSCHREDEN, termijn, melding);
  }
}
