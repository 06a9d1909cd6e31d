package nl.zsm.hg.slachtoffer.bpmn;

import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_ANDERE_WEG;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_ANDERE_WEG_TOELICHTING;

import nl.zsm.hg.slachtoffer.domain.AndereWeg;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) on "Slachtoffer niet bereikt: andere weg kiezen": the supervisor's record is complete. */
@Component("andereWegVastleggen")
public class AndereWegVastleggenListener implements TaskListener {

  @Override
  public void notify(DelegateTask taak) {
    AndereWeg weg = AndereWeg.toets(taak.getVariable(SLACHTOFFER_ANDERE_WEG), taak.getVariable(SLACHTOFFER_ANDERE_WEG_TOELICHTING));
    taak.setVariable(SLACHTOFFER_ANDERE_WEG, weg.name());
    taak.setVariable(SLACHTOFFER_ANDERE_WEG_TOELICHTING, taak.getVariable(SLACHTOFFER_ANDERE_WEG_TOELICHTING).toString().trim());
  }
}
