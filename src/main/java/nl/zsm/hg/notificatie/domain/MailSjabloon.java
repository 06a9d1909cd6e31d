package nl.zsm.hg.notificatie.domain;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A Mustache mail template from the classpath ({@code mail/<naam>.txt} and {@code mail/<naam>.html}) with
 * placeholders {@code {{sleutel}}}. Values are plain text: the text part takes them as they are, the HTML part
 * escapes them with Mustache's HTML escaper and turns line breaks into {@code <br>}. A placeholder without a value
 * is an error, so no half-filled mail leaves.
 */
public record MailSjabloon(String naam, Template tekst, Template html) {

  private static final Mustache.Compiler TEKST = Mustache.compiler().escapeHTML(false);
  private static final Mustache.Compiler HTML =
      Mustache.compiler().withEscaper(waarde -> Escapers.HTML.escape(waarde).replace("\n", "<br>\n"));

  public static MailSjabloon laad(String naam) {
    return new MailSjabloon(naam, TEKST.compile(bron("mail/" + naam + ".txt")),
        HTML.compile(bron("mail/" + naam + ".html")));
  }

  public String tekst(Map<String, String> waarden) {
    return vul(tekst, waarden);
  }

  public String html(Map<String, String> waarden) {
    return vul(html, waarden);
  }

  private String vul(Template sjabloon, Map<String, String> waarden) {
    try {
      return sjabloon.execute(waarden);
    } catch (MustacheException.Context e) {
      throw new IllegalArgumentException("Mailsjabloon '" + naam + "' mist een waarde voor {{" + e.key + "}}.", e);
    }
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
