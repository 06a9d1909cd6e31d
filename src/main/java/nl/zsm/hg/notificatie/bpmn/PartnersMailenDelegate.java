package nl.zsm.hg.notificatie.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ADVISEUR_GROEP;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TOELICHTING_AFDOENING;
import static nl.zsm.hg.notificatie.domain.ZsmEmailVersturenContract.PARTNERS_GEMAILD_OP;

import java.util.List;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Veilig Thuis en ZSM-partners mailen" in the main process: puts the e-mail ready in the process
 * zsmEmailVersturen (sent by {@link PartnersMailVersturenDelegate}) and records when ({@code partnersGemaildOp}:
 * the moment the e-mail was handed over for sending; the moment of sending is in that process).
 */
@Component("partnersMailen")
public record PartnersMailenDelegate(EmailKlaarzetten klaarzetten) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    klaarzetten.klaarzetten(execution, "partners", List.of(AFDOENINGSBESLISSING, TOELICHTING_AFDOENING, ADVISEUR_GROEP));
    execution.setVariable(PARTNERS_GEMAILD_OP, Engineklok.nuAlsDatum());
  }
}
