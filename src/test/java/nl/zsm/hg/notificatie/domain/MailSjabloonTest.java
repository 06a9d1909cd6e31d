package nl.zsm.hg.notificatie.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSjabloonTest {

  private final MailSjabloon sjabloon = MailSjabloon.laad("partners-beslissing");

  @Test
  void waardenWordenIngevuldEnInHtmlVeiligGemaakt() {
    Map<String, String> waarden = waarden();
    waarden.put("toelichting", "<script>x</script> & \"meer\"\nregel 2");

    assertThat(sjabloon.tekst(waarden)).contains("<script>x</script> & \"meer\"\nregel 2").doesNotContain("{{");
    assertThat(sjabloon.html(waarden)).contains("&lt;script&gt;x&lt;/script&gt; &amp; &quot;meer&quot;<br>\nregel 2")
        .doesNotContain("<script>", "{{");
  }

  @Test
  void deTekstVanHetSlachtofferIsWoordVoorWoordDeVertrouwdeTekst() {
    Map<String, String> waarden = Map.of("naam", "mevrouw Jansen", "zaaknummer", "ZSM-2026-000001",
        "beslissing", "Dagvaarding.", "maatregelen", "Contactverbod\nLocatieverbod", "organisatie", "Slachtofferhulp");

    assertThat(MailSjabloon.laad("slachtoffer-beslissing").tekst(waarden)).isEqualTo("""
        Beste mevrouw Jansen,

        Zoals wij u telefonisch hebben verteld, sturen wij u de informatie ook per e-mail, zodat u het rustig kunt \
        nalezen. De officiële brief van het Openbaar Ministerie volgt later.

        Uw zaaknummer: ZSM-2026-000001

        Wat is er besloten?
        Dagvaarding.

        Maatregelen voor uw bescherming
        Contactverbod
        Locatieverbod

        Heeft u vragen of voelt u zich niet veilig? Neem contact met ons op of bel Veilig Thuis: 0800-2000 (gratis, \
        dag en nacht). Bij direct gevaar: bel 112.

        Met vriendelijke groet,
        Slachtofferhulp

        Deze e-mail is automatisch verstuurd na het telefoongesprek; u kunt er niet op antwoorden.
        """);
  }

  @Test
  void eenWaardeMetSjabloontekensWordtNietUitgevoerd() {
    Map<String, String> waarden = waarden();
    waarden.put("toelichting", "{{zaaknummer}} {{#x}}");

    assertThat(sjabloon.html(waarden)).contains("{{zaaknummer}} {{#x}}").doesNotContain("zaaknummer-waarde {{#x}}");
  }

  @Test
  void eenOntbrekendeWaardeIsEenFout() {
    Map<String, String> waarden = waarden();
    waarden.remove("zaaknummer");

    assertThatThrownBy(() -> sjabloon.tekst(waarden)).hasMessageContaining("{{zaaknummer}}");
  }

  @Test
  void eenMailZonderAdresBestaatNiet() {
    assertThatThrownBy(() -> new Mailbericht(List.of(" "), "x", "x", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, String> waarden() {
    Map<String, String> waarden = new HashMap<>();
    for (String sleutel : List.of("zaaknummer", "beslissing", "toelichting", "maatregelen", "beeindigd", "vervolgVeiligThuis")) {
      waarden.put(sleutel, sleutel + "-waarde");
    }
    return waarden;
  }
}
