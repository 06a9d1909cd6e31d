package nl.zsm.hg.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.zsm.hg.database.engine.InvoerdetailHistorie;
import nl.zsm.hg.database.engine.InvoerdetailHistoriePlugin;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the engine chooses {@link InvoerdetailHistorie} although Camunda's own {@code full} has the same name (the
 * engine picks a level by name, the last match wins), keeps the id and name of {@code full} for ACT_GE_PROPERTY, and
 * refuses to start when another level was chosen. No engine is built: only the configuration steps that choose the
 * level. The effect on one whole case is in {@code HistorieRijenPerZaakTest}.
 */
class InvoerdetailHistoriePluginTest {

  @Test
  void deEngineKiestHetEigenNiveauMetIdEnNaamVanFull() {
    StandaloneInMemProcessEngineConfiguration configuratie = new StandaloneInMemProcessEngineConfiguration();
    configuratie.setHistory("full");
    InvoerdetailHistoriePlugin plugin = new InvoerdetailHistoriePlugin();

    plugin.preInit(configuratie);
    configuratie.initHistoryLevel();
    plugin.postInit(configuratie);

    assertThat(configuratie.getHistoryLevel()).isInstanceOf(InvoerdetailHistorie.class);
    assertThat(configuratie.getHistoryLevel().getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId()).isEqualTo(3);
    assertThat(configuratie.getHistory()).isEqualTo("full");
  }

  @Test
  void eenAnderNiveauHoudtDeStartTegen() {
    StandaloneInMemProcessEngineConfiguration configuratie = new StandaloneInMemProcessEngineConfiguration();
    configuratie.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);

    assertThatThrownBy(() -> new InvoerdetailHistoriePlugin().postInit(configuratie))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("InvoerdetailHistorie");
  }

  @Test
  void alleGebeurtenissenVanFullBlijvenBuitenDeVariabeledetails() {
    InvoerdetailHistorie niveau = new InvoerdetailHistorie();
    for (HistoryEventTypes type : HistoryEventTypes.values()) {
      // outside a command nothing has run yet: also the details are produced
      assertThat(niveau.isHistoryEventProduced(type, null)).as(type.name()).isTrue();
    }
  }
}
