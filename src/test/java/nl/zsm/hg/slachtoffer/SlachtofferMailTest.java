package nl.zsm.hg.slachtoffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zsm.hg.Taken;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import nl.zsm.hg.notificatie.EmailJobs;
import nl.zsm.hg.notificatie.Mailinhoud;
import nl.zsm.hg.notificatie.TestMailserver;
import nl.zsm.hg.slachtoffer.domain.SlachtofferBericht;
import nl.zsm.hg.veiligheid.domain.MaatregelRegistratie;
import nl.zsm.hg.veiligheid.domain.Veiligheidsmaatregel;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The victim's e-mail after the phone call, through a real SMTP server (GreenMail): the same information
 * as the call for each kind of decision (L801-807), each verbod explained (L812-814), none without consent.
 */
@ZsmSpringTest
class SlachtofferMailTest {

  private static final AtomicInteger NUMMER = new AtomicInteger();

  @Autowired ProcessEngine processEngine;
  @Autowired MaatregelRegistratie registratie;

  private Taken taken;

  @BeforeEach
  void init() throws Exception {
    BpmnAwareTests.init(processEngine);
    taken = new Taken(processEngine);
    TestMailserver.leegmaken();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Afdoeningsbeslissing.class, names = "PLANDATUM", mode = EnumSource.Mode.EXCLUDE)
  void naHetGesprekKrijgtHetSlachtofferDeBeslissingPerEmail(Afdoeningsbeslissing beslissing) {
    String zaaknummer = zaaknummer();
    ProcessInstance zaak = informeer(zaaknummer, beslissing, true);

    Mailinhoud mail = enigeMail();
    assertThat(mail.aan()).containsExactly("a.devries@example.org");
    assertThat(mail.onderwerp()).isEqualTo("Informatie na ons telefoongesprek")
        .doesNotContain(zaaknummer, "Vries", "sepot", "verbod");
    String uitleg = SlachtofferBericht.uitlegBeslissing(beslissing);
    assertThat(mail.tekst()).contains("Beste A. de Vries", zaaknummer, uitleg, "Slachtofferhulp Nederland",
        "De officier van justitie heeft geen beschermingsmaatregel opgelegd.");
    assertThat(mail.html()).contains("<html", zaaknummer, uitleg.substring(0, 40));
    switch (beslissing) {
      case SEPOT_01, SEPOT_02 -> assertThat(mail.tekst()).contains("De strafzaak stopt", "Veilig Thuis blijft betrokken");
      case DAGVAARDING -> assertThat(mail.tekst()).contains("De zaak komt voor de rechter");
      case STRAFBESCHIKKING -> assertThat(mail.tekst()).contains("OM-strafbeschikking");
      default -> assertThat(mail.tekst()).doesNotContain("De strafzaak stopt");
    }
    assertThat(zaak).isEnded().hasPassed("Activity_Mailen", "End_Geinformeerd");
  }

  @Test
  void contactLocatieEnGebiedsverbodWordenUitgelegdMetWaarEnHoeMelden() {
    String zaaknummer = zaaknummer();
    registratie.registreer(zaaknummer, "VOORWAARDELIJK_SEPOT",
        EnumSet.of(Veiligheidsmaatregel.CONTACTVERBOD, Veiligheidsmaatregel.LOCATIEVERBOD,
            Veiligheidsmaatregel.GEBIEDSVERBOD, Veiligheidsmaatregel.MELDPLICHT),
        new MaatregelRegistratie.Details("Ook niet via de kinderen of sociale media.", "Dorpsstraat 1 in Zwolle & omgeving",
            LocalDate.of(2026, 11, 29), LocalDate.of(2027, 5, 29)),
        LocalDate.of(2026, 11, 29), Instant.now());

    informeer(zaaknummer, Afdoeningsbeslissing.VOORWAARDELIJK_SEPOT, true);

    Mailinhoud mail = enigeMail();
    assertThat(mail.onderwerp()).doesNotContain("verbod");
    assertThat(mail.tekst())
        .contains("Contactverbod: de verdachte mag op geen enkele manier contact met u opnemen")
        .contains("Locatieverbod: de verdachte mag niet komen op deze plek: Dorpsstraat 1 in Zwolle & omgeving")
        .contains("Gebiedsverbod: de verdachte mag dit gebied niet in: Dorpsstraat 1 in Zwolle & omgeving")
        .contains("Geldt vanaf 29 november 2026 tot en met 29 mei 2027.")
        .contains("Voorwaarden: Ook niet via de kinderen of sociale media.")
        .contains("Meldplicht. Geldt vanaf");
    // how and where to report a breach, once per verbod and not for the meldplicht
    assertThat(mail.tekst().split("bel dan 112", -1)).hasSize(4);
    assertThat(mail.tekst().split("0900-8844", -1)).hasSize(4);
    assertThat(mail.html()).contains("Dorpsstraat 1 in Zwolle &amp; omgeving").contains("<br>");
  }

  @Test
  void zonderToestemmingGeenEmail() {
    ProcessInstance zaak = informeer(zaaknummer(), Afdoeningsbeslissing.DAGVAARDING, false);

    assertThat(zaak).isEnded().hasPassed("End_GeenEmail").hasNotPassed("Activity_Mailen");
    assertThat(TestMailserver.ontvangen()).isEmpty();
    assertThat(EmailJobs.instanties(processEngine, zaak.getBusinessKey())).isEmpty();
  }

  @Test
  void hetBelformulierZegtOfErEenEmailKomt() {
    String velden = taken.formulierAls("shn", belTaak(start(zaaknummer(), Afdoeningsbeslissing.DAGVAARDING, false)))
        .toString();
    assertThat(velden).contains("Geen e-mail:", "slachtofferToestemmingEmail", "=not(slachtofferToestemmingEmail)");
  }

  /** The phone task completed as Slachtofferhulp (reached), then the jobs of the case executed. */
  private ProcessInstance informeer(String zaaknummer, Afdoeningsbeslissing beslissing, boolean toestemming) {
    ProcessInstance zaak = start(zaaknummer, beslissing, toestemming);
    taken.voltooiAls("shn", belTaak(zaak), Map.of("slachtofferGeinformeerdOp", "2026-11-28T16:05+01:00",
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Beslissing uitgelegd."));
    if (toestemming) {
      // the case has put the e-mail ready in zsmEmailVersturen and ended; its job sends it
      assertThat(zaak).isEnded().hasPassed("Activity_Mailen");
      EmailJobs.verstuur(processEngine, zaaknummer, EmailJobs.SLACHTOFFER);
    }
    return zaak;
  }

  private ProcessInstance start(String zaaknummer, Afdoeningsbeslissing beslissing, boolean toestemming) {
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("zaaknummer", zaaknummer);
    variabelen.put("afdoeningsbeslissing", beslissing.name());
    variabelen.put("slachtofferNaam", "A. de Vries");
    variabelen.put("slachtofferEmail", "a.devries@example.org");
    variabelen.put("slachtofferToestemmingEmail", toestemming);
    return processEngine.getRuntimeService().startProcessInstanceByKey("slachtofferInformeren", zaaknummer, variabelen);
  }

  private Task belTaak(ProcessInstance zaak) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(zaak.getId())
        .taskDefinitionKey("Activity_Bellen").singleResult();
  }

  private static Mailinhoud enigeMail() {
    List<jakarta.mail.internet.MimeMessage> berichten = TestMailserver.ontvangen();
    assertThat(berichten).hasSize(1);
    return Mailinhoud.van(berichten.get(0));
  }

  private static String zaaknummer() {
    return "ZSM-2026-9" + String.format("%05d", NUMMER.incrementAndGet());
  }

  static Set<Veiligheidsmaatregel> geen() {
    return EnumSet.noneOf(Veiligheidsmaatregel.class);
  }
}
