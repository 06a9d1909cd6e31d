package nl.zsm.hg.notificatie;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The plain-text and HTML parts of a received e-mail, for assertions. */
public record Mailinhoud(List<String> aan, String onderwerp, String tekst, String html) {

  public static Mailinhoud van(MimeMessage bericht) {
    try {
      String[] delen = new String[2];
      verzamel(bericht, delen);
      List<String> aan = Arrays.stream(bericht.getAllRecipients()).map(Object::toString).toList();
      return new Mailinhoud(aan, bericht.getSubject(), delen[0], delen[1]);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first mail the test mail server received with this subject, its text with plain line ends. */
  public static Mailinhoud ontvangenMetOnderwerp(String onderwerp) {
    Mailinhoud m = TestMailserver.ontvangen().stream().map(Mailinhoud::van).filter(x -> x.onderwerp().equals(onderwerp))
        .findFirst().orElseThrow(() -> new AssertionError("geen e-mail met onderwerp '" + onderwerp + "' ontvangen"));
    return new Mailinhoud(m.aan(), m.onderwerp(), m.tekst().replace("\r\n", "\n"), m.html());
  }

  private static void verzamel(Part deel, String[] delen) throws Exception {
    if (deel.isMimeType("text/plain")) {
      delen[0] = deel.getContent().toString();
    } else if (deel.isMimeType("text/html")) {
      delen[1] = deel.getContent().toString();
    } else if (deel.getContent() instanceof Multipart meer) {
      for (int i = 0; i < meer.getCount(); i++) {
        BodyPart onderdeel = meer.getBodyPart(i);
        verzamel(onderdeel, delen);
      }
    }
  }
}
