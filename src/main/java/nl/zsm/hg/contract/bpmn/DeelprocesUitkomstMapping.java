package nl.zsm.hg.contract.bpmn;

import java.util.Set;
import nl.zsm.hg.termijnen.bpmn.AanhoudingVastleggenDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Kept only for cases still running on a model version from before the explicit {@code camunda:in}/{@code camunda:out}
 * lists (docs/deelprocessen.md): their call activities name this bean. Current models do not use it, and
 * UitkomstVanDeelprocessenTest keeps it so: the one style is an explicit camunda:out list in the model.
 *
 * <p>Output mapping of the called processes that start at intake and run alongside the OvJ (VT's
 * veiligheidsbeoordeling, the SHN-VT afstemming): they return their variables, but not their copy of the
 * arrest ({@link AanhoudingVastleggenDelegate#VARIABELEN}), which is stale once the OvJ had the suspect
 * arrested after all while they ran.
 */
@Component("deelprocesUitkomst")
public class DeelprocesUitkomstMapping implements DelegateVariableMapping {

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    // the inputs are mapped in the model (camunda:in variables="all")
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    Set<String> vanDeAanhouding = AanhoudingVastleggenDelegate.VARIABELEN;
    for (String naam : subInstance.getVariableNames()) {
      if (!vanDeAanhouding.contains(naam)) {
        superExecution.setVariable(naam, subInstance.getVariableTyped(naam));
      }
    }
  }
}
