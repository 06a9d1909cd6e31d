package nl.zsm.hg.notificatie.domain;

import java.util.List;

/**
 * One e-mail: recipients, a subject without sensitive content, a plain-text and an HTML body with the
 * same content.
 */
public record Mailbericht(List<String> aan, String onderwerp, String tekst, String html) {

  public Mailbericht {
    if (aan == null || aan.isEmpty() || aan.stream().anyMatch(adres -> adres == null || adres.isBlank())) {
      throw new IllegalArgumentException("Een e-mail heeft ten minste één geldig adres nodig.");
    }
    aan = List.copyOf(aan);
  }
}
