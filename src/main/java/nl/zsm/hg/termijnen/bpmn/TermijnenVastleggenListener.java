package nl.zsm.hg.termijnen.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.DATUM_VT_MELDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.NACHTVERHOREN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.OPHOUDEN_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.OPHOUDEN_UITLEG;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TIJDSTIP_AANHOUDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TRANSPORT_MINUTEN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VAST;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VEILIGHEIDSBEOORDELING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VEILIGHEIDSBEOORDELING_UITLEG;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VOORGELEIDING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VOORLOPIGE_HECHTENIS_TOEGESTAAN;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.termijnen.domain.Termijn;
import nl.zsm.hg.termijnen.domain.Termijnwaarden;
import nl.zsm.hg.termijnen.domain.ZaakTermijnen;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At intake (start of the parallel questions): stores the deadlines of the case, which the due dates
 * and timers of the model read: {@code ophoudenUiterlijk}, {@code ophoudenUitleg},
 * {@code voorgeleidingUiterlijk}, {@code veiligheidsbeoordelingUiterlijk} and its uitleg.
 */
@Component("termijnenVastleggen")
public record TermijnenVastleggenListener(ZaakTermijnen termijnen) implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ZaakTermijnen.BijIntake bijIntake = OngeldigeInvoerException.metVoorvoegsel("Termijnen niet te berekenen: ",
        () -> termijnen.bijIntake(Termijnwaarden.vast(execution.getVariable(VAST)),
          Termijnwaarden.aanhouding(execution.getVariable(TIJDSTIP_AANHOUDING),
              execution.getVariable(VOORLOPIGE_HECHTENIS_TOEGESTAAN), execution.getVariable(TRANSPORT_MINUTEN),
              execution.getVariable(NACHTVERHOREN)),
          Termijnwaarden.datumVtMelding(execution.getVariable(DATUM_VT_MELDING)), Engineklok.nu()));
    if (bijIntake.ophouden() != null) {
      execution.setVariable(OPHOUDEN_UITERLIJK, bijIntake.ophouden().alsDate());
      execution.setVariable(OPHOUDEN_UITLEG, uitleg(bijIntake.ophouden()));
      execution.setVariable(VOORGELEIDING_UITERLIJK, bijIntake.voorgeleiding().alsDate());
    }
    execution.setVariable(VEILIGHEIDSBEOORDELING_UITERLIJK, bijIntake.veiligheidsbeoordeling().alsDate());
    execution.setVariable(VEILIGHEIDSBEOORDELING_UITLEG, uitleg(bijIntake.veiligheidsbeoordeling()));
  }

  static String uitleg(Termijn termijn) {
    return String.join("\n", termijn.uitleg());
  }
}
