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
