package nl.zsm.hg.contract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zsm.hg.contract.domain.CommandoVelden;
import nl.zsm.hg.contract.domain.Contracten;
import nl.zsm.hg.contract.domain.Stapcontract;
import nl.zsm.hg.contract.domain.Uitkomst;
import nl.zsm.hg.contract.domain.Veld;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Enforces the step contracts on what a person or system submits: completing a task (complete,
 * submit-form), starting a process (start, submit-form) and delivering a message (correlate, trigger). Refuses
 * with {@link OngeldigeInvoerException} before the command runs, so nothing changes; removes read-only fields
 * that came back unchanged, so that they write nothing. Other commands pass untouched.
 */
final class StapcontractControle {

  /** The only process a person or system may start; the others are called by it. */
  static final String STARTBAAR_PROCES = "zsmHuiselijkGeweld";

  private final Contracten contracten;

  StapcontractControle(Contracten contracten) {
    this.contracten = contracten;
  }

  /** Whether the command submits something a contract checks (the others pass untouched). */
  static boolean betreft(Command<?> commando) {
    return commando instanceof CompleteTaskCmd || commando instanceof SubmitTaskFormCmd
        || commando instanceof StartProcessInstanceCmd || commando instanceof StartProcessInstanceAtActivitiesCmd
        || commando instanceof SubmitStartFormCmd || commando instanceof CorrelateMessageCmd
        || commando instanceof CorrelateAllMessageCmd || commando instanceof MessageEventReceivedCmd;
  }

  void controleer(Command<?> commando, Zaakopvraag zaak) {
    if (commando instanceof CompleteTaskCmd || commando instanceof SubmitTaskFormCmd) {
      String taakId = CommandoVelden.lees(commando, "taskId");
      Map<String, Object> variabelen = CommandoVelden.lees(commando,
          commando instanceof CompleteTaskCmd ? "variables" : "properties");
      taak(taakId, variabelen, zaak);
    } else if (commando instanceof StartProcessInstanceAtActivitiesCmd) {
      throw new OngeldigeInvoerException("Een zaak start altijd bij het begin: startInstructions zijn niet toegestaan.");
    } else if (commando instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start = CommandoVelden.lees(commando, "instantiationBuilder");
      ProcessInstanceModificationBuilderImpl wijziging = start.getModificationBuilder();
      if (wijziging != null && (!wijziging.getModificationOperations().isEmpty() || wijziging.isSkipCustomListeners()
          || wijziging.isSkipIoMappings())) {
        throw new OngeldigeInvoerException(
            "Een zaak start altijd bij het begin, met alle controles: startInstructions, skipCustomListeners en skipIoMappings zijn niet toegestaan.");
      }
      zaak.controleerMagStarten(start.getProcessDefinitionKey(), start.getProcessDefinitionId());
      String sleutel = start.getProcessDefinitionKey() != null ? start.getProcessDefinitionKey()
          : zaak.procesSleutel(start.getProcessDefinitionId());
      start(sleutel, start.getVariables());
    } else if (commando instanceof SubmitStartFormCmd) {
      String definitie = CommandoVelden.lees(commando, "processDefinitionId");
      zaak.controleerMagStarten(null, definitie);
      start(zaak.procesSleutel(definitie), CommandoVelden.lees(commando, "variables"));
    } else if (commando instanceof CorrelateMessageCmd || commando instanceof CorrelateAllMessageCmd) {
      MessageCorrelationBuilderImpl bericht = CommandoVelden.lees(commando, "builder");
      bericht(bericht.getMessageName(), bericht.getPayloadProcessInstanceVariables(),
          bericht.getPayloadProcessInstanceVariablesLocal(), bericht.getPayloadProcessInstanceVariablesToTriggeredScope());
    } else if (commando instanceof MessageEventReceivedCmd) {
      bericht(CommandoVelden.lees(commando, "messageName"), CommandoVelden.lees(commando, "processVariables"),
          CommandoVelden.lees(commando, "processVariablesLocal"),
          CommandoVelden.lees(commando, "processVariablesToTriggeredScope"));
    }
  }

  private void taak(String taakId, Map<String, Object> variabelen, Zaakopvraag zaak) {
    var taak = zaak.taak(taakId, (proces, sleutel) -> alleenLezen(contracten.vanTaak(proces, sleutel).orElse(null)));
    if (taak.isEmpty()) {
      return; // an unknown task: the command itself answers that
    }
    Stapcontract contract = contracten.vanTaak(taak.get().proces(), taak.get().taak())
        .orElseGet(() -> Stapcontract.leeg(taak.get().proces() + " / " + taak.get().taak(), taak.get().taak()));
    toepassen(contract, variabelen, taak.get().huidig());
  }

  private void start(String proces, Map<String, Object> variabelen) {
    if (!STARTBAAR_PROCES.equals(proces)) {
      throw new OngeldigeInvoerException("Alleen een HG-zaak (" + STARTBAAR_PROCES + ") kan worden gestart; '"
          + proces + "' wordt door de zaak zelf aangeroepen.");
    }
    Stapcontract contract = contracten.vanStart(proces).orElseGet(() -> Stapcontract.leeg(proces, "Start " + proces));
    toepassen(contract, variabelen, Map.of());
  }

  @SafeVarargs
  private void bericht(String naam, Map<String, Object>... payloads) {
    Stapcontract contract = contracten.vanBericht(naam).orElseThrow(() ->
        new OngeldigeInvoerException("Het bericht '" + naam + "' is onbekend; dit product ontvangt alleen: "
            + String.join(", ", contracten.berichten().stream().map(c -> c.stap().replace("bericht ", "")).toList()) + "."));
    Map<String, Object> alles = new java.util.LinkedHashMap<>();
    for (Map<String, Object> payload : payloads) {
      if (payload != null) {
        alles.putAll(payload);
      }
    }
    toepassen(contract, alles, Map.of());
  }

  private static void toepassen(Stapcontract contract, Map<String, Object> variabelen, Map<String, Object> huidig) {
    Uitkomst uitkomst = contract.controleer(Invoerwaarden.van(variabelen), huidig::get);
    if (uitkomst.geweigerd()) {
      throw new OngeldigeInvoerException(uitkomst.meldingen());
    }
    List<String> nietTeVerwijderen = new ArrayList<>();
    for (String naam : uitkomst.ongewijzigdAlleenLezen()) {
      try {
        variabelen.remove(naam);
      } catch (UnsupportedOperationException vast) {
        nietTeVerwijderen.add(naam);
      }
    }
    if (!nietTeVerwijderen.isEmpty()) {
      throw new OngeldigeInvoerException("De velden " + nietTeVerwijderen + " zijn bij de stap '" + contract.naam()
          + "' alleen te lezen; laat ze weg.");
    }
  }

  private static Set<String> alleenLezen(Stapcontract contract) {
    if (contract == null) {
      return Set.of();
    }
    return Set.copyOf(contract.velden().values().stream().filter(Veld::alleenLezen).map(Veld::naam).toList());
  }
}
