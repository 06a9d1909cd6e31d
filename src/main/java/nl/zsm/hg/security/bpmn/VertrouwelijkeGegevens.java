package nl.zsm.hg.security.bpmn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.security.engine.Commandocontext;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Need-to-know for the victim's answers and the Individuele Beoordeling (IB). With
 * {@code enforceSpecificVariablePermission} an organisation reads exactly the variables its own task can see: the
 * task's local variables and those of the case. So these never live in the case; the one task that may show one gets it
 * as a task-local input parameter, looked up here:
 * <ul>
 *   <li>{@link #uitAfstemming}: what the victim told SHN in the called process {@code shnVtAfstemming} - the wishes
 *   about the afdoening for the OvJ (Werkwijze, Rol SHN, L340-350), the answers shared with VT only with consent
 *   (Bijlage IV, L1454-1462);</li>
 *   <li>{@link #individueleBeoordeling}: the IB the police recorded at intake, for the OvJ (L325-333); the intake moves
 *   it out of the case ({@link IndividueleBeoordelingApartZetten}).</li>
 * </ul>
 * The look-up runs inside the engine without the user's authorizations; only the administrator may read history
 * variables through the API.
 */
@ProcesBean
@Component("vertrouwelijkeGegevens")
public class VertrouwelijkeGegevens {

  static final String AFSTEMMING = "shnVtAfstemming";
  public static final String INDIVIDUELE_BEOORDELING = "individueleBeoordeling";

  /** What a task of the case may ask for; never the answers SHN keeps without consent. */
  static final Set<String> UIT_AFSTEMMING = Set.of("wensenSlachtoffer", "beschermingsbehoefteVolgensSlachtoffer",
      "gedeeldVeiligheidVolgensSlachtoffer", "gedeeldWensNuSlachtoffer", "gedeeldOplossingVolgensSlachtoffer");

  private final HistoryService historyService;

  public VertrouwelijkeGegevens(@Lazy HistoryService historyService) {
    this.historyService = historyService;
  }

  /** The answer from the latest SHN-VT afstemming of this case, or {@code null} when there is none (yet). */
  public Object uitAfstemming(DelegateExecution execution, String naam) {
    if (!UIT_AFSTEMMING.contains(naam)) {
      throw new IllegalArgumentException("Antwoord '" + naam + "' van het slachtoffer is niet opvraagbaar.");
    }
    String zaak = execution.getProcessInstanceId();
    return zonderAutorisatie(() -> historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(zaak)
        .processDefinitionKey(AFSTEMMING).list().stream()
        .max(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .map(afstemming -> waarde(afstemming.getId(), naam))
        .orElse(null));
  }

  /** The IB of this case as recorded at intake. */
  public Object individueleBeoordeling(DelegateExecution execution) {
    String zaak = execution.getProcessInstanceId();
    return zonderAutorisatie(() -> waarde(zaak, INDIVIDUELE_BEOORDELING));
  }

  /**
   * The value at the process instance's own scope (not a task's local copy), also after it was moved out. History is
   * written when the transaction ends, so the records of this transaction (the intake, or SHN's answers that complete
   * the afstemming and start the OvJ's task at once) are taken from the engine's cache first.
   */
  private Object waarde(String processInstanceId, String naam) {
    List<HistoricVariableInstance> kandidaten = new ArrayList<>(Commandocontext.ongeschrevenHistorischeVariabelen());
    kandidaten.addAll(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId)
        .variableName(naam).includeDeleted().list());
    return kandidaten.stream()
        .filter(v -> naam.equals(v.getName()) && processInstanceId.equals(v.getProcessInstanceId()))
        .filter(v -> processInstanceId.equals(v.getActivityInstanceId()))
        .map(HistoricVariableInstance::getValue).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static Object zonderAutorisatie(java.util.concurrent.Callable<Object> opvraging) {
    return Commandocontext.zonderAutorisatie(opvraging);
  }
}
