package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, section 3: an arrest registered late (two days ago) is accepted at the intake, and the officer sees the
 * warning at the top of the form for the decision on liberty in Tasklist; a case registered on time shows none.
 */
@ZsmSpringTest
@Tag("browser")
class LateAanhoudingBrowserTest {

  private static final String TITEL = "Vasthouden of heenzenden en directe veiligheidsmaatregelen";

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;

  @Test
  void officierZietDeWaarschuwingBijEenLateRegistratie() {
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    String opTijd = naarVrijheidsbeneming(stappen, OffsetDateTime.now().minusHours(1));
    String laat = naarVrijheidsbeneming(stappen, OffsetDateTime.now().minusDays(2));

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "ovj", "demo");
      browser.waitForText("Mijn organisatie");
      browser.openTaak(opTijd);
      String zonder = browser.waitForText(TITEL);
      assertThat(zonder).doesNotContain("Let op: de aanhouding").doesNotContain("{{");

      browser.openTaak(laat);
      String met = browser.waitForText("Let op: de aanhouding");
      browser.screenshot("ovj-waarschuwing-late-aanhouding");
      assertThat(met).contains("2 dagen").contains("laat geregistreerd");
    }
  }

  private String naarVrijheidsbeneming(HgZaakStappen stappen, OffsetDateTime aanhouding) {
    Map<String, Object> intake = HgZaakStappen.intake(30, true);
    intake.put("tijdstipAanhouding", aanhouding.withNano(0).toString());
    ProcessInstance pi = stappen.start(intake);
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    return stappen.taak(pi, "Task_Vrijheidsbeneming").getId();
  }
}
