package nl.zsm.hg.formulieren;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How forms read in Tasklist: no label cut off in a half column, and what politie recorded shown to VT. */
class FormulierWeergaveTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode formulier(String naam) throws Exception {
    return JSON.readTree(Path.of("forms", naam + ".form").toFile());
  }

  private static JsonNode veld(JsonNode formulier, String key) {
    for (JsonNode veld : formulier.path("components")) {
      if (key.equals(veld.path("key").asText())) {
        return veld;
      }
    }
    throw new AssertionError("Geen veld " + key);
  }

  @Test
  void deCriteriaVanVraag1StaanElkOpEenEigenRegel() throws Exception {
    JsonNode vraag1 = formulier("hg-vermoeden-strafbaar-feit");
    List<String> rijen = new ArrayList<>();
    for (String criterium : List.of("criteriumVerklaringBetrokkene", "criteriumSituatieTerPlaatse",
        "criteriumOnverklaardLetsel", "criteriumVerklaringDerde")) {
      JsonNode layout = veld(vraag1, criterium).path("layout");
      assertThat(layout.path("columns").isNull() || layout.path("columns").isMissingNode())
          .as(criterium + " over de volle breedte (zijn label is een hele zin)").isTrue();
      rijen.add(layout.path("row").asText());
    }
    assertThat(rijen).doesNotHaveDuplicates();
  }

  @Test
  void veiligThuisZietBijHetBeoordelenWatDePolitieOverEerdereIncidentenSchreef() throws Exception {
    JsonNode beoordelen = formulier("onveilige-gebeurtenissen-beoordelen");
    JsonNode eerder = veld(beoordelen, "eerdereIncidentenPolitie");
    assertThat(eerder.path("disabled").asBoolean()).as("alleen lezen").isTrue();
    assertThat(eerder.path("label").asText()).isEqualTo("Eerdere incidenten en meldingen bij de politie");
    assertThat(veld(formulier("vt-informatie-politie"), "eerdereIncidentenPolitie").path("disabled").asBoolean())
        .as("de politie vult het in").isFalse();
  }

  @Test
  void hetAfdoeningsformulierToontAlleenWatVoorDezeZaakIsVastgelegd() throws Exception {
    JsonNode afdoening = formulier("hg-afdoeningsbeslissing");
    // an empty text of an earlier step is left out; the stalking and contact sections only when they have content
    assertThat(veld(afdoening, "adviesBijzondereVoorwaarden").path("conditional").path("hide").asText())
        .isEqualTo("=(adviesBijzondereVoorwaarden = null or adviesBijzondereVoorwaarden = \"\")");
    assertThat(veld(afdoening, "risiconiveau").path("conditional").path("hide").asText()).contains("risiconiveau = null");
    JsonNode stalking = null;
    for (JsonNode veld : afdoening.path("components")) {
      if ("Text_Stalking".equals(veld.path("id").asText())) {
        stalking = veld;
      }
    }
    assertThat(stalking.path("conditional").path("hide").asText()).contains("klachtIngediend != true", " and ");
    // what the rule that never breaks needs stays in view, also when it is false or missing
    for (String altijd : List.of("zaaknummer", "vast", "veiligheidsbeoordelingAfgerond", "acuutOnveilig",
        "vrijheidsbeslissing", "slachtofferWenstVervolging", "afdoeningsbeslissing", "veiligheidsmaatregelen")) {
      assertThat(veld(afdoening, altijd).path("conditional").path("hide").isMissingNode()).as(altijd).isTrue();
    }
  }
}
