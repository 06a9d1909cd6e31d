package nl.zsm.hg.stalking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.stalking.domain.Klachtvereiste;
import nl.zsm.hg.stalking.domain.StalkingAdvies;
import nl.zsm.hg.stalking.domain.VragenlijstStalking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stalking rules without Camunda, and the stalking forms against the code and the DMN. */
class StalkingRegelsTest {

  private final Klachtvereiste klachtvereiste = new Klachtvereiste();
  private final StalkingAdvies stalkingAdvies = new StalkingAdvies();

  @ParameterizedTest
  @ValueSource(strings = {"DAGVAARDING", "DAGVAARDING_VOORGELEIDING_RC", "STRAFBESCHIKKING"})
  void vervolgingVanStalkingZonderKlachtWordtGeweigerd(String beslissing) {
    assertThatThrownBy(() -> klachtvereiste.toets(true, false, beslissing))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("klachtdelict");
    assertThatThrownBy(() -> klachtvereiste.toets(true, null, beslissing)).isInstanceOf(OngeldigeInvoerException.class);
    assertThatCode(() -> klachtvereiste.toets(true, true, beslissing)).doesNotThrowAnyException();
    assertThatCode(() -> klachtvereiste.toets(false, false, beslissing)).doesNotThrowAnyException();
  }

  /** L5369-5376: only stalking alone needs a complaint; mishandeling or bedreiging charged with it do not. */
  @ParameterizedTest
  @ValueSource(strings = {"DAGVAARDING", "DAGVAARDING_VOORGELEIDING_RC", "STRAFBESCHIKKING"})
  void deKlachtIsAlleenNodigAlsStalkingHetEnigeFeitIs(String beslissing) {
    assertThatCode(() -> klachtvereiste.toets(true, true, false, beslissing)).doesNotThrowAnyException();
    assertThatThrownBy(() -> klachtvereiste.toets(true, false, false, beslissing)).isInstanceOf(OngeldigeInvoerException.class);
    assertThatThrownBy(() -> klachtvereiste.toets(true, null, null, beslissing)).isInstanceOf(OngeldigeInvoerException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SEPOT_02", "VOORWAARDELIJK_SEPOT", "GEDRAGSAANWIJZING", "AFDOENING_ON_HOLD", "PLANDATUM"})
  void geenVervolgingKanOokZonderKlacht(String beslissing) {
    assertThatCode(() -> klachtvereiste.toets(true, false, beslissing)).doesNotThrowAnyException();
  }

  /** The task listeners hand over the task's variables; the rules read their own fields from them. */
  @Test
  void deRegelsLezenDeVariabelenVanDeZaak() {
    java.util.Map<String, Object> zaak = new java.util.HashMap<>(java.util.Map.of(
        nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING, true,
        nl.zsm.hg.stalking.domain.StalkingAanpakContract.KLACHT_INGEDIEND, false,
        nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING, "DAGVAARDING",
        nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.OVERWEGINGEN_EM, "ja"));
    assertThatThrownBy(() -> klachtvereiste.toets(zaak::get)).isInstanceOf(OngeldigeInvoerException.class);
    assertThatThrownBy(() -> stalkingAdvies.toets(zaak::get)).isInstanceOf(OngeldigeInvoerException.class);

    zaak.put(nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING, false);
    assertThatCode(() -> klachtvereiste.toets(zaak::get)).as("geen stalkingzaak").doesNotThrowAnyException();
    assertThatCode(() -> stalkingAdvies.toets(zaak::get)).as("geen stalkingzaak").doesNotThrowAnyException();
  }

  @Test
  void stalkingadviesVraagtBeideMotiveringenEnGeenMediation() {
    assertThatThrownBy(() -> stalkingAdvies.toets(true, "ja", null, false, true))
        .isInstanceOf(OngeldigeInvoerException.class)
        .satisfies(e -> assertThat(((OngeldigeInvoerException) e).meldingen()).hasSize(2));
    String motivering = "Overwogen, want het risico is hoog.";
    assertThatCode(() -> stalkingAdvies.toets(true, motivering, motivering, false, true)).doesNotThrowAnyException();
    assertThatThrownBy(() -> stalkingAdvies.toets(true, motivering, motivering, true, null))
        .hasMessageContaining("Geen mediation");
    assertThatCode(() -> stalkingAdvies.toets(true, motivering, motivering, true, false)).doesNotThrowAnyException();
    assertThatCode(() -> stalkingAdvies.toets(false, null, null, true, true)).doesNotThrowAnyException();
  }

  @Test
  void vragenlijstformulierHeeftDeVeertienVragenMetBeschrijving() throws IOException {
    JsonNode form = new ObjectMapper().readTree(new File("forms/vragenlijst-stalking.form"));
    List<String> sleutels = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    form.path("components").forEach(c -> {
      sleutels.add(c.path("key").asText());
      labels.add(c.path("label").asText());
    });
    assertThat(VragenlijstStalking.values()).hasSize(14);
    for (VragenlijstStalking vraag : VragenlijstStalking.values()) {
      assertThat(sleutels).contains(vraag.sleutel(), vraag.beschrijvingSleutel());
      assertThat(labels).contains((vraag.ordinal() + 1) + ". " + vraag.vraag());
    }
    assertThat(sleutels).contains("klachtIngediend");
  }

  @Test
  void sashformulierVultElkeInvoerVanDeBeslissingSashRisiconiveau() throws IOException {
    Matcher invoer = Pattern.compile("<inputExpression[^>]*>\\s*<text>(?:if (\\w+) = null|assert\\((\\w+),)")
        .matcher(Files.readString(Path.of("dmn/sash-risiconiveau.dmn")));
    java.util.Set<String> dmn = new java.util.TreeSet<>();
    while (invoer.find()) {
      dmn.add(invoer.group(1) != null ? invoer.group(1) : invoer.group(2));
    }
    JsonNode form = new ObjectMapper().readTree(new File("forms/stalking-sash.form"));
    List<String> sleutels = new ArrayList<>();
    form.path("components").forEach(c -> sleutels.add(c.path("key").asText()));
    assertThat(dmn).hasSize(17);
    assertThat(sleutels).containsAll(dmn);
  }
}
