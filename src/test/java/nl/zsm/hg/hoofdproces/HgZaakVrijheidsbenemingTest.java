package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.notificatie.Mailinhoud;
import nl.zsm.hg.notificatie.TestMailserver;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Vraag 4 (L380-415, L511-528): vasthouden of heenzenden. Heenzenden bij acute or unknown onveiligheid only with a
 * protective measure; a released suspect means the victim hears it the same day (L798-807).
 */
@ZsmSpringTest
class HgZaakVrijheidsbenemingTest extends HoofdprocesScenario {

  @Test
  void heenzendenBijAcuteOnveiligheidZonderMaatregelWordtGeweigerdEnDeTaakBlijftOpen() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();

    assertThatThrownBy(() -> processEngine.getTaskService().complete(taakId, Map.of(
        "vrijheidsbeslissing", "HEENZENDEN", "veiligheidsmaatregelen", HgZaakStappen.maatregelen())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Heenzenden geweigerd")
        .hasMessageContaining("acuut onveilig");
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vrijheidsbeslissing")).isNull();

    processEngine.getTaskService().complete(taakId, Map.of(
        "vrijheidsbeslissing", "HEENZENDEN", "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD")));
    assertThat(pi).hasPassed("Task_HeenzendenToetsen").isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing");
  }

  /**
   * Werkwijze, stap 7 (L798-807): the victim hears of a decision and of an imposed protective measure as soon as
   * possible. A held suspect released at the 9-hour decision with a contactverbod: the agreed organisation (here
   * SHN, the default) calls the same day, then the same information goes by e-mail, naming the measure.
   */
  @Test
  void hetSlachtofferHoortMeteenDatDeVerdachteVrijIsEnWelkeMaatregelenGelden() throws Exception {
    TestMailserver.leegmaken();
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true,
        "delenMetVtToegestaan", false, "slachtofferToestemmingEmail", true));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD")));

    assertThat(pi).isWaitingAt("Call_SlachtofferTussentijdsInformeren", "Task_VtKennisnemenVrijheidsbeslissing");
    slachtofferTussentijdsGeinformeerd(pi, null);
    Mailinhoud mail = Mailinhoud.van(TestMailserver.ontvangen().stream()
        .filter(m -> Mailinhoud.van(m).aan().contains("a.devries@example.org")).findFirst().orElseThrow());
    assertThat(mail.tekst()).contains("besloten de verdachte vrij te laten", "Contactverbod", "0900-8844");
    assertThat(pi).hasPassed("End_SlachtofferTussentijdsGeinformeerd").variables()
        .containsEntry("slachtofferTussentijdsBereikt", true);
    // the informing of the final decision is still to come: the case goes on to the evidence
    assertThat(pi).isWaitingAt("Task_BewijsBeoordelen");
  }

  /**
   * Issue 12: the RC releases an acutely unsafe suspect without conditions. The court is not refused; the case gives
   * the officier a task to arrange the victim's safety the same day (Werkwijze, stap 2 en Bijlage II), next to the
   * victim being told (UitkomstVoorgeleidingTest asserts the register and the mails).
   */
  @Test
  void vrijlatingDoorDeRcZonderBeschermingGeeftDeOfficierEenTaak() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(30, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("VASTHOUDEN_IVS")));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", true));
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", true));
    stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of("advies", "Toezicht.", "adviesAfdoening", "DAGVAARDING",
        "adviesUitgebrachtDoor", "reclassering"));
    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", afdoening("DAGVAARDING_VOORGELEIDING_RC", null, "VOORGELEIDING_RC"));
    stappen.voltooi(pi, "Task_UitkomstVoorgeleiding", "om", Map.of("uitkomstVoorgeleiding", "INVRIJHEIDSTELLING"));
    assertThat(pi).isWaitingAt("Task_VeiligheidNaVrijlatingRc", "Call_SlachtofferTussentijdsInformeren");
    stappen.voltooi(pi, "Task_VeiligheidNaVrijlatingRc", "om",
        Map.of("veiligheidNaVrijlatingRc", "Gedragsaanwijzing; VT maakt een veiligheidsplan."));
    assertThat(pi).hasPassed("End_VeiligheidNaVrijlatingGeregeld").hasNotPassed("End_UitkomstVoorgeleidingVerwerkt");
  }

  @Test
  void eenVerdachteDieVastBlijftGeeftGeenTussentijdsBericht() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING"));
    assertThat(pi).hasPassed("End_GeenVrijlatingTeMelden").hasNotPassed("Call_SlachtofferTussentijdsInformeren");
  }

  @Test
  void zonderVeiligheidsbeoordelingBlijftDeVerdachteInVerzekering() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(pi).isWaitingAt("Call_Veiligheidsbeoordeling", "Task_Vrijheidsbeneming");
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();

    assertThatThrownBy(() -> processEngine.getTaskService().complete(taakId, Map.of("vrijheidsbeslissing", "HEENZENDEN")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("nog geen veiligheidsbeoordeling");
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming");

    processEngine.getTaskService().complete(taakId, Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING"));
    assertThat(pi).isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing", "Call_Veiligheidsbeoordeling");
  }

  @Test
  void nietAangehoudenVerdachteMagZonderMaatregelOpVrijeVoetenBlijven() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, false));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    assertThat(pi).hasPassed("Task_HeenzendenToetsen");
  }
}
