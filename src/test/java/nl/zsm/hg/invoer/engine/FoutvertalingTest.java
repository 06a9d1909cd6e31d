package nl.zsm.hg.invoer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** The one mapping from an error to the Dutch error body. */
public class FoutvertalingTest {

  @Test
  void geenVerbindingMetDeDatabaseIs503() {
    ProcessEngineException fout = new ProcessEngineException("An exception occurred in the persistence layer.",
        new RuntimeException(new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
    Foutantwoord antwoord = Foutvertaling.vanFout(fout, 500, "ProcessEngineException");
    assertThat(antwoord.status()).isEqualTo(503);
    assertThat(antwoord.type()).isEqualTo("DatabaseNietBereikbaar");
    assertThat(antwoord.message()).contains("database is tijdelijk niet bereikbaar");
    assertThat(Foutvertaling.vanFout(new RuntimeException(new SQLException("I/O error", "08006")), 500, null).status())
        .isEqualTo(503);
  }

  @Test
  void gelijktijdigGewijzigdIs409MetNederlandseMelding() {
    var botsing = new org.camunda.bpm.engine.OptimisticLockingException(
        "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[4711]' failed. Entity was updated by another transaction"
            + " concurrently.");
    Foutantwoord antwoord = Foutvertaling.vanFout(new ProcessEngineException("Cannot complete task 12", botsing), 500,
        "ProcessEngineException");
    assertThat(antwoord.status()).isEqualTo(409);
    assertThat(antwoord.type()).isEqualTo("GelijktijdigGewijzigd");
    assertThat(antwoord.message()).isEqualTo("Deze zaak is net door iemand anders gewijzigd; probeer het opnieuw.");
    // the same answer when another REST layer already wrote the engine's error body (type only)
    assertThat(Foutvertaling.vanAntwoord(500, "OptimisticLockingException", "ENGINE-03005 ...").status()).isEqualTo(409);
    assertThat(Foutvertaling.vanAntwoord(409, "GelijktijdigGewijzigd", antwoord.message())).isEqualTo(antwoord);
  }

  @Test
  void verbindingWegTijdensDeRollbackIs503() {
    var rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new RuntimeException("I/O error"));
    assertThat(Foutvertaling.vanFout(new ProcessEngineException("persistence", rollback), 500, null).status())
        .isEqualTo(503);
  }

  @Test
  void teLangeTekstInDeDatabaseIs400ZonderSql() {
    ProcessEngineException fout = new ProcessEngineException("An exception occurred in the persistence layer.",
        new SQLException("ERROR: value too long for type character varying(1000) INSERT INTO beschermingsmaatregel", "22001"));
    Foutantwoord antwoord = Foutvertaling.vanFout(fout, 500, "ProcessEngineException");
    assertThat(antwoord.status()).isEqualTo(400);
    assertThat(antwoord.json()).contains("te lang").doesNotContain("INSERT").doesNotContain("varying");
  }

  @Test
  void eigenMeldingZonderEngelseContext() {
    FormFieldValidationException validatie = new FormFieldValidationException(List.of("x"), "Heenzenden geweigerd.");
    Foutantwoord antwoord = Foutvertaling.vanFout(
        new ProcessEngineException("Cannot complete task 42: Heenzenden geweigerd.", validatie), 500, "RestException");
    assertThat(antwoord).isEqualTo(new Foutantwoord(400, "OngeldigeInvoer", "Heenzenden geweigerd."));
    assertThat(Foutvertaling.vanAntwoord(400, "FormFieldValidationException",
        "Cannot instantiate process definition zsmHuiselijkGeweld:1:f4186dc9-ec7b: Vul de naam in.").message())
        .isEqualTo("Vul de naam in.");
    assertThat(Foutvertaling.vanAntwoord(400, "FormFieldValidationException",
        "Cannot submit task form 4711: Vul de naam in.").message()).isEqualTo("Vul de naam in.");
  }

  @Test
  void onbekendeServerfoutZegtNietsTechnisch() {
    Foutantwoord antwoord = Foutvertaling.vanFout(new IllegalStateException("java.lang.NullPointerException at org.x"));
    assertThat(antwoord.status()).isEqualTo(500);
    assertThat(antwoord.message()).startsWith("Er ging iets mis").doesNotContain("java.").doesNotContain("org.");
  }

  @Test
  void engelseMeldingVanDeEngineWordtNederlands() {
    assertThat(Foutvertaling.vanAntwoord(500, "NullValueException",
        "Cannot find task with id abc: task is null")).isEqualTo(new Foutantwoord(404, "NietGevonden",
        "De taak bestaat niet (meer): ze is al afgerond of het id klopt niet. Vernieuw de takenlijst."));
    assertThat(Foutvertaling.vanAntwoord(403, "AuthorizationException", "The user with id 'shn' does not have ...")
        .message()).startsWith("Geen toestemming");
    Foutantwoord technisch = Foutvertaling.vanAntwoord(400, "InvalidRequestException",
        "Cannot convert value to java.lang.Integer");
    assertThat(technisch.message()).startsWith("Het verzoek is ongeldig").doesNotContain("java.");
    assertThat(Foutvertaling.vanAntwoord(400, "InvalidRequestException", "Unknown sort order 'x'").message())
        .contains("Toelichting: Unknown sort order 'x'");
  }

  @Test
  void nederlandsAntwoordBlijftOngewijzigd() {
    Foutantwoord eigen = new Foutantwoord(400, "OngeldigeInvoer", "Vul de plandatum in.");
    assertThat(Foutvertaling.vanAntwoord(400, eigen.type(), eigen.message())).isEqualTo(eigen);
  }

  @Test
  void javaSerialisatieIs400() {
    Foutantwoord antwoord = Foutvertaling.vanFout(new ProcessEngineException(
        "ENGINE-17007 Cannot set variable: Java serialization format is prohibited"), 500, "ProcessEngineException");
    assertThat(antwoord.status()).isEqualTo(400);
    assertThat(antwoord.message()).contains("Java-geserialiseerde objecten worden niet aanvaard");
  }

  @Test
  void eigenWeigeringenBehoudenHunNederlandseReden() {
    assertThat(Foutvertaling.vanFout(new org.camunda.bpm.engine.AuthorizationException(
        "Niet toegestaan: alleen de beheerder mag dit (job uitvoeren); er is niets gewijzigd."), 500, null).message())
        .contains("alleen de beheerder");
    assertThat(Foutvertaling.vanAntwoord(403, "AuthorizationException",
        "The user with id 'vt' does not have 'READ' permission on resource 'x'.").message())
        .startsWith("Geen toestemming").doesNotContain("READ");
    Foutantwoord deployment = Foutvertaling.vanAntwoord(400, "ParseException",
        "ENGINE-09005 Could not parse BPMN process. Errors: Deployment geweigerd: x.bpmn, element 'T': script | line 3");
    assertThat(deployment.message()).isEqualTo("Deployment geweigerd: x.bpmn, element 'T': script");
  }
}
