package nl.zsm.hg.notificatie.domain;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zsm.notificatie.*}: the sender and the functional mailbox of each organisation (never a
 * person's address), keyed by group id, e.g. {@code zsm.notificatie.mailbox.veilig-thuis}.
 */
@ConfigurationProperties(prefix = "zsm.notificatie")
public class NotificatieInstellingen {

  private String afzender;
  private Map<String, String> mailbox = new HashMap<>();

  public String getAfzender() {
    return afzender;
  }

  public void setAfzender(String afzender) {
    this.afzender = afzender;
  }

  public Map<String, String> getMailbox() {
    return mailbox;
  }

  public void setMailbox(Map<String, String> mailbox) {
    this.mailbox = mailbox;
  }

  /** The functional mailbox of an organisation; a missing one is a configuration error. */
  public String mailboxVan(String groep) {
    String adres = mailbox.get(groep);
    if (adres == null || adres.isBlank()) {
      throw new IllegalStateException("Geen functionele mailbox ingesteld voor '" + groep
          + "': zet zsm.notificatie.mailbox." + groep + " in de configuratie.");
    }
    return adres.trim();
  }
}
