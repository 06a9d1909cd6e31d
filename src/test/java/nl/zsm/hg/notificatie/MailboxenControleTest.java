package nl.zsm.hg.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import nl.zsm.hg.notificatie.domain.MailboxenControle;
import nl.zsm.hg.notificatie.domain.NotificatieInstellingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Production has no example mail addresses: without a sender or a functional mailbox the application does not start,
 * and the message names each missing setting. The demo profile keeps its example addresses.
 */
class MailboxenControleTest {

  @Test
  void eenOntbrekendeMailboxStoptDeStartEnNoemtDeInstelling() {
    NotificatieInstellingen instellingen = volledig();
    instellingen.getMailbox().remove("politie");
    instellingen.getMailbox().put("rvdk", " ");

    assertThatThrownBy(() -> new MailboxenControle(instellingen).afterPropertiesSet())
        .hasMessageContaining("zsm.notificatie.mailbox.politie (ZSM_MAILBOX_POLITIE)")
        .hasMessageContaining("zsm.notificatie.mailbox.rvdk (ZSM_MAILBOX_RVDK)")
        .hasMessageNotContaining("veilig-thuis");
  }

  @Test
  void zonderAfzenderStartHetNiet() {
    NotificatieInstellingen instellingen = volledig();
    instellingen.setAfzender("");

    assertThatThrownBy(() -> new MailboxenControle(instellingen).afterPropertiesSet())
        .hasMessageContaining("zsm.notificatie.afzender (ZSM_MAIL_AFZENDER)");
  }

  @Test
  void metAlleAdressenStartHet() {
    assertThatCode(() -> new MailboxenControle(volledig()).afterPropertiesSet()).doesNotThrowAnyException();
  }

  @Test
  void productieHeeftGeenVoorbeeldadressenHetDemoprofielWel() {
    Properties productie = yaml("application.yaml");
    Properties demo = yaml("application-demo.yaml");

    for (String groep : new String[] {"veilig-thuis", "politie", "slachtofferhulp", "reclassering", "rvdk"}) {
      assertThat(productie.getProperty("zsm.notificatie.mailbox." + groep)).as(groep).endsWith(":}");
      assertThat(demo.getProperty("zsm.notificatie.mailbox." + groep)).as(groep).contains("@").contains("example.invalid");
    }
    assertThat(productie.getProperty("zsm.notificatie.afzender")).isEqualTo("${ZSM_MAIL_AFZENDER:}");
    assertThat(new NotificatieInstellingen().getAfzender()).isNull();
  }

  private static Properties yaml(String bestand) {
    YamlPropertiesFactoryBean lezer = new YamlPropertiesFactoryBean();
    lezer.setResources(new ClassPathResource(bestand));
    return lezer.getObject();
  }

  private static NotificatieInstellingen volledig() {
    NotificatieInstellingen instellingen = new NotificatieInstellingen();
    instellingen.setAfzender("zsm@example.invalid");
    Map<String, String> mailbox = new HashMap<>();
    for (String groep : new String[] {"veilig-thuis", "politie", "slachtofferhulp", "reclassering", "rvdk"}) {
      mailbox.put(groep, groep + "@example.invalid");
    }
    instellingen.setMailbox(mailbox);
    return instellingen;
  }
}
