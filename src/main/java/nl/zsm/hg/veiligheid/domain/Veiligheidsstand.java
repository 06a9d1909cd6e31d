package nl.zsm.hg.veiligheid.domain;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ACUUT_DEEL_VT_BEKEND;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VAST;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.ACUUT_ONVEILIG;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.VEILIGHEIDSBEOORDELING_AFGEROND;

import java.util.function.Function;

/**
 * What the case knows about the suspect and the safety at the moment of a decision.
 *
 * @param vast whether the suspect was arrested (vastzaak)
 * @param beoordelingAfgerond whether VT's veiligheidsbeoordeling is available: completed, or its acute part delivered
 *     at ZSM (acuutDeelVtBekend; the veiligheidsvoorwaarden may follow after ZSM, Evaluatie L3027-3031)
 * @param acuutOnveilig VT's outcome: true, false, or null when it was not recorded
 */
public record Veiligheidsstand(boolean vast, boolean beoordelingAfgerond, Boolean acuutOnveilig) {

  public static Veiligheidsstand van(Function<String, Object> scope) {
    Object acuut = scope.apply(ACUUT_ONVEILIG);
    return new Veiligheidsstand(Boolean.TRUE.equals(scope.apply(VAST)),
        Boolean.TRUE.equals(scope.apply(VEILIGHEIDSBEOORDELING_AFGEROND))
            || Boolean.TRUE.equals(scope.apply(ACUUT_DEEL_VT_BEKEND)),
        acuut instanceof Boolean b ? b : null);
  }

  /**
   * An arrested suspect whose onveiligheid is acute, not yet assessed or not recorded: a release needs a measure
   * that protects the victim (L393-400, L514-527, L4350-4352). Unknown counts as acute.
   */
  public boolean vraagtBeschermingBijVrijlating() {
    return vast && (!beoordelingAfgerond || !Boolean.FALSE.equals(acuutOnveilig));
  }
}
