package nl.zsm.hg.beslissingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DMN check over dmn/ (fast layer): the product's tables pass, and it finds what Modeler and the engine would not. */
class DmnControleTest {

  private final DmnControle controle = new DmnControle();

  @Test
  void deBeslistabellenInDmnZijnInOrde() {
    assertThat(controle.bevindingen(Path.of("dmn"))).isEmpty();
  }

  @Test
  void eenTabelZonderHitPolicyTypeOfNaamEnMetFouteFeelWordtGemeld(@TempDir Path map) throws Exception {
    Files.writeString(map.resolve("fout.dmn"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Fout" name="Fout" namespace="http://zsm.nl/test">
          <decision id="Beslissing" name="Beslissing">
            <decisionTable id="Tabel">
              <input id="Input_Leeftijd">
                <inputExpression id="Expr_Leeftijd" typeRef="integer"><text>leeftijd</text></inputExpression>
              </input>
              <input id="Input_Soort">
                <inputExpression id="Expr_Soort"><text>soort</text></inputExpression>
              </input>
              <output id="Output_Uitkomst" typeRef="tekst" />
              <rule id="Regel_1">
                <inputEntry id="Cel_1"><text>&lt; 18 en &gt; 3</text></inputEntry>
                <inputEntry id="Cel_2"><text>-</text></inputEntry>
                <outputEntry id="Uit_1"><text>"ja"</text></outputEntry>
              </rule>
              <rule id="Regel_2">
                <inputEntry id="Cel_3"><text>[18..120]</text></inputEntry>
                <inputEntry id="Cel_4"><text>"HG"</text></inputEntry>
                <outputEntry id="Uit_2"><text>"nee"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """);

    assertThat(controle.bevindingen(map)).satisfiesExactlyInAnyOrder(
        b -> assertThat(b).contains("fout.dmn Tabel", "geen hit policy"),
        b -> assertThat(b).contains("input Input_Soort", "type 'null'"),
        b -> assertThat(b).contains("output Output_Uitkomst", "type 'tekst'"),
        b -> assertThat(b).contains("output Output_Uitkomst", "geen naam"),
        b -> assertThat(b).contains("regel Regel_1 cel 1", "geen geldige FEEL"));
  }

  @Test
  void eenBestandDatDeEngineWeigertWordtGemeld(@TempDir Path map) throws Exception {
    Files.writeString(map.resolve("kapot.dmn"), "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">");
    assertThat(controle.bevindingen(map)).singleElement().asString().contains("kapot.dmn", "weigert");
  }
}
