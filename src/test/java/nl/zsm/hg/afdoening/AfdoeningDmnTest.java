package nl.zsm.hg.afdoening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.zsm.hg.BeslissingstabelTester;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The route through the flowchart of Bijlage I (dmn/afdoeningsroute.dmn) and the advising
 * organisation (dmn/adviserende-organisatie.dmn) against the case files in
 * src/test/resources/beslissingen/, with the standalone DMN engine.
 */
class AfdoeningDmnTest {

  private static final BeslissingstabelTester TESTER =
      new BeslissingstabelTester("afdoeningsroute.dmn", "adviserende-organisatie.dmn");

  @TestFactory
  Stream<DynamicTest> afdoeningsroute() {
    return TESTER.gevallen("Afdoeningsroute", "Afdoeningsroute.csv");
  }

  @TestFactory
  Stream<DynamicTest> adviserendeOrganisatie() {
    return TESTER.gevallen("AdviserendeOrganisatie", "AdviserendeOrganisatie.csv");
  }

  /** Every rule of both files must have been hit by at least one case (also the error rules). */
  @AfterAll
  static void elkeRegelIsGeraakt() {
    assertThat(TESTER.nietGeraakteRegels()).as("regels zonder testgeval").isEmpty();
  }
}
