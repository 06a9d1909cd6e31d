package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.intake.domain.ZaaknummerRegister;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A zaaknummer belongs to one case; a refused intake does not use up its number. */
@ZsmSpringTest
class ZaaknummerTest {

  @Autowired ProcessEngine processEngine;
  @Autowired ZaaknummerRegister register;

  @Test
  void eenZaaknummerKanMaarEenKeerWordenVastgelegd() {
    register.vastleggen("ZSM-2026-777001");
    assertThatThrownBy(() -> register.vastleggen("ZSM-2026-777001"))
        .isInstanceOf(OngeldigeInvoerException.class)
        .hasMessage("Er bestaat al een zaak met zaaknummer ZSM-2026-777001.");
  }

  @Test
  void eenGeweigerdeIntakeLaatHetZaaknummerVrij() {
    // the intake check passes and claims the number; computing the deadlines after it refuses the input,
    // so the whole start is rolled back, the claim included
    Map<String, Object> fout = HgZaakStappen.intake(30, true);
    fout.put("zaaknummer", "ZSM-2026-777002");
    fout.put("nachtverhoren", "gisteren een poosje");
    assertThatThrownBy(() -> new HgZaakStappen(processEngine).start(fout)).hasMessageContaining("Nachtverhoor");

    Map<String, Object> goed = HgZaakStappen.intake(30, false);
    goed.put("zaaknummer", "ZSM-2026-777002");
    ProcessInstance zaak = new HgZaakStappen(processEngine).start(goed);
    assertThat(zaak.getBusinessKey()).isEqualTo("ZSM-2026-777002");
  }
}
