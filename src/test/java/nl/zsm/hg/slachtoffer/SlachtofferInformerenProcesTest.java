package nl.zsm.hg.slachtoffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.notificatie.EmailJobs;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The called process slachtofferInformeren: the agreed organisation phones until the victim is reached. */
@ZsmSpringTest
class SlachtofferInformerenProcesTest extends DeelprocesTest {

  static final String PROCES = "slachtofferInformeren";

  @Override
  protected String proces() {
    return PROCES;
  }

  @Test
  void zonderAfspraakBeltSlachtofferhulp_nietBereikt_naEenUurOpnieuw_daarnaBereikt() {
    Map<String, Object> metToestemmingVoorEmail = beslissingVanHoofdproces(null);
    metToestemmingVoorEmail.put("slachtofferEmail", "slachtoffer@example.org");
    metToestemmingVoorEmail.put("slachtofferToestemmingEmail", true);
    ProcessInstance zaak = start("ZSM-SO-1", metToestemmingVoorEmail);

    assertThat(zaak).isWaitingAt("Activity_Bellen");
    assertThat(zaak).variables().containsEntry("informerendeOrganisatie", "slachtofferhulp");
    Task bellen = taak(zaak);
    assertThat(taken.kandidaatgroepen(bellen)).containsExactly("slachtofferhulp");
    assertThat(taken.formulierAls("shn", bellen).path("id").asText()).isEqualTo("slachtoffer-informeren");

    taken.voltooiAls("shn", bellen, Map.of(
        "slachtofferGeinformeerdOp", "2026-11-28T16:05+01:00",
        "slachtofferBereikt", false,
        "slachtofferInformatieToelichting", "Voicemail, geen bericht ingesproken."));

    assertThat(zaak).isWaitingAt("Event_UurWachten");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(zaak.getId()).timers().count())
        .as("de wachttijd is een timer").isEqualTo(1);
    execute(job(zaak));

    assertThat(zaak).isWaitingAt("Activity_Bellen");
    Task opnieuw = taak(zaak);
    assertThat(opnieuw.getId()).isNotEqualTo(bellen.getId());
    taken.voltooiAls("shn", opnieuw, Map.of(
        "slachtofferGeinformeerdOp", "2026-11-28T17:10+01:00",
        "slachtofferBereikt", true,
        "slachtofferInformatieToelichting", "Voorwaardelijk sepot en contactverbod uitgelegd; schending melden via 112."));

    // with consent the same information follows by e-mail: put ready in zsmEmailVersturen, sent by its async job
    // (no SMTP here: logged); the case does not wait for the sending
    assertThat(zaak).isEnded().hasPassed("Activity_Mailen", "End_Geinformeerd").hasNotPassed("End_GeenEmail");
    EmailJobs.verstuur(processEngine, String.valueOf(eindvariabelen(zaak).get("zaaknummer")), EmailJobs.SLACHTOFFER);
    Map<String, Object> terug = eindvariabelen(zaak);
    assertThat(terug)
        .containsEntry("slachtofferBereikt", true)
        .containsEntry("aantalBelpogingen", 2)
        .containsEntry("slachtofferInformatieToelichting",
            "Voorwaardelijk sepot en contactverbod uitgelegd; schending melden via 112.");
    assertThat(terug.get("slachtofferGemaildOp")).isInstanceOf(Date.class);
    assertThat(terug.get("slachtofferGeinformeerdOp")).isInstanceOf(Date.class)
        .isEqualTo(Date.from(java.time.OffsetDateTime.parse("2026-11-28T17:10+01:00").toInstant()));
  }

  @Test
  void afgesprokenOrganisatieBelt_veiligThuis() {
    ProcessInstance zaak = start("ZSM-SO-2", beslissingVanHoofdproces("veilig-thuis"));

    Task bellen = taak(zaak);
    assertThat(taken.kandidaatgroepen(bellen)).containsExactly("veilig-thuis");
    assertThat(taken.zichtbaarVoor("shn", zaak.getId())).isEmpty();
    assertThat(taken.formulierAls("vt", bellen).path("id").asText()).isEqualTo("slachtoffer-informeren");
    taken.voltooiAls("vt", bellen, Map.of(
        "slachtofferGeinformeerdOp", "2026-11-28T16:05",
        "slachtofferBereikt", true,
        "slachtofferInformatieToelichting", "Dagvaarding uitgelegd."));

    assertThat(zaak).isEnded();
    assertThat(zaak).hasNotPassed("Event_UurWachten", "Activity_Mailen").hasPassed("End_GeenEmail");
    assertThat(eindvariabelen(zaak)).containsEntry("aantalBelpogingen", 1);
  }

  @Test
  void onbekendeOrganisatie_geeftFoutmelding_enGeenZaak() {
    long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES).count();

    // bad input from a delegate reaches the caller the one way: the engine's validation exception (400 over REST)
    assertThatThrownBy(() -> start("ZSM-SO-3", beslissingVanHoofdproces("buurvrouw")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Onbekende informerende organisatie 'buurvrouw'");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES).count()).isEqualTo(voor);
  }

  @Test
  void belpogingInDeToekomst_wordtGeweigerd_taakBlijftOpen() {
    ProcessInstance zaak = start("ZSM-SO-4", beslissingVanHoofdproces(null));
    Task bellen = taak(zaak);

    assertThatThrownBy(() -> taken.voltooiAls("shn", bellen, Map.of(
        "slachtofferGeinformeerdOp", "2999-01-01T10:00+01:00",
        "slachtofferBereikt", true,
        "slachtofferInformatieToelichting", "Te vroeg ingevuld.")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("in de toekomst");

    assertThat(zaak).isWaitingAt("Activity_Bellen");
    assertThat(runtimeService.getVariable(zaak.getId(), "aantalBelpogingen")).isNull();
  }

  @Test
  void drieKeerNietBereikt_bellenStopt_supervisorKiestAndereWeg() {
    ProcessInstance zaak = start("ZSM-SO-5", beslissingVanHoofdproces(null));

    for (int poging = 1; poging <= 2; poging++) {
      taken.voltooiAls("shn", taak(zaak), nietBereikt("2026-11-28T1" + (5 + poging) + ":00+01:00"));
      assertThat(zaak).as("na belpoging " + poging + " opnieuw bellen").isWaitingAt("Event_UurWachten");
      assertThat(zaak).variables().containsEntry("slachtofferAndereWegKiezen", false);
      execute(job(zaak));
    }
    taken.voltooiAls("shn", taak(zaak), nietBereikt("2026-11-28T18:00+01:00"));

    // after the third unsuccessful call no new call: the supervisor chooses another way
    assertThat(zaak).isWaitingAt("Activity_AndereWegKiezen");
    assertThat(zaak).variables().containsEntry("aantalBelpogingen", 3).containsEntry("slachtofferAndereWegKiezen", true);
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(zaak.getId()).timers().count())
        .as("geen nieuwe belpoging gepland").isZero();
    Task andereWeg = taskService.createTaskQuery().processInstanceId(zaak.getId())
        .taskDefinitionKey("Activity_AndereWegKiezen").singleResult();
    assertThat(andereWeg.getName()).isEqualTo("Slachtoffer niet bereikt: andere weg kiezen");
    assertThat(taken.kandidaatgroepen(andereWeg)).containsExactly("zsm-supervisor");
    assertThat(taken.zichtbaarVoor("shn", zaak.getId())).isEmpty();
    assertThat(taken.formulierAls("supervisor", andereWeg).path("id").asText()).isEqualTo("slachtoffer-niet-bereikt");

    // without saying what was done the task stays open
    assertThatThrownBy(() -> taken.voltooiAls("supervisor", andereWeg, Map.of("slachtofferAndereWeg", "POLITIE_LANGS")))
        .isInstanceOf(FormFieldValidationException.class) // REST: 400; the step contract names the missing field
        .hasMessageContaining("slachtofferAndereWegToelichting");
    assertThat(zaak).isWaitingAt("Activity_AndereWegKiezen");

    taken.voltooiAls("supervisor", andereWeg, Map.of(
        "slachtofferAndereWeg", "POLITIE_LANGS",
        "slachtofferAndereWegToelichting", "Wijkagent gaat vanavond langs en legt het contactverbod uit."));

    assertThat(zaak).isEnded().hasPassed("End_NietBereikt").hasNotPassed("Gateway_Email");
    assertThat(eindvariabelen(zaak))
        .containsEntry("slachtofferBereikt", false)
        .containsEntry("aantalBelpogingen", 3)
        .containsEntry("slachtofferAndereWeg", "POLITIE_LANGS")
        .containsEntry("slachtofferAndereWegToelichting", "Wijkagent gaat vanavond langs en legt het contactverbod uit.");
  }

  private static Map<String, Object> nietBereikt(String gebeldOp) {
    return Map.of(
        "slachtofferGeinformeerdOp", gebeldOp,
        "slachtofferBereikt", false,
        "slachtofferInformatieToelichting", "Geen gehoor.");
  }

  /** What the main process passes after the OvJ's decision (contract). */
  private static Map<String, Object> beslissingVanHoofdproces(String informerendeOrganisatie) {
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("zaaknummer", "ZSM-test");
    variabelen.put("afdoeningsbeslissing", "VOORWAARDELIJK_SEPOT");
    variabelen.put("route", "ADVIES_EN_VEILIGHEIDSPLAN");
    if (informerendeOrganisatie != null) {
      variabelen.put("informerendeOrganisatie", informerendeOrganisatie);
    }
    return variabelen;
  }

  private Task taak(ProcessInstance zaak) {
    return taskService.createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey("Activity_Bellen").singleResult();
  }
}
