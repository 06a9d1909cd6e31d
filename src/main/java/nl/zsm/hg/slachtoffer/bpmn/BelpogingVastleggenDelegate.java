package nl.zsm.hg.slachtoffer.bpmn;

import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.AANTAL_BELPOGINGEN;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_ANDERE_WEG_KIEZEN;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_BEREIKT;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_GEINFORMEERD_OP;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_INFORMATIE_TOELICHTING;

import java.util.Date;
import nl.zsm.hg.slachtoffer.domain.Belpoging;
import nl.zsm.hg.slachtoffer.domain.BelpogingRegistratie;
import nl.zsm.hg.slachtoffer.domain.Belpogingen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Belpoging vastleggen" in slachtofferInformeren. */
@Component("belpogingVastleggen")
public record BelpogingVastleggenDelegate(BelpogingRegistratie registratie) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object bereikt = execution.getVariable(SLACHTOFFER_BEREIKT);
    Object toelichting = execution.getVariable(SLACHTOFFER_INFORMATIE_TOELICHTING);
    Belpoging belpoging = registratie.toets(
        execution.getVariable(SLACHTOFFER_GEINFORMEERD_OP),
        bereikt == null ? null : Boolean.valueOf(bereikt.toString()),
        toelichting == null ? null : toelichting.toString());
    execution.setVariable(SLACHTOFFER_GEINFORMEERD_OP, Date.from(belpoging.gebeldOp()));
    execution.setVariable(SLACHTOFFER_BEREIKT, belpoging.bereikt());
    execution.setVariable(SLACHTOFFER_INFORMATIE_TOELICHTING, belpoging.toelichting());
    Object eerder = execution.getVariable(AANTAL_BELPOGINGEN);
    int aantal = eerder instanceof Number getal ? getal.intValue() : 0;
    execution.setVariable(AANTAL_BELPOGINGEN, aantal + 1);
    execution.setVariable(SLACHTOFFER_ANDERE_WEG_KIEZEN, Belpogingen.andereWegKiezen(belpoging.bereikt(), aantal + 1));
  }
}
