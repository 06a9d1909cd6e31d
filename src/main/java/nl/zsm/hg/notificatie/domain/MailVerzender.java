package nl.zsm.hg.notificatie.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends a {@link Mailbericht} through Spring Mail as a multipart/alternative message (text and HTML).
 * Without an SMTP host ({@code spring.mail.host} / {@code MAIL_HOST} empty, the default of
 * {@code mvn spring-boot:run}) the message is written to the log instead. A failing server throws, so the
 * sending job of the engine retries and finally raises an incident.
 */
@Service
@EnableConfigurationProperties(NotificatieInstellingen.class)
public class MailVerzender {

  private static final Logger LOG = LoggerFactory.getLogger(MailVerzender.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificatieInstellingen instellingen;
  private final boolean smtpIngesteld;
  private final boolean demo;
  /** host:port of the SMTP server, for diagnostics in a failure (never a recipient's address). */
  private final String server;

  public MailVerzender(ObjectProvider<JavaMailSender> mailSender, NotificatieInstellingen instellingen,
      Environment omgeving) {
    this.mailSender = mailSender;
    this.instellingen = instellingen;
    String host = omgeving.getProperty("spring.mail.host");
    this.smtpIngesteld = host != null && !host.isBlank();
    this.server = smtpIngesteld ? host.trim() + ":" + omgeving.getProperty("spring.mail.port", "25") : "geen";
    this.demo = omgeving.acceptsProfiles(Profiles.of("demo"));
  }

  /** The kind of each recipient: the functional mailbox of an organisation (by group id) or a personal address. */
  String ontvangers(Mailbericht bericht) {
    return bericht.aan().stream().map(adres -> instellingen.getMailbox().entrySet().stream()
            .filter(mailbox -> adres.equalsIgnoreCase(mailbox.getValue() == null ? "" : mailbox.getValue().trim()))
            .map(mailbox -> "functionele mailbox " + mailbox.getKey())
            .findFirst().orElse("persoonlijk adres (slachtoffer)"))
        .distinct().collect(java.util.stream.Collectors.joining(", "));
  }

  public void verstuur(Mailbericht bericht) {
    JavaMailSender sender = smtpIngesteld ? mailSender.getIfAvailable() : null;
    if (sender == null && !demo) {
      // never write a victim's mail into a production log: the send job fails, retries and becomes an incident
      throw new MailPreparationException("Geen SMTP-server ingesteld (MAIL_HOST): e-mail '" + bericht.onderwerp()
          + "' niet verstuurd. Stel de mailserver in en probeer de job opnieuw (Cockpit).");
    }
    if (sender == null) {
      // a neutral line only: never an address or the body (a victim's details, the area of a ban)
      LOG.info("Geen SMTP-server ingesteld (MAIL_HOST, profiel demo); e-mail '{}' niet verstuurd, ontvangers: {}.",
          bericht.onderwerp(), ontvangers(bericht));
      return;
    }
    MimeMessage mime = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
      helper.setFrom(instellingen.getAfzender());
      helper.setTo(bericht.aan().toArray(String[]::new));
      helper.setSubject(bericht.onderwerp());
      helper.setText(bericht.tekst(), bericht.html());
    } catch (MessagingException e) {
      // e.g. an AddressException quotes the address: not in the log
      throw new MailPreparationException("E-mail '" + bericht.onderwerp() + "' kon niet worden opgebouwd ("
          + e.getClass().getSimpleName() + "); controleer de adressen van " + ontvangers(bericht) + ".");
    }
    try {
      sender.send(mime);
    } catch (MailException e) {
      // the server's answer can quote the recipient's address: the job log and incident get a neutral reason
      throw new MailSendException("E-mail '" + bericht.onderwerp() + "' niet verstuurd aan " + ontvangers(bericht)
          + ": de mailserver " + server + " weigerde of was niet bereikbaar (" + e.getClass().getSimpleName() + ").");
    }
    LOG.info("E-mail '{}' verstuurd naar {} adres(sen).", bericht.onderwerp(), bericht.aan().size());
  }
}
