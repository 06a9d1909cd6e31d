package nl.zsm.hg.termijnen.domain;

import java.util.Date;
import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.termijnen.bpmn.TermijnenVastleggenListener;
import org.springframework.stereotype.Component;

/**
 * The warning moments for BPMN timers, as the Spring bean {@code termijnbewaking}, e.g.
 * {@code ${termijnbewaking.waarschuwingOphouden(ophoudenUiterlijk)}}, and a deadline as text for a
 * task name: {@code ${termijnbewaking.tijdstip(ophoudenUiterlijk)}} gives "20:00 op 25-11-2026".
 * The deadlines themselves are case variables (see {@link TermijnenVastleggenListener}).
 */
@ProcesBean
@Component(TermijnbewakingExpressies.BEAN)
public record TermijnbewakingExpressies(Waarschuwingen waarschuwingen) {

  public static final String BEAN = "termijnbewaking";

  public Date waarschuwingOphouden(Date uiterlijk) {
    return Date.from(waarschuwingen.voorOphouden(uiterlijk.toInstant()));
  }

  public Date waarschuwingInverzekeringstelling(Date uiterlijk) {
    return Date.from(waarschuwingen.voorInverzekeringstelling(uiterlijk.toInstant()));
  }

  /** {@code vast} false: 09:00 on the last working day; otherwise as the ophouden. */
  public Date waarschuwingVeiligheidsbeoordeling(Date uiterlijk, Object vast) {
    return Date.from(waarschuwingen.voorVeiligheidsbeoordeling(uiterlijk.toInstant(), !Boolean.FALSE.equals(vast)));
  }

  public String tijdstip(Date moment) {
    return Waarschuwingen.tijdstip(moment.toInstant());
  }
}
