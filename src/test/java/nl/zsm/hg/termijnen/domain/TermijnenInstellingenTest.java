package nl.zsm.hg.termijnen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Extra feestdagen as procesbeheer writes them in the configuration (properties, yaml or environment). */
class TermijnenInstellingenTest {

  @Test
  void extra_feestdag_uit_de_configuratie_telt_niet_als_werkdag() {
    MapConfigurationPropertySource configuratie = new MapConfigurationPropertySource(Map.of(
        "zsm.termijnen.extra-feestdagen[0].datum", "2026-12-31",
        "zsm.termijnen.extra-feestdagen[0].naam", "Oudejaarsdag (voorbeeld van een KB)",
        "zsm.termijnen.extra-feestdagen[1].datum", "2027-01-04"));

    TermijnenInstellingen instellingen = new Binder(configuratie)
        .bindOrCreate("zsm.termijnen", TermijnenInstellingen.class);

    assertThat(instellingen.feestdagenBestand()).isEqualTo(TermijnenInstellingen.STANDAARD_FEESTDAGEN_BESTAND);
    assertThat(instellingen.extraFeestdagen()).extracting(ExtraFeestdag::datum)
        .containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4));
    Werkdagen werkdagen = new Werkdagen(Feestdagen.algemeneTermijnenwet(instellingen.extraFeestdagen()));
    Dagtermijn termijn = werkdagen.na(LocalDate.of(2026, 12, 30), 1);
    // 31-12 (KB), 1-1 (Nieuwjaarsdag), weekend, 4-1 (KB zonder naam): dinsdag 5-1
    assertThat(termijn.uiterlijk()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(termijn.uitleg())
        .contains("donderdag 31-12-2026 telt niet mee: Oudejaarsdag (voorbeeld van een KB) (gelijkgesteld bij koninklijk besluit).")
        .contains("maandag 04-01-2027 telt niet mee: extra feestdag (gelijkgesteld bij koninklijk besluit).");
  }

  @Test
  void zonder_instellingen_geen_extra_dagen() {
    TermijnenInstellingen instellingen = new Binder(new MapConfigurationPropertySource(Map.of()))
        .bindOrCreate("zsm.termijnen", TermijnenInstellingen.class);

    assertThat(instellingen.extraFeestdagen()).isEmpty();
    assertThat(instellingen.feestdagenBestand()).isEqualTo(TermijnenInstellingen.STANDAARD_FEESTDAGEN_BESTAND);
  }
}
