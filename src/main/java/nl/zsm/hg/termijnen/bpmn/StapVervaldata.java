package nl.zsm.hg.termijnen.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INVERZEKERINGSTELLING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TIJDSTIP_AANHOUDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VAST;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VRIJHEIDSBESLISSING;

import java.util.Date;
import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.termijnen.domain.TermijnenService;
import nl.zsm.hg.termijnen.domain.Tijdstippen;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Expression bean {@code ${stapVervaldata.naVrijheidsbeslissing(execution)}}: the due date of a ZSM step that
 * follows the OvJ's decision on vasthouden of heenzenden (Bewijs beoordelen), from the deadlines stored on the
 * case. In custody after an inverzekeringstelling: its end (L410-412). Still held for questioning: the end of
 * the ophouden. A niet-vastzaak: the five werkdagen of VT (L529-535). An arrested suspect who was sent away: the
 * case continues as a niet-vastzaak, so five werkdagen counted from the day of the arrest (choice of this
 * project, the source is silent; docs/termijnbewaking.md).
 */
@ProcesBean
@Component(StapVervaldata.BEAN)
public record StapVervaldata(TermijnenExpressies termijnen, TermijnenService service) {

  public static final String BEAN = "stapVervaldata";

  public Date naVrijheidsbeslissing(VariableScope zaak) {
    Object inverzekeringstelling = zaak.getVariable(INVERZEKERINGSTELLING_UITERLIJK);
    if (inverzekeringstelling instanceof Date einde) {
      return einde;
    }
    boolean vast = Boolean.TRUE.equals(zaak.getVariable(VAST));
    if (!vast) {
      return termijnen.veiligheidsbeoordelingVanZaak(zaak);
    }
    Object aanhouding = zaak.getVariable(TIJDSTIP_AANHOUDING);
    if (!"HEENZENDEN".equals(zaak.getVariable(VRIJHEIDSBESLISSING)) || aanhouding == null) {
      return termijnen.ophoudenVanZaak(zaak);
    }
    return service.werkdagen(Tijdstippen.moment(aanhouding, "Tijdstip aanhouding").toLocalDate(), 5).alsDate();
  }
}
