package nl.zsm.hg.notificatie.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ADVISEUR_GROEP;

import java.util.List;
import nl.zsm.hg.veiligheid.domain.UitkomstVoorgeleiding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Uitkomst voorgeleiding aan Veilig Thuis en partners mailen": puts the e-mail ready in zsmEmailVersturen
 * (the same sending step as the partners' mail; {@link PartnersMailVersturenDelegate} writes the voorgeleiding's
 * e-mail when {@code uitkomstVoorgeleiding} is set).
 */
@Component("uitkomstVoorgeleidingMailen")
public record UitkomstVoorgeleidingMailenDelegate(EmailKlaarzetten klaarzetten) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    klaarzetten.klaarzetten(execution, "partners", List.of(UitkomstVoorgeleiding.VARIABELE,
        UitkomstVoorgeleiding.TOELICHTING, UitkomstVoorgeleiding.WAARSCHUWING, ADVISEUR_GROEP));
  }
}
