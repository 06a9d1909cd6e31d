package nl.zsm.hg.termijnen.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.DATUM_VT_MELDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.NACHTVERHOREN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.OPHOUDEN_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.OPHOUDEN_UITLEG;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TIJDSTIP_AANHOUDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TRANSPORT_MINUTEN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VAST;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VOORGELEIDING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VOORLOPIGE_HECHTENIS_TOEGESTAAN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VRIJHEIDSBESLISSING;

import java.time.Instant;
import java.util.Set;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.termijnen.domain.Termijnwaarden;
import nl.zsm.hg.termijnen.domain.ZaakTermijnen;
import nl.zsm.hg.tijd.Amsterdam;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the OvJ decided to arrest a suspect who was only heard (alsnog aanhouden, L599-601): records
 * the arrest ({@code vast}, {@code tijdstipAanhouding}: the given moment, else now) and computes the
 * deadlines of the arrest as at intake ({@code ophoudenUiterlijk} with uitleg, {@code voorgeleidingUiterlijk}).
 * The decision itself is taken again for the arrested suspect, so {@code vrijheidsbeslissing} is cleared.
 * VT's deadline for the veiligheidsbeoordeling stays as it was set at intake.
 */
@Component("aanhoudingVastleggen")
public record AanhoudingVastleggenDelegate(ZaakTermijnen termijnen) implements JavaDelegate {

  /** The variables of the arrest that this step writes (and clears: the decision). */
  public static final Set<String> VARIABELEN = Set.of(VAST, TIJDSTIP_AANHOUDING, OPHOUDEN_UITERLIJK, OPHOUDEN_UITLEG,
      VOORGELEIDING_UITERLIJK, VRIJHEIDSBESLISSING);

  @Override
  public void execute(DelegateExecution execution) {
    Instant nu = Engineklok.nu();
    Object opgegeven = execution.getVariable(TIJDSTIP_AANHOUDING);
    Object tijdstip = Formulierwaarden.tekst(opgegeven) == null
        ? nu.atZone(Amsterdam.ZONE).toOffsetDateTime().toString() : opgegeven;
    ZaakTermijnen.BijIntake aanhouding = OngeldigeInvoerException.metVoorvoegsel(
        "Termijnen van de aanhouding niet te berekenen: ",
        () -> termijnen.bijIntake(true, Termijnwaarden.aanhouding(tijdstip,
                execution.getVariable(VOORLOPIGE_HECHTENIS_TOEGESTAAN), execution.getVariable(TRANSPORT_MINUTEN),
                execution.getVariable(NACHTVERHOREN)),
            Termijnwaarden.datumVtMelding(execution.getVariable(DATUM_VT_MELDING)), nu));
    execution.setVariable(VAST, true);
    execution.setVariable(TIJDSTIP_AANHOUDING, tijdstip);
    execution.setVariable(OPHOUDEN_UITERLIJK, aanhouding.ophouden().alsDate());
    execution.setVariable(OPHOUDEN_UITLEG, TermijnenVastleggenListener.uitleg(aanhouding.ophouden()));
    execution.setVariable(VOORGELEIDING_UITERLIJK, aanhouding.voorgeleiding().alsDate());
    execution.removeVariable(VRIJHEIDSBESLISSING);
  }
}
