package nl.zsm.hg.privacy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.hoofdproces.HgZaakStappen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing is kept forever (issue 11, item 9): with the engine clock moved past the retention period, the
 * history of an ended case goes (Camunda's history cleanup, 180 days after the end) and so do the product's
 * own rows; a running case keeps its rows.
 */
@ZsmSpringTest
class BewaartermijnenTest {

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired Bewaartermijnen bewaartermijnen;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;

  @AfterEach
  void klokTerug() {
    ClockUtil.reset();
  }

  @Test
  void eenAfgeslotenZaakVerdwijnt180DagenNaHetEindeEnEenLopendeBlijft() {
    String afgesloten = nieuwZaaknummer();
    String lopend = nieuwZaaknummer();
    ProcessInstance oud = runtimeService.startProcessInstanceByKey("zsmHuiselijkGeweld", afgesloten, HgZaakStappen.intake(30, false));
    runtimeService.startProcessInstanceByKey("zsmHuiselijkGeweld", lopend, HgZaakStappen.intake(30, false));
    runtimeService.deleteProcessInstance(oud.getId(), "afgesloten in de test");
    maatregel(afgesloten, LocalDate.now());
    maatregel(lopend, LocalDate.now());
    maatregel(afgesloten, LocalDate.now().plusYears(1)); // still in force: stays until a year + 180 days
    Instant nu = Instant.now();
    jdbc.update("INSERT INTO toegangslog (tijdstip, gebruiker, methode, padfamilie, zaaknummer, status) VALUES (?, 'vt', 'GET', '/engine-rest/task/{id}/variables', ?, 200)",
        Timestamp.from(nu), afgesloten);

    opruimenOp(nu.plus(Duration.ofDays(179)));
    assertThat(historie(oud.getId())).as("binnen de bewaartermijn").isEqualTo(1);
    assertThat(zaaknummers(afgesloten)).isEqualTo(1);
    assertThat(maatregelen(afgesloten)).isEqualTo(2);

    opruimenOp(nu.plus(Duration.ofDays(182)));
    assertThat(historie(oud.getId())).as("historie van de afgesloten zaak").isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(oud.getId()).count()).isZero();
    assertThat(zaaknummers(afgesloten)).as("zaaknummer zonder zaak en historie").isZero();
    assertThat(maatregelen(afgesloten)).as("alleen de maatregel die nog geldt").isEqualTo(1);
    assertThat(zaaknummers(lopend)).as("lopende zaak").isEqualTo(1);
    assertThat(maatregelen(lopend)).isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(lopend)
        .processDefinitionKey("zsmHuiselijkGeweld").count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE zaaknummer = ?", Integer.class, afgesloten))
        .as("het toegangslog blijft vijf jaar").isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(nu.plus(Duration.ofDays(5 * 366))));
    bewaartermijnen.opruimen();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE zaaknummer = ?", Integer.class, afgesloten)).isZero();
  }

  @Test
  void deHistorieWordtElkeNachtOpgeruimd() {
    var configuratie = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuratie.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuratie.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuratie.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(historyService.findHistoryCleanupJobs()).as("de engine plant de opruimjob zelf").isNotEmpty();
  }

  /** Camunda's history cleanup as the nightly job runs it, then the product's own tables. */
  private void opruimenOp(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
    for (int ronde = 0; ronde < 20; ronde++) {
      Job job = historyService.cleanUpHistoryAsync(true);
      managementService.executeJob(job.getId());
      // the cleanup works in batches per table: with the history of the whole test suite in the shared database a
      // process instance can be gone while its variables are not yet, so wait for both
      long variabelenOver = historyService.createNativeHistoricVariableInstanceQuery()
          .sql("SELECT COUNT(*) FROM " + managementService.getTableName(
              org.camunda.bpm.engine.history.HistoricVariableInstance.class) + " WHERE REMOVAL_TIME_ < #{moment}")
          .parameter("moment", Date.from(moment)).count();
      if (variabelenOver == 0 && historyService.createHistoricProcessInstanceQuery().finished()
          .processDefinitionKey("zsmHuiselijkGeweld").list().stream()
          .noneMatch(p -> p.getRemovalTime() != null && p.getRemovalTime().before(Date.from(moment)))) {
        break;
      }
    }
    bewaartermijnen.opruimen();
  }

  private long historie(String procesInstantieId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(procesInstantieId).count();
  }

  private int zaaknummers(String nummer) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM zaaknummer WHERE nummer = ?", Integer.class, nummer);
  }

  private int maatregelen(String zaaknummer) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM beschermingsmaatregel WHERE zaaknummer = ?", Integer.class, zaaknummer);
  }

  private void maatregel(String zaaknummer, LocalDate einddatum) {
    jdbc.update("INSERT INTO beschermingsmaatregel (zaaknummer, soort, omschrijving, ingangsdatum, einddatum, beslissing, "
        + "geregistreerd_op) VALUES (?, 'CONTACTVERBOD', 'contactverbod', ?, ?, 'HEENZENDEN', ?)",
        zaaknummer, java.sql.Date.valueOf(LocalDate.now()), java.sql.Date.valueOf(einddatum), Timestamp.from(Instant.now()));
  }

  private static String nieuwZaaknummer() {
    return "ZSM-2026-" + (800000 + ThreadLocalRandom.current().nextInt(99999));
  }
}
