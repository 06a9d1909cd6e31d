package nl.zsm.hg.slachtoffer.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VRIJHEIDSBESLISSING;

import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.veiligheid.domain.Maatregelkeuze;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Expression bean {@code ${vrijlatingMelden.nodig(execution)}} in the main process: must the victim be told now,
 * right after the OvJ's decision on vasthouden of heenzenden (Werkwijze, stap 7, L798-807: the victim hears of a
 * decision and of an imposed protective measure as soon as possible)? Yes when the suspect is sent away and was
 * arrested (the victim must know the suspect is free) or leaves with protective measures the victim must know.
 * Not when the suspect stays in custody or was only heard and nothing was imposed: the final decision follows.
 */
@ProcesBean
@Component(VrijlatingMelden.BEAN)
public class VrijlatingMelden {

  public static final String BEAN = "vrijlatingMelden";

  public boolean nodig(DelegateExecution execution) {
    if (!"HEENZENDEN".equals(execution.getVariable(VRIJHEIDSBESLISSING))) {
      return false;
    }
    return Boolean.TRUE.equals(execution.getVariable("vast")) || !Maatregelkeuze.lees(execution::getVariable).isLeeg();
  }
}
