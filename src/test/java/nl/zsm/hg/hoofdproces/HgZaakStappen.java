package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The steps of an HG case as the organisations take them, for tests: start the intake, complete a
 * task as the right organisation (asserting its candidate group), finish a called process.
 */
public final class HgZaakStappen {

  static final String PROCES = "zsmHuiselijkGeweld";

  private final ProcessEngine engine;
  /** Every candidate group of every task met in this case, main and called processes. */
  final Set<String> kandidaatgroepen = new LinkedHashSet<>();

  HgZaakStappen(ProcessEngine engine) {
    this.engine = engine;
  }

  public static Map<String, Object> intake(int leeftijd, boolean vast) {
    Map<String, Object> v = new HashMap<>();
    v.put("vast", vast);
    v.put("heterdaad", vast);
    if (vast) {
      v.put("tijdstipAanhouding", OffsetDateTime.now().minusHours(2).withNano(0).toString());
    } else {
      v.put("datumVtMelding", java.time.LocalDate.now().minusDays(1).toString());
    }
    v.put("leeftijdVerdachte", leeftijd);
    v.put("labelHuiselijkGeweld", true);
    v.put("labelExPartnerstalking", false);
    v.put("kinderenInGezin", true);
    v.put("vtMeldingGedaan", true);
    v.put("slachtofferNaam", "A. de Vries");
    v.put("slachtofferTelefoon", "06 12345678");
    v.put("slachtofferEmail", "a.devries@example.org");
    v.put("slachtofferToestemmingContact", true);
    v.put("individueleBeoordeling", "Slachtoffer woont met twee kinderen samen met verdachte; angstig.");
    v.put("beschermingsbehoefteSlachtoffer", true);
    v.put("regio", "rotterdam");
    return v;
  }

  /** A checklist value as Camunda Forms in Tasklist submits it: a variable of type Json. */
  static TypedValue maatregelen(String... namen) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < namen.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(namen[i]).append('"');
    }
    return SpinValues.jsonValue(json.append(']').toString()).create();
  }

  /** What VT's veiligheidsbeoordeling returns (contract), with the Bijlage II facts that lead to it. */
  static Map<String, Object> veiligheidsbeoordeling(String onveiligheid) {
    boolean acuut = onveiligheid.startsWith("ACUUT");
    boolean structureel = onveiligheid.contains("STRUCTUREEL");
    Map<String, Object> v = new HashMap<>();
    for (String criterium : List.of("achtJaarsFeit", "vuurwapen", "geweldTijdensZwangerschap", "seksueelMisbruik",
        "onthoudenZorgAcuut", "intiemTerreurOfGeweld", "dreigingMetGeweldOfDoden", "stalkingSlachtofferZeerBang",
        "schendingVeiligheidsvoorwaarden", "psychischGeweld", "seksueelGeweld", "verwaarlozing", "bijzondereVormen")) {
      v.put(criterium, false);
    }
    v.put("letselOfVerwurging", acuut);
    v.put("verdachteHeeftToegang", acuut);
    v.put("zichtDoorDerden", !acuut);
    v.put("dagenSindsRelatieVerbroken", null);
    v.put("aantalEerdereIncidenten", structureel ? 3 : 0);
    v.put("voortdurendeOnveiligeSituatie", structureel);
    v.put("fysiekGeweld", structureel);
    v.put("onveiligheid", onveiligheid);
    v.put("acuutOnveilig", acuut);
    v.put("structureelOnveilig", structureel);
    v.put("acuutGronden", acuut ? "Letsel; verdachte heeft toegang tot slachtoffer." : "");
    v.put("structureelGronden", structureel ? "Drie eerdere incidenten met fysiek geweld." : "");
    v.put("veiligheidsvoorwaarden", "Geen contact met slachtoffer en kinderen zonder toezicht.");
    v.put("veiligheidsbeoordelingAfgerond", true);
    v.put("veiligheidToelichting", "Beoordeling in de test.");
    return v;
  }

  ProcessInstance start(Map<String, Object> intake) {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(PROCES, intake);
    return pi;
  }

  Task taak(ProcessInstance pi, String taakSleutel) {
    Task taak = taakOpen(pi, taakSleutel);
    assertThat(taak).as("open taak " + taakSleutel).isNotNull();
    return taak;
  }

  /**
   * The open task, or null: a task of the case itself or of a signal of its deadline watch (the called process
   * zsmTermijnsignalering, whose tasks see only the deadline facts).
   */
  Task taakOpen(ProcessInstance pi, String taakSleutel) {
    List<String> instanties = new java.util.ArrayList<>(List.of(pi.getId()));
    engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(TERMIJNSIGNALERING).list().forEach(sub -> instanties.add(sub.getId()));
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(instanties.toArray(String[]::new))
        .taskDefinitionKey(taakSleutel).singleResult();
  }

  /** The called process that carries the warnings and overschrijdingen of the deadline watch. */
  static final String TERMIJNSIGNALERING = "zsmTermijnsignalering";

  Set<String> groepen(Task taak) {
    Set<String> groepen = new LinkedHashSet<>();
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taak.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groepen.add(link.getGroupId());
      }
    }
    return groepen;
  }

  /** Completes the open task as the organisation {@code groep}, after checking the task is that organisation's. */
  void voltooi(ProcessInstance pi, String taakSleutel, String groep, Map<String, Object> variabelen) {
    Task taak = taak(pi, taakSleutel);
    Set<String> groepen = groepen(taak);
    assertThat(groepen).as("kandidaatgroep van " + taakSleutel).containsExactly(groep);
    kandidaatgroepen.addAll(groepen);
    engine.getTaskService().complete(taak.getId(), variabelen);
  }

  /**
   * Finishes the called process {@code sleutel} started by {@code pi}: completes each of its tasks with
   * {@code variabelen} (the contract's outputs plus the facts that lead to them) and executes its jobs,
   * until it has ended. The called processes have their own detailed tests.
   */
  void rondDeelprocesAf(ProcessInstance pi, String sleutel, Map<String, Object> variabelen) {
    // e.g. slachtofferInformeren runs twice when an earlier release is still being told (every liberty decision)
    List<ProcessInstance> lopend = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).processDefinitionKey(sleutel).list();
    assertThat(lopend).as("lopend deelproces " + sleutel).isNotEmpty();
    lopend.forEach(sub -> rondAf(sub, sleutel, variabelen));
  }

  private void rondAf(ProcessInstance sub, String sleutel, Map<String, Object> variabelen) {
    for (int stap = 0; stap < 30; stap++) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sub.getId()).count() == 0) {
        return;
      }
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(sub.getId()).executable().list();
      for (Job job : jobs) {
        engine.getManagementService().executeJob(job.getId());
      }
      List<Task> taken = engine.getTaskService().createTaskQuery().processInstanceId(sub.getId()).list();
      for (Task taak : taken) {
        kandidaatgroepen.addAll(groepen(taak));
        engine.getTaskService().complete(taak.getId(), variabelen);
      }
      if (jobs.isEmpty() && taken.isEmpty()) {
        break;
      }
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sub.getId()).count())
        .as("deelproces " + sleutel + " afgerond").isZero();
  }

  /**
   * After a dagvaarding: VT and the adviser prepare the advice for the judge in the called process naZsm,
   * then the court's decision arrives as the message UitspraakRechter, correlated by business key.
   */
  void rondNaZsmAf(ProcessInstance pi, String uitspraak) {
    ProcessInstance sub = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("naZsm").singleResult();
    assertThat(sub).as("lopend deelproces naZsm").isNotNull();
    for (String taakSleutel : List.of("Task_ActueleSituatie", "Task_AdviesRechter")) {
      Task taak = engine.getTaskService().createTaskQuery().processInstanceId(sub.getId())
          .taskDefinitionKey(taakSleutel).singleResult();
      assertThat(taak).as("open taak " + taakSleutel).isNotNull();
      kandidaatgroepen.addAll(groepen(taak));
      engine.getTaskService().complete(taak.getId(), Map.of(
          "actueleSituatieGezin", "Contactverbod wordt nageleefd.", "adviesRechter", "Voorwaardelijke straf met toezicht."));
    }
    engine.getRuntimeService().createMessageCorrelation("UitspraakRechter").processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("uitspraakRechter", uitspraak).correlate();
    rondDeelprocesAf(pi, "naZsm", Map.of("toezichtAfspraken", "Meldplicht wekelijks.", "vtVervolgNaUitspraak", "VT zet hulp voort.",
        "jeugdreclassering", "Jeugdreclassering Noord", "overdrachtJeugdreclassering", "Voorwaarden overgedragen."));
  }

  /** A case of an adult, not arrested, without evidence and without unsafety, up to the OvJ's afdoeningsbeslissing. */
  ProcessInstance naarAfdoeningsbeslissing() {
    ProcessInstance pi = start(intake(30, false));
    rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", veiligheidsbeoordeling("GEEN"));
    voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", false, "delenMetVtToegestaan", false));
    voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "ONVOLDOENDE"));
    return pi;
  }

  /**
   * SHN-VT afstemming of the case: VT has contact, SHN records the victim's three answers for VT
   * ({@code antwoorden}: safety, what they want now, the solution they see) with or without consent. Returns the
   * afstemming process instance; with consent VT's task with SHN's information is open there.
   */
  ProcessInstance shnAfstemming(ProcessInstance pi, boolean toestemming, List<String> antwoorden) {
    ProcessInstance afstemming = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).processDefinitionKey("shnVtAfstemming").singleResult();
    voltooiIn(afstemming, "Task_VtNavraag", Map.of("vtHeeftContact", true, "informatieVoorShn", "Bekend sinds 2025."));
    Map<String, Object> shn = new HashMap<>();
    shn.put("slachtofferWenstVervolging", true);
    shn.put("wensenSlachtoffer", "Vervolging.");
    shn.put("delenMetVtToegestaan", toestemming);
    shn.put("veiligheidVolgensSlachtoffer", antwoorden.get(0));
    shn.put("wensNuSlachtoffer", antwoorden.get(1));
    shn.put("oplossingVolgensSlachtoffer", antwoorden.get(2));
    voltooiIn(afstemming, "Task_SlachtofferBenaderen", shn);
    return afstemming;
  }

  void voltooiIn(ProcessInstance pi, String taakSleutel, Map<String, Object> variabelen) {
    engine.getTaskService().complete(taak(pi, taakSleutel).getId(), variabelen);
  }
}
