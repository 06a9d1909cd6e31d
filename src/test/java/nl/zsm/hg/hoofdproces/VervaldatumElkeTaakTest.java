package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.termijnen.bpmn.TermijnenExpressies;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, "deadlines on every task of a vastzaak": the OvJ's vraag 1, Bewijs beoordelen, SHN's and VT's tasks in
 * the afstemming and the police's "Informatie aanleveren" carry a due date from the deadlines stored on the case
 * (docs/termijnbewaking.md): in a vastzaak the end of the ophouden, after an inverzekeringstelling its end; in a
 * niet-vastzaak the five werkdagen of VT (L393-404, L410-412, L529-535).
 */
@ZsmSpringTest
class VervaldatumElkeTaakTest {

  @Autowired ProcessEngine processEngine;
  @Autowired TermijnenExpressies termijnen;

  private HgZaakStappen stappen;

  @BeforeEach
  void init() {
    stappen = new HgZaakStappen(processEngine);
  }

  @Test
  void inEenVastzaakHeeftElkeTaakVanDeEersteBeslissingHetEindeVanHetOphoudenAlsVervaldatum() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    Date ophouden = (Date) variabele(pi, "ophoudenUiterlijk");
    assertThat(ophouden).isNotNull().isEqualTo(variabele(pi, "veiligheidsbeoordelingUiterlijk"));

    assertThat(stappen.taak(pi, "Task_VermoedenBeoordelen").getDueDate()).isEqualTo(ophouden);
    ProcessInstance vt = deelproces(pi, "vtVeiligheidsbeoordeling");
    assertThat(open(vt, "Activity_InformatiePolitie").getDueDate()).isEqualTo(ophouden);
    ProcessInstance afstemming = deelproces(pi, "shnVtAfstemming");
    assertThat(open(afstemming, "Task_VtNavraag").getDueDate()).isEqualTo(ophouden);
    stappen.voltooiIn(afstemming, "Task_VtNavraag", Map.of("vtHeeftContact", true, "informatieVoorShn", "Bekend sinds 2025."));
    assertThat(open(afstemming, "Task_SlachtofferBenaderen").getDueDate()).isEqualTo(ophouden);

    // in verzekering gesteld: het bewijs vóór het einde van de inverzekeringstelling
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING"));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    Date ivs = (Date) variabele(pi, "inverzekeringstellingUiterlijk");
    assertThat(ivs).isNotNull().isAfter(ophouden);
    assertThat(stappen.taak(pi, "Task_BewijsBeoordelen").getDueDate()).isEqualTo(ivs);
  }

  @Test
  void eenHeengezondenVerdachteGaatVerderAlsNietVastzaakMetVijfWerkdagen() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    String aanhouding = (String) variabele(pi, "tijdstipAanhouding");
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("GEEN"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    stappen.rondDeelprocesAf(pi, "slachtofferInformeren", Map.of("slachtofferGeinformeerdOp", new Date(),
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Gebeld."));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    assertThat(stappen.taak(pi, "Task_BewijsBeoordelen").getDueDate()).isEqualTo(termijnen.werkdagenUiterlijk(
        OffsetDateTime.parse(aanhouding).atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate(), 5));
  }

  @Test
  void inEenNietVastzaakDragenDeTakenDeVijfWerkdagenVanVeiligThuis() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, false));
    Date vijfWerkdagen = (Date) variabele(pi, "veiligheidsbeoordelingUiterlijk");
    assertThat(vijfWerkdagen).isNotNull();

    assertThat(stappen.taak(pi, "Task_VermoedenBeoordelen").getDueDate()).isEqualTo(vijfWerkdagen);
    ProcessInstance afstemming = deelproces(pi, "shnVtAfstemming");
    assertThat(open(afstemming, "Task_VtNavraag").getDueDate()).isEqualTo(vijfWerkdagen);
    ProcessInstance vt = deelproces(pi, "vtVeiligheidsbeoordeling");
    List<Task> vtTaken = processEngine.getTaskService().createTaskQuery().processInstanceId(vt.getId()).list();
    assertThat(vtTaken).isNotEmpty().allSatisfy(t -> assertThat(t.getDueDate()).as(t.getTaskDefinitionKey()).isNotNull());

    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("GEEN"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    assertThat(stappen.taak(pi, "Task_BewijsBeoordelen").getDueDate()).isEqualTo(vijfWerkdagen);
  }

  private Object variabele(ProcessInstance pi, String naam) {
    return processEngine.getRuntimeService().getVariable(pi.getId(), naam);
  }

  private ProcessInstance deelproces(ProcessInstance pi, String sleutel) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(sleutel).singleResult();
  }

  private Task open(ProcessInstance pi, String taakSleutel) {
    Task taak = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taakSleutel).singleResult();
    assertThat(taak).as("open taak " + taakSleutel).isNotNull();
    return taak;
  }
}
