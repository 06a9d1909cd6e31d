package nl.zsm.hg.procesbeheer.engine;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * When a task is created: its candidates are only case-working organisations, never a person or a group
 * such as procesbeheer, even when the group comes from an expression such as {@code ${adviseurGroep}}.
 */
public class KandidaatgroepBewaking implements TaskListener {

  private final Set<String> toegestaneGroepen;

  public KandidaatgroepBewaking(Set<String> toegestaneGroepen) {
    this.toegestaneGroepen = toegestaneGroepen;
  }

  @Override
  public void notify(DelegateTask taak) {
    if (taak.getAssignee() != null) {
      throw weigering(taak, "de taak is direct aan een persoon toegewezen");
    }
    for (IdentityLink kandidaat : taak.getCandidates()) {
      if (kandidaat.getUserId() != null) {
        throw weigering(taak, "een persoon is kandidaat");
      }
      if (kandidaat.getGroupId() != null && !toegestaneGroepen.contains(kandidaat.getGroupId())) {
        throw weigering(taak, "kandidaatgroep '" + kandidaat.getGroupId() + "' is geen organisatie die aan zaken werkt");
      }
    }
  }

  private static ProcessEngineException weigering(DelegateTask taak, String reden) {
    return new ProcessEngineException("Taak '" + taak.getTaskDefinitionKey() + "' niet aangemaakt: " + reden + ".");
  }
}
