package nl.zsm.hg.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.contract.domain.Contracten;
import nl.zsm.hg.contract.domain.FormulierVelden;
import nl.zsm.hg.contract.domain.JsonTekst;
import nl.zsm.hg.contract.domain.Stapcontract;
import nl.zsm.hg.contract.domain.Uitkomst;
import nl.zsm.hg.contract.domain.Veldsoort;
import nl.zsm.hg.contract.engine.ContractenLezer;
import org.junit.jupiter.api.Test;

/** The contracts derived from the product's own forms and contract files, checked without an engine. */
class FormulierContractTest {

  private static final Contracten CONTRACTEN = new ContractenLezer().lees();

  private static Stapcontract taak(String proces, String taak) {
    return CONTRACTEN.vanTaak(proces, taak).orElseThrow();
  }

  private static Uitkomst controleer(Stapcontract contract, Map<String, ?> invoer) {
    return contract.controleer(invoer, naam -> null);
  }

  @Test
  void deVrijheidsbenemingKentHaarVeldenUitHetFormulier() {
    Stapcontract contract = taak("zsmHuiselijkGeweld", "Task_Vrijheidsbeneming");
    assertThat(contract.bron()).isEqualTo("forms/hg-vrijheidsbeneming.form");
    assertThat(contract.velden().get("vrijheidsbeslissing").soort()).isEqualTo(Veldsoort.KEUZE);
    assertThat(contract.velden().get("vrijheidsbeslissing").verplicht()).isTrue();
    assertThat(contract.velden().get("veiligheidsmaatregelen").soort()).isEqualTo(Veldsoort.LIJST);
    assertThat(contract.velden().get("vast").alleenLezen()).isTrue();
    assertThat(contract.velden().get("maatregelGebied").maxLengte()).isEqualTo(1000);
    assertThat(contract.velden().get("toelichtingMaatregelen").maxLengte()).isEqualTo(FormulierVelden.MAX_LANGE_TEKST);
  }

  @Test
  void eenVeldBuitenHetContractWordtGenoemd() {
    Uitkomst uitkomst = controleer(taak("zsmHuiselijkGeweld", "Task_Vrijheidsbeneming"),
        Map.of("vrijheidsbeslissing", "HEENZENDEN", "adviseurGroep", "om"));
    assertThat(uitkomst.meldingen()).singleElement().asString()
        .contains("'adviseurGroep' hoort niet bij de stap 'Beslissen over vasthouden of heenzenden")
        .contains("Toegestaan: vrijheidsbeslissing, veiligheidsmaatregelen");
  }

  @Test
  void alleenLezenMagAlleenOngewijzigdTerugkomen() {
    Stapcontract contract = taak("zsmHuiselijkGeweld", "Task_Vrijheidsbeneming");
    Map<String, Object> huidig = Map.of("vast", true, "leeftijdVerdachte", 45,
        "tijdstipAanhouding", "2026-11-25T11:00:00+01:00");
    Map<String, Object> terug = new HashMap<>(Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING", "vast", true,
        "leeftijdVerdachte", 45.0, "tijdstipAanhouding", "2026-11-25T10:00Z"));
    Uitkomst gelijk = contract.controleer(terug, huidig::get);
    assertThat(gelijk.meldingen()).isEmpty();
    assertThat(gelijk.ongewijzigdAlleenLezen()).containsExactlyInAnyOrder("vast", "leeftijdVerdachte", "tijdstipAanhouding");

    Uitkomst gewijzigd = contract.controleer(Map.of("vrijheidsbeslissing", "HEENZENDEN", "vast", false), huidig::get);
    assertThat(gewijzigd.meldingen()).singleElement().asString()
        .contains("'Verdachte aangehouden (vastzaak)' (vast)").contains("alleen te lezen");
  }

  @Test
  void typeWaardeLengteEnVerplichtWordenGecontroleerd() {
    Stapcontract vermoeden = taak("zsmHuiselijkGeweld", "Task_VermoedenBeoordelen");
    assertThat(controleer(vermoeden, Map.of()).meldingen()).singleElement().asString()
        .contains("Vul het veld").contains("toelichtingVermoeden");
    assertThat(controleer(vermoeden, Map.of("vermoedenStrafbaarFeit", "misschien", "toelichtingVermoeden", "x")).meldingen())
        .singleElement().asString().contains("vermoedenStrafbaarFeit").contains("ja of nee").contains("misschien");

    Stapcontract vrijheid = taak("zsmHuiselijkGeweld", "Task_Vrijheidsbeneming");
    assertThat(controleer(vrijheid, Map.of("vrijheidsbeslissing", "VRIJLATEN")).meldingen()).singleElement().asString()
        .contains("onbekende waarde 'VRIJLATEN'").contains("HEENZENDEN");
    assertThat(controleer(vrijheid, Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", new JsonTekst("[\"CONTACTVERBOD\",\"ENKELBAND\"]"))).meldingen())
        .singleElement().asString().contains("'ENKELBAND'");
    assertThat(controleer(vrijheid, Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", new JsonTekst("[\"CONTACTVERBOD\", \"LOCATIEVERBOD\"]"),
        "maatregelGebied", "x".repeat(1001))).meldingen())
        .singleElement().asString().contains("maatregelGebied").contains("te lang: 1001 tekens, ten hoogste 1000");
    assertThat(controleer(vrijheid, Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", new JsonTekst("[]"), "maatregelIngangsdatum", "morgen")).meldingen())
        .singleElement().asString().contains("maatregelIngangsdatum").contains("datum");
  }

  @Test
  void deIntakeControleertGetallenEnPatronen() {
    Stapcontract intake = CONTRACTEN.vanStart("zsmHuiselijkGeweld").orElseThrow();
    assertThat(intake.velden()).containsKey("nachtverhoren"); // API-only, from the contract file next to the model
    Map<String, Object> invoer = new HashMap<>(Map.of("leeftijdVerdachte", 7, "slachtofferTelefoon", "bel maar"));
    assertThat(controleer(intake, invoer).meldingen())
        .anySatisfy(m -> assertThat(m).contains("leeftijdVerdachte").contains("minstens 12"))
        .anySatisfy(m -> assertThat(m).contains("slachtofferTelefoon").contains("niet de juiste vorm"));
  }

  @Test
  void hetBerichtUitspraakRechterHeeftZijnContractNaastHetModel() {
    Stapcontract bericht = CONTRACTEN.vanBericht("UitspraakRechter").orElseThrow();
    assertThat(bericht.bron()).isEqualTo("processes/na-zsm.contract.json");
    assertThat(controleer(bericht, Map.of("uitspraakRechter", "TOEZICHT")).meldingen()).isEmpty();
    assertThat(controleer(bericht, Map.of("uitspraakRechter", "TOEZICHT", "slachtofferTelefoon", "06")).meldingen())
        .singleElement().asString().contains("slachtofferTelefoon");
    assertThat(controleer(bericht, Map.of()).meldingen()).singleElement().asString().contains("uitspraakRechter");
  }

  @Test
  void elkeGebruikerstaakVanElkProductmodelHeeftEenContractUitZijnFormulier() {
    assertThat(CONTRACTEN.taken().stream().filter(contract -> !contract.stap().startsWith("test")).toList())
        .hasSizeGreaterThan(40)
        .allSatisfy(contract -> assertThat(contract.bron()).as(contract.stap()).startsWith("forms/"));
  }
}
