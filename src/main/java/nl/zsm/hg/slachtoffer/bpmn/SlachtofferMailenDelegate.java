package nl.zsm.hg.slachtoffer.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INFORMERENDE_ORGANISATIE;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.SLACHTOFFER_EMAIL;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.SLACHTOFFER_NAAM;
import static nl.zsm.hg.slachtoffer.domain.ShnVtAfstemmingContract.SLACHTOFFER_TOESTEMMING_EMAIL;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_GEMAILD_OP;

import java.util.Arrays;
import java.util.List;
import nl.zsm.hg.notificatie.bpmn.EmailKlaarzetten;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "E-mail met dezelfde informatie sturen" in slachtofferInformeren; also the gateway's
 * check whether the victim may get e-mail at all ({@code ${slachtofferMailen.toegestaan(execution)}}).
 */
@Component("slachtofferMailen")
public record SlachtofferMailenDelegate(EmailKlaarzetten klaarzetten) implements JavaDelegate {

  /** Only with the victim's recorded consent and a known address. */
  public boolean toegestaan(DelegateExecution execution) {
    Object adres = execution.getVariable(SLACHTOFFER_EMAIL);
    return Boolean.TRUE.equals(execution.getVariable(SLACHTOFFER_TOESTEMMING_EMAIL))
        && adres != null && !adres.toString().isBlank();
  }

  /**
   * Puts the victim's e-mail ready in the process zsmEmailVersturen (sent by {@link SlachtofferMailVersturenDelegate})
   * and records when ({@code slachtofferGemaildOp}: handed over for sending; the moment of sending is in that process).
   */
  @Override
  public void execute(DelegateExecution execution) {
    klaarzetten.klaarzetten(execution, "slachtoffer",
        List.of(SLACHTOFFER_EMAIL, SLACHTOFFER_NAAM, AFDOENINGSBESLISSING, INFORMERENDE_ORGANISATIE,
            nl.zsm.hg.veiligheid.domain.UitkomstVoorgeleiding.VARIABELE));
    execution.setVariable(SLACHTOFFER_GEMAILD_OP, Engineklok.nuAlsDatum());
  }

  static String organisatieNaam(Object groep) {
    return Arrays.stream(Organisatie.values()).filter(o -> o.groupId().equals(String.valueOf(groep)))
        .map(Organisatie::naam).findFirst().orElse(Organisatie.SLACHTOFFERHULP.naam());
  }
}
