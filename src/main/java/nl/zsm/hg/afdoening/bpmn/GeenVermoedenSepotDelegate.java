package nl.zsm.hg.afdoening.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ROUTE;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ROUTE_OMSCHRIJVING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TOELICHTING_AFDOENING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TOELICHTING_VERMOEDEN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VRIJHEIDSBESLISSING;

import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step after the OvJ found no reasonable suspicion of a provable offence (Werkwijze, stap 1,
 * L194-195): the criminal process at ZSM stops. Records the sepot 01 as the case's decision, the route
 * of Bijlage I that belongs to it, and that the suspect goes free, so that the partner mail and the
 * victim's call say the same thing.
 */
@Component("geenVermoedenSepot")
public class GeenVermoedenSepotDelegate implements JavaDelegate {

  static final String ROUTE_GEEN_STRAFBAAR_FEIT = "GEEN_STRAFBAAR_FEIT";
  static final String OMSCHRIJVING = "Geen redelijk vermoeden van een bewijsbaar strafbaar feit: het strafrechtelijk "
      + "proces op ZSM stopt (sepot 01). Veilig Thuis gaat verder zonder strafrecht; het slachtoffer wordt geïnformeerd.";

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(AFDOENINGSBESLISSING, Afdoeningsbeslissing.SEPOT_01.name());
    execution.setVariable(ROUTE, ROUTE_GEEN_STRAFBAAR_FEIT);
    execution.setVariable(ROUTE_OMSCHRIJVING, OMSCHRIJVING);
    Object toelichting = execution.getVariable(TOELICHTING_VERMOEDEN);
    if (toelichting != null && !toelichting.toString().isBlank()) {
      execution.setVariable(TOELICHTING_AFDOENING, toelichting.toString());
    }
    if (execution.getVariable(VRIJHEIDSBESLISSING) == null) {
      execution.setVariable(VRIJHEIDSBESLISSING, "HEENZENDEN");
    }
  }
}
