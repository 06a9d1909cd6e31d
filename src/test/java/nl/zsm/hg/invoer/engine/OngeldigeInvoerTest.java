package nl.zsm.hg.invoer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;

/** A refused input check of a DMN table is recognised by exception type and our own kenmerk, not by English text. */
class OngeldigeInvoerTest {

  private static final String REDEN = "Ongeldige waarde voor bewijs: MISSCHIEN. Toegestaan: VOLDOENDE.";

  @Test
  void invoercontroleUitDeTabelGeeftDeNederlandseOorzaak() {
    FeelException fout = new FeelException("FEEL/SCALA-01008 Error while evaluating expression: Assertion failure on"
        + " evaluate the expression 'assert(bewijs, bewijs = null or list contains([\"VOLDOENDE\"], bewijs),"
        + " \"ZSM-INVOER: Ongeldige waarde voor bewijs: \" + string(bewijs) + \". Toegestaan: VOLDOENDE.\")': "
        + "ZSM-INVOER: " + REDEN);
    assertThat(OngeldigeInvoer.reden(fout)).contains(REDEN);
  }

  /** The engine may word its message differently after an upgrade; the same structure is still recognised. */
  @Test
  void andereEngelseWoordenZelfdeStructuur() {
    FeelException anders = new FeelException("FEEL-99 evaluation of \"ZSM-INVOER: Ongeldige waarde voor bewijs: \""
        + " + string(bewijs) failed with cause ZSM-INVOER: " + REDEN);
    assertThat(OngeldigeInvoer.reden(anders)).contains(REDEN);
    FeelException zonderHerhaling = new FeelException("ZSM-INVOER: " + REDEN);
    assertThat(OngeldigeInvoer.reden(zonderHerhaling)).contains(REDEN);
    assertThat(Foutvertaling.vanFout(new ProcessEngineException("x", anders), 500, "ProcessEngineException"))
        .isEqualTo(new Foutantwoord(400, "OngeldigeInvoer", "Ongeldige invoer voor de beslissing: " + REDEN));
  }

  @Test
  void eenWaardeMetHetKenmerkErinVerkortDeRedenNiet() {
    FeelException fout = new FeelException("expression '\"ZSM-INVOER: Ongeldige waarde voor bewijs: \" + string(bewijs)'"
        + ": ZSM-INVOER: Ongeldige waarde voor bewijs: ZSM-INVOER: x.");
    assertThat(OngeldigeInvoer.reden(fout)).contains("Ongeldige waarde voor bewijs: ZSM-INVOER: x.");
  }

  @Test
  void alleenEenFeelFoutMetOnsKenmerkIsOngeldigeInvoer() {
    // the old English wording alone, without our kenmerk, is no longer recognised
    assertThat(OngeldigeInvoer.reden(new FeelException("FEEL/SCALA-01008 Error while evaluating expression:"
        + " Assertion failure on evaluate the expression 'assert(x, false, \"kapot\")': kapot"))).isEmpty();
    // the kenmerk in another kind of exception is not a refused input check
    assertThat(OngeldigeInvoer.reden(new IllegalStateException("ZSM-INVOER: " + REDEN))).isEmpty();
    assertThat(OngeldigeInvoer.reden(new FeelException("ZSM-INVOER: "))).isEmpty();
    assertThat(OngeldigeInvoer.reden(new FeelException(null))).isEmpty();
    assertThat(OngeldigeInvoer.reden(null)).isEmpty();
  }

  /** The real FEEL engine of this Camunda version, with a table as we write them. */
  @Test
  void echteFeelEngine() {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    var tabel = engine.parseDecisions(Dmn.readModelFromStream(getClass().getResourceAsStream("/dmn/afdoeningsroute.dmn")))
        .stream().filter(d -> d.getKey().equals("Afdoeningsroute")).findFirst().orElseThrow();
    Throwable fout = org.assertj.core.api.Assertions.catchThrowable(() -> engine.evaluateDecision(tabel,
        Map.of("vermoedenStrafbaarFeit", true, "onveiligheid", "ACUUT", "bewijs", "MISSCHIEN")));
    assertThat(Foutvertaling.vanFout(fout).message()).isEqualTo("Ongeldige invoer voor de beslissing: Ongeldige"
        + " waarde voor bewijs: MISSCHIEN. Toegestaan: VOLDOENDE, ONVOLDOENDE_ONDERZOEK_MOGELIJK, ONVOLDOENDE.");
  }
}
