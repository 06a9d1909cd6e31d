package nl.zsm.hg.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.zsm.hg.BeslissingstabelTester;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The safety decisions (dmn/veiligheidsbeoordeling.dmn and dmn/sash-risiconiveau.dmn) against the
 * case files in src/test/resources/beslissingen/, with the standalone DMN engine.
 */
class VeiligheidsbeoordelingDmnTest {

  private static final BeslissingstabelTester TESTER =
      new BeslissingstabelTester("veiligheidsbeoordeling.dmn", "sash-risiconiveau.dmn");

  @TestFactory
  Stream<DynamicTest> acuteOnveiligheid() {
    return TESTER.gevallen("AcuteOnveiligheid", "AcuteOnveiligheid.csv");
  }

  @TestFactory
  Stream<DynamicTest> structureleOnveiligheid() {
    return TESTER.gevallen("StructureleOnveiligheid", "StructureleOnveiligheid.csv");
  }

  @TestFactory
  Stream<DynamicTest> veiligheidsclassificatie() {
    return TESTER.gevallen("Veiligheidsclassificatie", "Veiligheidsclassificatie.csv");
  }

  @TestFactory
  Stream<DynamicTest> sashRisiconiveau() {
    return TESTER.gevallen("SashRisiconiveau", "SashRisiconiveau.csv");
  }

  /** Every rule of both files must have been hit by at least one case (also the error rules). */
  @AfterAll
  static void elkeRegelIsGeraakt() {
    assertThat(TESTER.nietGeraakteRegels()).as("regels zonder testgeval").isEmpty();
  }
}
