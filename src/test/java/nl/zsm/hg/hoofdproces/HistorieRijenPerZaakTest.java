package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.notificatie.EmailJobs;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15 (docs/prestaties.md, "Historie zonder afgeleide details"): the history level is {@code full} (id 3, as stored
 * in ACT_GE_PROPERTY) but a variable detail (ACT_HI_DETAIL) is written only for what a person or another system put
 * in: a task's form, the intake, a message, a change by the administrator. The copies into and out of called processes
 * and the values delegates derive leave only their ACT_HI_VARINST row. The user operation log stays. The case follows
 * the benchmark's path (adult, not arrested, no unsafety, heenzenden, insufficient evidence, sepot 02).
 */
@ZsmSpringTest
class HistorieRijenPerZaakTest extends HoofdprocesScenario {

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void eenHeleZaakSchrijftAlleenDetailsVanWatMensenInvoeren() {
    ProcessInstance zaak = heleZaak();
    String zaaknummer = zaak.getBusinessKey();

    Map<String, Integer> rijen = HistorieRijen.van(jdbc, zaaknummer);
    System.out.println("Historierijen per hele zaak: " + rijen);
    System.out.println("Detailrijen per naam: " + HistorieRijen.detailsPerNaam(jdbc, zaaknummer));
    System.out.println("Variabelen per proces: " + HistorieRijen.variabelenPerProces(jdbc, zaaknummer));
    System.out.println("Kopieen: " + HistorieRijen.kopieen(jdbc, zaaknummer));
    System.out.println("Variabelen zonder waarde: " + HistorieRijen.zonderWaarde(jdbc, zaaknummer));

    // what people entered is there, with the step it was entered in
    assertThat(HistorieRijen.detailActiviteiten(jdbc, zaaknummer, "afdoeningsbeslissing"))
        .containsExactly("Task_Afdoeningsbeslissing");
    assertThat(HistorieRijen.detailActiviteiten(jdbc, zaaknummer, "vrijheidsbeslissing"))
        .containsExactly("Task_Vrijheidsbeneming");
    assertThat(HistorieRijen.detailActiviteiten(jdbc, zaaknummer, "bewijs")).containsExactly("Task_BewijsBeoordelen");
    // the intake: the start variables, before the start event runs (no activity instance yet)
    assertThat(HistorieRijen.detailActiviteiten(jdbc, zaaknummer, "leeftijdVerdachte")).containsExactly((String) null);
    // what the model derives or copies is not: the case number (intake delegate), the task-list attributes of every
    // task, the copies into the called processes and into the e-mail instances
    assertThat(HistorieRijen.detailActiviteiten(jdbc, zaaknummer, "zaaknummer")).isEmpty();
    assertThat(HistorieRijen.detailActiviteiten(jdbc, zaaknummer, "takenlijstZaaknummer")).isEmpty();
    assertThat(HistorieRijen.detailActiviteiten(jdbc, zaaknummer, "route")).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL d join ACT_HI_ACTINST a on a.ID_ = d.ACT_INST_ID_"
        + " where d.ROOT_PROC_INST_ID_ = ? and a.ACT_TYPE_ = 'callActivity'", Integer.class, zaak.getId())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where PROC_DEF_KEY_ = 'zsmEmailVersturen'"
        + " and ROOT_PROC_INST_ID_ in (select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?)", Integer.class,
        zaaknummer)).isZero();
    // every variable still has its latest value in the history; with all details of full this case wrote 336 detail
    // rows, now 128 (most of them because this test hands every task of a called process all facts of its contract)
    assertThat(rijen.get("ACT_HI_VARINST")).isGreaterThan(200);
    assertThat(rijen.get("ACT_HI_DETAIL")).isLessThan(150);
    // the level's id in the database is still that of full
    assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
        .isEqualTo("3");
  }

  @Test
  void eenWijzigingDoorDeBeheerderStaatInDeUserOperationLogEnAlsDetail() {
    ProcessInstance zaak = stappen.start(HgZaakStappen.intake(30, false));
    ApiClient beheerder = ApiClient.als(port, "demo");

    assertThat(beheerder.put("/engine-rest/process-instance/" + zaak.getId() + "/variables/individueleBeoordeling",
        "{\"value\": \"Aangevuld door de beheerder.\", \"type\": \"String\"}").statusCode()).isEqualTo(204);
    Job job = processEngine.getManagementService().createJobQuery().processInstanceId(zaak.getId()).list().stream()
        .findFirst().orElseThrow();
    assertThat(beheerder.put("/engine-rest/job/" + job.getId() + "/retries", "{\"retries\": 2}").statusCode())
        .isEqualTo(204);

    List<String> log = jdbc.queryForList("select OPERATION_TYPE_ from ACT_HI_OP_LOG where USER_ID_ = 'demo'"
        + " and (PROC_INST_ID_ = ? or JOB_ID_ = ?)", String.class, zaak.getId(), job.getId());
    assertThat(log).contains("SetVariable", "SetJobRetries");
    assertThat(jdbc.queryForList("select TEXT_ from ACT_HI_DETAIL where PROC_INST_ID_ = ?"
        + " and NAME_ = 'individueleBeoordeling' order by SEQUENCE_COUNTER_", String.class, zaak.getId()))
        .containsExactly("Slachtoffer woont met twee kinderen samen met verdachte; angstig.", "Aangevuld door de beheerder.");
  }

  ProcessInstance heleZaak() {
    ProcessInstance zaak = stappen.start(HgZaakStappen.intake(30, false));
    stappen.rondDeelprocesAf(zaak, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("GEEN"));
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("criteriumVerklaringBetrokkene", true,
        "vermoedenStrafbaarFeit", true, "toelichtingVermoeden", "Verklaring slachtoffer."));
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen()));
    stappen.voltooi(zaak, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis",
        Map.of("vtReactieOpBeslissing", "Geen bezwaar."));
    stappen.rondDeelprocesAf(zaak, "shnVtAfstemming", Map.of("slachtofferBereiktDoorShn", true,
        "slachtofferWenstVervolging", false, "wensenSlachtoffer", "Rust.", "delenMetVtToegestaan", true));
    stappen.voltooi(zaak, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "ONVOLDOENDE", "ernstigeBezwaren", false,
        "toelichtingBewijs", "Geen getuigen."));
    stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", afdoening("SEPOT_02", null));
    EmailJobs.verstuurAlle(processEngine, zaak.getBusinessKey(), EmailJobs.PARTNERS);
    stappen.voltooi(zaak, "Task_AdviseurKennisnemen", "reclassering", Map.of());
    stappen.voltooi(zaak, "Task_VtOverdracht", "veilig-thuis", Map.of("overdrachtLokaalTeam", "Wijkteam Noord"));
    stappen.rondDeelprocesAf(zaak, "slachtofferInformeren", Map.of("slachtofferGeinformeerdOp", new Date(),
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Gebeld."));
    EmailJobs.verstuurAlle(processEngine, zaak.getBusinessKey(), EmailJobs.SLACHTOFFER);
    assertThat(zaak).isEnded();
    return zaak;
  }
}
