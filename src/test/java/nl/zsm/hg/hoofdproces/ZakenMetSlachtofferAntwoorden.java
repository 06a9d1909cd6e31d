package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Cases for need-to-know tests, each with its own markers in the sensitive data so a response can be searched for
 * them: the Individuele Beoordeling ({@code IB-x}), the victim's wishes for the OvJ ({@code WENS-x}), the answers for
 * VT with or without consent ({@code GEHEIM-x-...}) and a gebiedsverbod address
 * ({@code GEBIED-x}).
 * <ul>
 *   <li>{@code start}: just after intake; the OvJ's first task (with the IB) is open;</li>
 *   <li>{@code bewijs}: the OvJ's bewijs task (with the wishes) is open;</li>
 *   <li>{@code eindMet} / {@code eindZonder}: after a dagvaarding, with / without consent to share with VT: open are the
 *   adviser's kennisnemen, VT's overdracht, SHN's call to the victim and the adviser's toezicht in naZsm.</li>
 * </ul>
 */
final class ZakenMetSlachtofferAntwoorden {

  final ProcessEngine engine;
  final HgZaakStappen stappen;
  final Map<String, ProcessInstance> zaken = new LinkedHashMap<>();

  ZakenMetSlachtofferAntwoorden(ProcessEngine engine) {
    this.engine = engine;
    this.stappen = new HgZaakStappen(engine);
  }

  ZakenMetSlachtofferAntwoorden maak() {
    zaken.put("start", start("start"));
    ProcessInstance bewijs = start("bewijs");
    totBewijs(bewijs, "bewijs", true);
    zaken.put("bewijs", bewijs);
    zaken.put("eindMet", eind("met", true));
    zaken.put("eindZonder", eind("zonder", false));
    return this;
  }

  static List<String> antwoorden(String marker) {
    return List.of("GEHEIM-" + marker + "-veiligheid", "GEHEIM-" + marker + "-wens-nu", "GEHEIM-" + marker + "-oplossing");
  }

  ProcessInstance start(String marker) {
    Map<String, Object> intake = HgZaakStappen.intake(30, false);
    intake.put("individueleBeoordeling", "IB-" + marker);
    return stappen.start(intake);
  }

  private void totBewijs(ProcessInstance zaak, String marker, boolean toestemming) {
    stappen.rondDeelprocesAf(zaak, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("GEEN"));
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    Map<String, Object> heenzenden = new HashMap<>();
    heenzenden.put("vrijheidsbeslissing", "HEENZENDEN");
    heenzenden.put("veiligheidsmaatregelen", HgZaakStappen.maatregelen("GEBIEDSVERBOD"));
    heenzenden.put("maatregelGebied", "GEBIED-" + marker);
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", heenzenden);
    stappen.voltooi(zaak, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    // released with a gebiedsverbod: the victim is told at once (L798-807), before the final decision
    stappen.rondDeelprocesAf(zaak, "slachtofferInformeren", Map.of("slachtofferGeinformeerdOp", new java.util.Date(),
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Gebeld over de vrijlating."));
    ProcessInstance afstemming = afstemming(zaak);
    stappen.voltooiIn(afstemming, "Task_VtNavraag", Map.of("vtHeeftContact", true));
    Map<String, Object> shn = new HashMap<>();
    List<String> geheim = antwoorden(marker);
    shn.put("slachtofferBereiktDoorShn", true);
    shn.put("slachtofferWenstVervolging", true);
    shn.put("wensenSlachtoffer", "WENS-" + marker);
    shn.put("beschermingsbehoefteVolgensSlachtoffer", "BESCHERMING-" + marker);
    shn.put("delenMetVtToegestaan", toestemming);
    shn.put("veiligheidVolgensSlachtoffer", geheim.get(0));
    shn.put("wensNuSlachtoffer", geheim.get(1));
    shn.put("oplossingVolgensSlachtoffer", geheim.get(2));
    stappen.voltooiIn(afstemming, "Task_SlachtofferBenaderen", shn);
    if (toestemming) {
      stappen.voltooiIn(afstemming, "Task_VtShnInformatie", Map.of());
    }
  }

  private ProcessInstance eind(String marker, boolean toestemming) {
    ProcessInstance zaak = start(marker);
    totBewijs(zaak, marker, toestemming);
    stappen.voltooi(zaak, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", true));
    Map<String, Object> dagvaarding = new HashMap<>();
    dagvaarding.put("afdoeningsbeslissing", "DAGVAARDING");
    dagvaarding.put("toelichtingAfdoening", "Dagvaarding in de test.");
    dagvaarding.put("veiligheidsmaatregelen", HgZaakStappen.maatregelen());
    stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", dagvaarding);
    ProcessInstance naZsm = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(zaak.getId())
        .processDefinitionKey("naZsm").singleResult();
    assertThat(naZsm).as("naZsm loopt").isNotNull();
    for (String taak : List.of("Task_ActueleSituatie", "Task_AdviesRechter")) {
      stappen.voltooiIn(naZsm, taak, Map.of("actueleSituatieGezin", "Rustig.", "adviesRechter", "Toezicht."));
    }
    engine.getRuntimeService().createMessageCorrelation("UitspraakRechter").processInstanceBusinessKey(zaak.getBusinessKey())
        .setVariable("uitspraakRechter", "TOEZICHT").correlate();
    stappen.taak(naZsm, "Task_Toezicht");
    return zaak;
  }

  ProcessInstance afstemming(ProcessInstance zaak) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(zaak.getId())
        .processDefinitionKey("shnVtAfstemming").singleResult();
  }

  /** Every process instance (running or ended) of the cases: the main process and its called processes. */
  List<String> procesinstanties() {
    List<String> ids = new ArrayList<>();
    for (ProcessInstance zaak : zaken.values()) {
      engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaak.getBusinessKey())
          .list().stream().map(HistoricProcessInstance::getId).sorted().forEach(ids::add);
    }
    return ids;
  }

  /** Every open task of the cases. */
  List<Task> openTaken() {
    List<Task> taken = new ArrayList<>();
    for (ProcessInstance zaak : zaken.values()) {
      taken.addAll(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaak.getBusinessKey())
          .orderByTaskName().asc().list());
    }
    return taken;
  }

  Task open(String zaak, String taakSleutel) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaken.get(zaak).getBusinessKey())
        .taskDefinitionKey(taakSleutel).singleResult();
  }
}
