package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deadline board with at least 1,000 open cases (issue 13): every running deadline of every open case stands
 * on the board, overruns on top, then by deadline. The board reads its lists page by page and its ids in groups,
 * so neither the size of an answer nor a query limit of the engine ({@code queryMaxResultsLimit}, set to 500 here)
 * drops a row.
 */
@ZsmSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermijnbordVeleZakenBrowserTest {

  static final int OPEN_ZAKEN = Integer.getInteger("termijnbord.zaken", 1000);

  /** The timers of the models and the first words of their row on the board (termijnbewaking.js). */
  static final Map<String, String> TERMIJNEN = Map.of(
      "Timer_OphoudenVerstreken", "Ophouden voor onderzoek",
      "Timer_InverzekeringstellingVerstreken", "Inverzekeringstelling",
      "Timer_VeiligheidsbeoordelingVerstreken", "Veiligheidsbeoordeling",
      "Timer_Plandatum", "Plandatum",
      "Timer_SpreekuurTermijn", "Spreekuur huiselijk geweld");

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  private TasklistBrowser browser;

  @BeforeAll
  void openBrowser() {
    browser = new TasklistBrowser(port);
  }

  @AfterAll
  void sluitBrowser() {
    browser.close();
  }

  @Test
  void hetBordToontElkeLopendeTermijnVanDuizendOpenZaken() throws Exception {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    startZakenTot(OPEN_ZAKEN);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(HgZaakStappen.PROCES)
        .active().count()).isGreaterThanOrEqualTo(OPEN_ZAKEN);
    Map<String, Long> verwacht = verwachteRijen();
    // as an operator may configure the engine: no list of more than 500 in one answer to a person's request
    org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuratie =
        (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    int limiet = configuratie.getQueryMaxResultsLimit();
    configuratie.setQueryMaxResultsLimit(500);
    try {
      bekijkHetBord(verwacht);
    } finally {
      configuratie.setQueryMaxResultsLimit(limiet);
    }
  }

  private void bekijkHetBord(Map<String, Long> verwacht) {
    browser.loguitEnOpen("cockpit");
    browser.login("cockpit", "supervisor", "demo");
    browser.waitForText("Termijnbewaking");
    long start = System.currentTimeMillis();
    browser.click("Termijnbewaking");
    // one snapshot of the table per look (the table may be drawn anew between two looks)
    List<Map<String, Object>> rijen;
    try {
      rijen = new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> {
        List<Map<String, Object>> gezien = TermijnbordSnapshot.rijen(d);
        return gezien.size() >= verwacht.values().stream().mapToLong(Long::longValue).sum() ? gezien : null;
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("fout-termijnbord-vele-zaken");
      throw new AssertionError("Het bord toont niet alle " + verwacht.size() + " termijnen: "
          + TermijnbordSnapshot.rijen(browser.driver()).size() + " rijen; op de pagina: "
          + browser.pageText().substring(0, Math.min(600, browser.pageText().length())), e);
    }
    System.out.println("TERMIJNBORD " + rijen.size() + " rijen van " + verwacht.size() + " soorten in "
        + (System.currentTimeMillis() - start) + " ms");

    Map<String, Long> getoond = rijen.stream().filter(r -> !String.valueOf(r.get("termijn")).startsWith("OVERSCHREDEN"))
        .filter(r -> !String.valueOf(r.get("termijn")).startsWith("Voorgeleiding"))
        .collect(Collectors.groupingBy(r -> r.get("zaaknummer") + " | " + soort(String.valueOf(r.get("termijn"))), Collectors.counting()));
    assertThat(getoond).as("elke lopende termijn van elke open zaak, niet meer en niet minder").isEqualTo(verwacht);
    // overruns on top, then the earliest deadline
    List<Boolean> overschreden = rijen.stream().map(r -> String.valueOf(r.get("termijn")).startsWith("OVERSCHREDEN")).toList();
    assertThat(overschreden.indexOf(false)).as("geen overschrijding onder een lopende termijn")
        .isGreaterThanOrEqualTo(overschreden.lastIndexOf(true));
    List<Long> uiterlijk = rijen.stream().filter(r -> !String.valueOf(r.get("termijn")).startsWith("OVERSCHREDEN"))
        .map(r -> ((Number) r.get("uiterlijk")).longValue()).toList();
    assertThat(uiterlijk).as("op termijn, de eerstvolgende bovenaan").isSorted();
  }

  private static String soort(String termijn) {
    return TERMIJNEN.values().stream().filter(termijn::startsWith).findFirst().orElse(termijn);
  }

  /**
   * Open cases up to {@code aantal}, one after the other: the coverage recorder of the test library is not
   * thread-safe (cases started from four threads at once broke its event list under load).
   */
  private void startZakenTot(int aantal) {
    long open = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(HgZaakStappen.PROCES).active().count();
    int nodig = (int) Math.max(0, aantal - open);
    long start = System.currentTimeMillis();
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    for (int i = 0; i < nodig; i++) {
      stappen.start(HgZaakStappen.intake(30, i % 2 == 0));
    }
    System.out.println("TERMIJNBORD " + nodig + " zaken gestart in " + (System.currentTimeMillis() - start) + " ms");
  }

  /** Per "zaaknummer | termijn": how many rows the engine's running timers give. */
  private Map<String, Long> verwachteRijen() {
    Map<String, String> activiteit = processEngine.getManagementService().createJobDefinitionQuery().list().stream()
        .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
    List<Job> timers = processEngine.getManagementService().createJobQuery().timers().active().list().stream()
        .filter(j -> TERMIJNEN.containsKey(activiteit.get(j.getJobDefinitionId())) && j.getProcessInstanceId() != null).toList();
    Set<String> ids = timers.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> zaaknummer = new java.util.HashMap<>();
    List<String> alle = new ArrayList<>(ids);
    for (int i = 0; i < alle.size(); i += 500) {
      processEngine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceIds(new java.util.HashSet<>(alle.subList(i, Math.min(alle.size(), i + 500)))).list()
          .forEach(p -> zaaknummer.put(p.getId(), p.getBusinessKey() == null ? "(geen zaaknummer)" : p.getBusinessKey()));
    }
    return timers.stream().collect(Collectors.groupingBy(
        j -> zaaknummer.get(j.getProcessInstanceId()) + " | " + TERMIJNEN.get(activiteit.get(j.getJobDefinitionId())),
        Collectors.counting()));
  }

  /** The rows of the board as one snapshot: zaaknummer, termijn, traffic light and deadline (ms) per row. */
  static final class TermijnbordSnapshot {
    private TermijnbordSnapshot() {}

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rijen(org.openqa.selenium.WebDriver driver) {
      Object rijen = ((JavascriptExecutor) driver).executeScript(
          "return Array.from(document.querySelectorAll('tr.zsm-termijn')).map(function (tr) {"
              + " return { zaaknummer: tr.dataset.zaaknummer, termijn: tr.cells[2].textContent, tekst: tr.textContent,"
              + " kleur: tr.className, uiterlijk: Number(tr.dataset.uiterlijk) }; });");
      return (List<Map<String, Object>>) rijen;
    }
  }
}
