package nl.zsm.hg.privacy.engine;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import nl.zsm.hg.tijd.Amsterdam;
import nl.zsm.hg.tijd.Engineklok;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the product's own rows after their retention period (docs/privacy-en-beheer.md), on the engine's
 * clock, every night (zsm.bewaartermijnen.opruimen-cron). The case history in the engine is removed by
 * Camunda's history cleanup (historyTimeToLive of each model, batch window in application.yaml).
 * <ul>
 *   <li>beschermingsmaatregel: {@code zaakgegevens} after its end date (without an end date: after its
 *       registration), never while the case runs; its history (beschermingsmaatregel_wijziging) and the case's
 *       region (zaakregio) with it;</li>
 *   <li>zaaknummer: the claim stays while the case runs or has history, and at least {@code zaakgegevens};</li>
 *   <li>toegangslog and deploymentregistratie: {@code verantwoording} (no victim data; for accountability).</li>
 * </ul>
 */
@Component
public class Bewaartermijnen {

  private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijnen.class);
  private static final String LOPENDE_ZAKEN = "SELECT BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ IS NOT NULL";
  private static final String ZAKEN_MET_HISTORIE = "SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ IS NOT NULL";

  private final JdbcTemplate jdbc;
  private final Period zaakgegevens;
  private final Period verantwoording;

  public Bewaartermijnen(JdbcTemplate jdbc,
      @Value("${zsm.bewaartermijnen.zaakgegevens:P180D}") Period zaakgegevens,
      @Value("${zsm.bewaartermijnen.verantwoording:P5Y}") Period verantwoording) {
    this.jdbc = jdbc;
    this.zaakgegevens = zaakgegevens;
    this.verantwoording = verantwoording;
  }

  @Scheduled(cron = "${zsm.bewaartermijnen.opruimen-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
  public void elkeNacht() {
    Opgeruimd opgeruimd = opruimen();
    LOG.info("Bewaartermijnen: {} maatregel(en), {} zaaknummer(s), {} toegangslogregel(s), {} deploymentregistratie(s) verwijderd.",
        opgeruimd.maatregelen(), opgeruimd.zaaknummers(), opgeruimd.toegangslog(), opgeruimd.deployments());
  }

  @Transactional
  public Opgeruimd opruimen() {
    ZonedDateTime nu = Engineklok.nuInAmsterdam();
    LocalDate zaakgrens = nu.toLocalDate().minus(zaakgegevens);
    Timestamp zaakmoment = Timestamp.from(nu.minus(zaakgegevens).toInstant());
    Timestamp verantwoordingsmoment = Timestamp.from(nu.minus(verantwoording).toInstant());

    int maatregelen = jdbc.update("DELETE FROM beschermingsmaatregel WHERE "
        + "((einddatum IS NOT NULL AND einddatum < ?) OR (einddatum IS NULL AND geregistreerd_op < ?)) "
        + "AND zaaknummer NOT IN (" + LOPENDE_ZAKEN + ")", java.sql.Date.valueOf(zaakgrens), zaakmoment);
    jdbc.update("DELETE FROM beschermingsmaatregel_wijziging WHERE maatregel_id NOT IN (SELECT id FROM beschermingsmaatregel)");
    // the region of a case is kept only as long as the case has registered measures (police register per region)
    jdbc.update("DELETE FROM zaakregio WHERE zaaknummer NOT IN (SELECT zaaknummer FROM beschermingsmaatregel)");
    int zaaknummers = jdbc.update("DELETE FROM zaaknummer WHERE vastgelegd_op < ? AND nummer NOT IN (" + LOPENDE_ZAKEN
        + ") AND nummer NOT IN (" + ZAKEN_MET_HISTORIE + ")", zaakmoment);
    int toegangslog = jdbc.update("DELETE FROM toegangslog WHERE tijdstip < ?", verantwoordingsmoment);
    jdbc.update("DELETE FROM deploymentregistratie_bestand WHERE deployment_id IN "
        + "(SELECT deployment_id FROM deploymentregistratie WHERE tijdstip < ?)", verantwoordingsmoment);
    int deployments = jdbc.update("DELETE FROM deploymentregistratie WHERE tijdstip < ?", verantwoordingsmoment);
    return new Opgeruimd(maatregelen, zaaknummers, toegangslog, deployments);
  }

  /** How many rows each table lost. */
  public record Opgeruimd(int maatregelen, int zaaknummers, int toegangslog, int deployments) {}
}
