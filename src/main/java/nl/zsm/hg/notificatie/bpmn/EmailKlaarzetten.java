package nl.zsm.hg.notificatie.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ZAAKNUMMER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * Puts an e-mail of a case ready for sending: starts the process {@value #PROCES} (business key = zaaknummer)
 * with a copy of the variables the e-mail needs, in the same transaction as the step of the case. The sending job
 * belongs to that new instance, so it never updates an execution of the case: a user completing the next task of
 * the case cannot collide with it (issue 15, docs/prestaties.md).
 */
@Service
public record EmailKlaarzetten(RuntimeService runtimeService) {

  public static final String PROCES = "zsmEmailVersturen";
  public static final String SOORT = "emailSoort";

  public void klaarzetten(DelegateExecution zaak, String soort, List<String> variabelen) {
    Map<String, Object> kopie = new HashMap<>();
    kopie.put(SOORT, soort);
    kopie.put(ZAAKNUMMER, zaak.getVariable(ZAAKNUMMER));
    for (String naam : variabelen) {
      kopie.put(naam, zaak.getVariable(naam));
    }
    runtimeService.startProcessInstanceByKey(PROCES, String.valueOf(zaak.getVariable(ZAAKNUMMER)), kopie);
  }
}
