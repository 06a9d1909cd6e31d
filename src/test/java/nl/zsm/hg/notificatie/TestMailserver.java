package nl.zsm.hg.notificatie;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One GreenMail SMTP server for all mail tests, on 127.0.0.1 and a free port chosen at the first start.
 * {@link #stop()} takes it down (mail server out of order), {@link #start()} brings it back on the same port.
 */
public final class TestMailserver {

  private static GreenMail server;
  private static int poort;

  private TestMailserver() {}

  public static synchronized void start() {
    if (server != null) {
      return;
    }
    ServerSetup setup = poort == 0
        ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
        : new ServerSetup(poort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    server = new GreenMail(setup);
    server.start();
    poort = server.getSmtp().getPort();
  }

  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public static synchronized List<MimeMessage> ontvangen() {
    return server == null ? List.of() : List.of(server.getReceivedMessages());
  }

  public static synchronized void leegmaken() throws Exception {
    start();
    server.purgeEmailFromAllMailboxes();
  }

  /** Points Spring Mail of the test context at the server. */
  public static final class Koppeling implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      start();
      TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + poort,
          "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000")
          .applyTo(context);
    }
  }
}
