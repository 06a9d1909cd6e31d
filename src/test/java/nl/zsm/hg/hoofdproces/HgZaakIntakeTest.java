package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** The intake starts a case only with valid answers; a given case number becomes the business key. */
@ZsmSpringTest
class HgZaakIntakeTest extends HoofdprocesScenario {

  @Test
  void ongeldigeIntakeStartGeenZaak() {
    Map<String, Object> intake = HgZaakStappen.intake(9, true);
    intake.remove("slachtofferNaam");
    long voor = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("zsmHuiselijkGeweld").count();
    assertThatThrownBy(() -> stappen.start(intake))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Leeftijd verdachte moet tussen 12 en 120 liggen")
        .hasMessageContaining("Vul de naam van het slachtoffer in.");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("zsmHuiselijkGeweld").count())
        .isEqualTo(voor);
  }

  @Test
  void opgegevenZaaknummerWordtDeBusinessKey() {
    Map<String, Object> intake = HgZaakStappen.intake(30, false);
    intake.put("zaaknummer", "ZSM-2026-000123");
    ProcessInstance pi = stappen.start(intake);
    assertThat(pi.getBusinessKey()).isEqualTo("ZSM-2026-000123");
    assertThatThrownBy(() -> stappen.start(intake)).hasMessageContaining("Er bestaat al een zaak met zaaknummer ZSM-2026-000123");
  }
}
