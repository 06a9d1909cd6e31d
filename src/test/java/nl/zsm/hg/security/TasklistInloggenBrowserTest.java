package nl.zsm.hg.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.TestProcessen;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Veilig Thuis worker logs into Tasklist in a real browser and finds VT's task, not the others'. */
@ZsmSpringTest
@Tag("browser")
class TasklistInloggenBrowserTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @Test
  void veiligThuisZietEigenTaakInTasklist() {
    TestProcessen.deploy(repositoryService);
    runtimeService.startProcessInstanceByKey(TestProcessen.TAAK_PER_ORGANISATIE);

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "vt", "demo");
      browser.waitForText("Mijn organisatie - alle taken");
      browser.click("Mijn organisatie - alle taken");
      String tekst = browser.waitForText("Taak Veilig Thuis");
      browser.screenshot("tasklist-vt");
      assertThat(tekst).contains("Termijn verstreken", "Termijn verloopt binnen 2 uur")
          .doesNotContain("Taak OM", "Taak politie", "Taak Slachtofferhulp");
    }
  }
}
