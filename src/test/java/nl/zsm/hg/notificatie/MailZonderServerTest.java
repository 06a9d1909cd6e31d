package nl.zsm.hg.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.zsm.hg.notificatie.domain.MailVerzender;
import nl.zsm.hg.notificatie.domain.Mailbericht;
import nl.zsm.hg.notificatie.domain.NotificatieInstellingen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;

/**
 * Without an SMTP server a mail is only logged in the demo profile; elsewhere the send fails (the job
 * retries and becomes an incident), so a victim's mail never ends up in a production log.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailZonderServerTest {

  private final Mailbericht bericht = new Mailbericht(List.of("slachtoffer@example.invalid"),
      "Informatie na ons telefoongesprek", "Vertrouwelijke inhoud", "<p>Vertrouwelijke inhoud</p>");

  @Test
  void buitenHetDemoProfielMisluktVersturenZonderMailserver() {
    assertThatThrownBy(() -> verzender(new MockEnvironment()).verstuur(bericht))
        .isInstanceOf(MailPreparationException.class)
        .hasMessageContaining("Geen SMTP-server ingesteld")
        .hasMessageNotContaining("Vertrouwelijke inhoud");
  }

  @Test
  void inHetDemoProfielStaatAlleenEenNeutraleRegelInDeLog(CapturedOutput log) {
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("demo");

    verzender(demo).verstuur(bericht);

    assertThat(log.getOut()).contains("Geen SMTP-server ingesteld (MAIL_HOST, profiel demo); e-mail 'Informatie na ons"
            + " telefoongesprek' niet verstuurd, ontvangers: persoonlijk adres (slachtoffer).")
        .doesNotContain("Vertrouwelijke inhoud", "slachtoffer@example.invalid");
  }

  @Test
  void buitenHetDemoProfielKomtDeMailNietInDeLog(CapturedOutput log) {
    assertThatThrownBy(() -> verzender(new MockEnvironment()).verstuur(bericht)).isInstanceOf(MailPreparationException.class);

    assertThat(log.getOut() + log.getErr()).doesNotContain("Vertrouwelijke inhoud", "slachtoffer@example.invalid");
  }

  private static MailVerzender verzender(MockEnvironment omgeving) {
    return new MailVerzender(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        new NotificatieInstellingen(), omgeving);
  }
}
