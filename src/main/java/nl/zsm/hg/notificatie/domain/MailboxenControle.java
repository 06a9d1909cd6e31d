package nl.zsm.hg.notificatie.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.zsm.hg.security.domain.Organisatie;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At start-up: the sender and the functional mailbox of every organisation that gets the decision mail
 * ({@link BeslissingsBericht}) are set. Production has no defaults (application.yaml), so a missing setting stops
 * the start with a message that names it, instead of a mail job failing in the night. The demo profile sets its
 * own example addresses (application-demo.yaml).
 */
@Component
public record MailboxenControle(NotificatieInstellingen instellingen) implements InitializingBean {

  /** Every organisation the decision mail can go to: VT, politie, Slachtofferhulp and the advising organisation. */
  static final List<Organisatie> ONTVANGERS = List.of(Organisatie.VEILIG_THUIS, Organisatie.POLITIE,
      Organisatie.SLACHTOFFERHULP, Organisatie.RECLASSERING, Organisatie.RVDK);

  @Override
  public void afterPropertiesSet() {
    List<String> ontbreekt = new ArrayList<>();
    if (isLeeg(instellingen.getAfzender())) {
      ontbreekt.add("zsm.notificatie.afzender (ZSM_MAIL_AFZENDER)");
    }
    for (Organisatie organisatie : ONTVANGERS) {
      String groep = organisatie.groupId();
      if (isLeeg(instellingen.getMailbox().get(groep))) {
        ontbreekt.add("zsm.notificatie.mailbox." + groep + " (ZSM_MAILBOX_"
            + groep.replace('-', '_').toUpperCase(Locale.ROOT) + ")");
      }
    }
    if (!ontbreekt.isEmpty()) {
      throw new IllegalStateException("E-mailinstellingen ontbreken: " + String.join(", ", ontbreekt)
          + ". Zet het adres van de afzender en de functionele mailbox van elke organisatie in de configuratie of"
          + " de omgeving (docs/slachtoffer.md).");
    }
  }

  private static boolean isLeeg(String adres) {
    return adres == null || adres.isBlank();
  }
}
