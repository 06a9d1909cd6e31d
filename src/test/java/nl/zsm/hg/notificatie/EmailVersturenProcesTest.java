package nl.zsm.hg.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The process zsmEmailVersturen on its own: the case starts it with a copy of the variables the e-mail needs; it waits
 * at an async job (the case has gone on) and that job sends exactly one e-mail.
 */
@ZsmSpringTest
class EmailVersturenProcesTest extends DeelprocesTest {

  @Override
  protected String proces() {
    return "zsmEmailVersturen";
  }

  @Test
  void partnersMail_wachtOpDeJob_verstuurtEenBerichtAanDeMailboxen() throws Exception {
    TestMailserver.leegmaken();
    Map<String, Object> v = new HashMap<>();
    v.put("emailSoort", "partners");
    v.put("zaaknummer", "ZSM-2026-810001");
    v.put("afdoeningsbeslissing", "DAGVAARDING");
    v.put("toelichtingAfdoening", null);
    v.put("adviseurGroep", "rvdk");
    ProcessInstance mail = start("ZSM-2026-810001", v);

    assertThat(mail).isWaitingAt(EmailJobs.PARTNERS);
    assertThat(TestMailserver.ontvangen()).isEmpty();
    EmailJobs.verstuur(processEngine, "ZSM-2026-810001", EmailJobs.PARTNERS);

    assertThat(mail).isEnded().hasPassed("End_PartnersGemaild");
    // one message to four functional mailboxes (the test server stores one copy per mailbox)
    assertThat(TestMailserver.ontvangen()).hasSize(4);
    assertThat(Mailinhoud.van(TestMailserver.ontvangen().get(0)).aan()).hasSize(4).contains("zsm@rvdk.example.invalid");
    assertThat(eindvariabelen(mail).get("partnersGemaildOp")).isNotNull();
  }

  @Test
  void slachtofferMail_wachtOpDeJob_verstuurtEenBericht() throws Exception {
    TestMailserver.leegmaken();
    Map<String, Object> v = new HashMap<>();
    v.put("emailSoort", "slachtoffer");
    v.put("zaaknummer", "ZSM-2026-810002");
    v.put("afdoeningsbeslissing", "SEPOT_02");
    v.put("slachtofferEmail", "slachtoffer@example.org");
    v.put("slachtofferNaam", "B. Jansen");
    v.put("informerendeOrganisatie", "veilig-thuis");
    ProcessInstance mail = start("ZSM-2026-810002", v);

    assertThat(mail).isWaitingAt(EmailJobs.SLACHTOFFER);
    EmailJobs.verstuur(processEngine, "ZSM-2026-810002", EmailJobs.SLACHTOFFER);

    assertThat(mail).isEnded().hasPassed("End_SlachtofferGemaild");
    assertThat(TestMailserver.ontvangen()).hasSize(1);
    Mailinhoud inhoud = Mailinhoud.van(TestMailserver.ontvangen().get(0));
    assertThat(inhoud.aan()).containsExactly("slachtoffer@example.org");
    assertThat(inhoud.tekst()).contains("Beste B. Jansen", "ZSM-2026-810002", "Veilig Thuis");
  }
}
