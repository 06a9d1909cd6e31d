package nl.zsm.hg.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.notificatie.domain.MailVerzender;
import nl.zsm.hg.notificatie.domain.Mailbericht;
import nl.zsm.hg.notificatie.domain.NotificatieInstellingen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;

/** No victim data in any log (issue 11, item 8): rejected intakes and the demo profile's mail line. */
@ZsmSpringTest
@ExtendWith(OutputCaptureExtension.class)
class GeenSlachtoffergegevensInLogTest {

  private static final String NAAM = "Zwaantje Geheimnaam";
  private static final String ONGELDIGE_TELEFOON = "06-1234-ABCD-77";
  private static final String ONGELDIGE_EMAIL = "geheim.slachtoffer@nergens";
  private static final String TELEFOON = "06 55512399";
  private static final String EMAIL = "zwaantje@voorbeeld.example";
  private static final String VERBODSADRES = "Geheimstraat 17, 1234 AB Ergens";

  @LocalServerPort int port;

  @Test
  void eenGeweigerdeIntakeLogtGeenTelefoonOfEmailOokNietOpDebug(CapturedOutput log) {
    Logger camunda = (Logger) LoggerFactory.getLogger("org.camunda");
    Level was = camunda.getLevel();
    camunda.setLevel(Level.DEBUG);
    try {
      HttpResponse<String> ongeldig = start(ONGELDIGE_TELEFOON, ONGELDIGE_EMAIL, "IB");
      assertThat(ongeldig.statusCode()).as(ongeldig.body()).isEqualTo(400);
      assertThat(ongeldig.body()).contains("slachtofferTelefoon", "slachtofferEmail")
          .doesNotContain(ONGELDIGE_TELEFOON, ONGELDIGE_EMAIL);

      HttpResponse<String> zonderIb = start(TELEFOON, EMAIL, "");
      assertThat(zonderIb.statusCode()).as(zonderIb.body()).isEqualTo(400);
    } finally {
      camunda.setLevel(was);
    }
    assertThat(log.getOut() + log.getErr())
        .contains("Individuele Beoordeling") // the refusal itself is logged by the engine
        .doesNotContain(ONGELDIGE_TELEFOON, ONGELDIGE_EMAIL, TELEFOON, EMAIL, NAAM);
  }

  @Test
  void deMailInHetDemoprofielIsEenNeutraleRegel(CapturedOutput log) {
    NotificatieInstellingen instellingen = new NotificatieInstellingen();
    instellingen.setMailbox(Map.of("politie", "zsm@politie.example.invalid"));
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("demo");
    MailVerzender verzender = new MailVerzender(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        instellingen, demo);

    verzender.verstuur(new Mailbericht(List.of("zsm@politie.example.invalid", EMAIL), "Beslissing ZSM",
        "Gebiedsverbod rond " + VERBODSADRES + " voor " + NAAM, "<p>Gebiedsverbod rond " + VERBODSADRES + "</p>"));

    assertThat(log.getOut()).contains("Beslissing ZSM", "functionele mailbox politie", "persoonlijk adres")
        .doesNotContain(VERBODSADRES, NAAM, EMAIL, "zsm@politie.example.invalid", "Gebiedsverbod");
  }

  private HttpResponse<String> start(String telefoon, String email, String ib) {
    String intake = "{\"variables\":{\"vast\":{\"value\":false},"
        + "\"heterdaad\":{\"value\":false},\"leeftijdVerdachte\":{\"value\":29},\"labelHuiselijkGeweld\":{\"value\":true},"
        + "\"kinderenInGezin\":{\"value\":false},\"vtMeldingGedaan\":{\"value\":true},"
        + "\"slachtofferNaam\":{\"value\":\"" + NAAM + "\"},\"slachtofferTelefoon\":{\"value\":\"" + telefoon + "\"},"
        + "\"slachtofferEmail\":{\"value\":\"" + email + "\"},"
        + "\"slachtofferToestemmingContact\":{\"value\":true},\"regio\":{\"value\":\"rotterdam\"},\"individueleBeoordeling\":{\"value\":\"" + ib + "\"}}}";
    return ApiClient.als(port, "politie").post("/engine-rest/process-definition/key/zsmHuiselijkGeweld/start", intake);
  }
}
