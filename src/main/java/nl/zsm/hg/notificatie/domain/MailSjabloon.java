package nl.zsm.hg.notificatie.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail template from the classpath ({@code mail/<naam>.txt} and {@code mail/<naam>.html}) with
 * placeholders {@code {{sleutel}}}. Values are plain text: in the HTML part they are escaped and line
 * breaks become {@code <br>}. A placeholder without a value is an error, so no half-filled mail leaves.
 */
public final class MailSjabloon {

  private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

  private final String naam;
  private final String tekst;
  private final String html;

  private MailSjabloon(String naam, String tekst, String html) {
    this.naam = naam;
    this.tekst = tekst;
    this.html = html;
  }

  public static MailSjabloon laad(String naam) {
    return new MailSjabloon(naam, bron("mail/" + naam + ".txt"), bron("mail/" + naam + ".html"));
  }

  public String tekst(Map<String, String> waarden) {
    return vul(tekst, waarden, false);
  }

  public String html(Map<String, String> waarden) {
    return vul(html, waarden, true);
  }

  private String vul(String sjabloon, Map<String, String> waarden, boolean alsHtml) {
    Matcher matcher = PLAATSHOUDER.matcher(sjabloon);
    StringBuilder uit = new StringBuilder();
    while (matcher.find()) {
      String sleutel = matcher.group(1);
      String waarde = waarden.get(sleutel);
      if (waarde == null) {
        throw new IllegalArgumentException("Mailsjabloon '" + naam + "' mist een waarde voor {{" + sleutel + "}}.");
      }
      matcher.appendReplacement(uit, Matcher.quoteReplacement(alsHtml ? htmlTekst(waarde) : waarde));
    }
    matcher.appendTail(uit);
    return uit.toString();
  }

  static String htmlTekst(String waarde) {
    return waarde.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;").replace("\n", "<br>\n");
  }

  private static String bron(String pad) {
    try (InputStream in = MailSjabloon.class.getClassLoader().getResourceAsStream(pad)) {
      if (in == null) {
        throw new IllegalStateException("Mailsjabloon " + pad + " ontbreekt op het classpath.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
