package nl.zsm.hg.veiligheid.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VRIJHEIDSBESLISSING;

import nl.zsm.hg.tijd.Engineklok;
import nl.zsm.hg.veiligheid.domain.Autoriteit;
import nl.zsm.hg.veiligheid.domain.Maatregelkeuze;
import nl.zsm.hg.veiligheid.domain.Veiligheidsstand;
import nl.zsm.hg.veiligheid.domain.Vrijheidsbeslissing;
import nl.zsm.hg.veiligheid.domain.Vrijlatingstoets;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task right after the OvJ's decision on vasthouden/heenzenden: refuses a release that breaks
 * the rule (see {@link Vrijlatingstoets}); the officier decides, so only what the officier imposes or what
 * another authority already imposed counts. It runs in the transaction that completes the task, so a
 * refusal rolls the completion back and the task stays open.
 */
@Component("heenzendenToetsen")
public record HeenzendenToetsenDelegate(Vrijlatingstoets toets) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Vrijheidsbeslissing beslissing = Vrijheidsbeslissing.van(execution.getVariable(VRIJHEIDSBESLISSING));
    Veiligheidsstand stand = Veiligheidsstand.van(execution::getVariable);
    beslissing.controleerPastBij(stand.vast());
    toets.toets(stand, "Heenzenden", beslissing.vrijlating(), Autoriteit.OFFICIER_VAN_JUSTITIE,
        Maatregelkeuze.lees(execution::getVariable), Engineklok.vandaag());
  }
}
