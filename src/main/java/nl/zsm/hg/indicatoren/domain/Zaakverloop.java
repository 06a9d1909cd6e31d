package nl.zsm.hg.indicatoren.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.zsm.hg.intake.domain.Regio;

/**
 * What the history says about one case, only the facts the indicators need: no names, no free text. Moments
 * are null when the step has not (yet) happened.
 *
 * @param startmoment arrest (vastzaak) or VT-melding (niet-vastzaak), the start of the lead times
 * @param vrijheidsbeslissingOp the (last) decision on vasthouden/heenzenden
 * @param vtBeoordeeldOp VT's classification of the (acute and structural) onveiligheid
 * @param afdoeningsbeslissingOp the OvJ's first afdoenings- of routeringsbeslissing
 * @param informerenGestartOp the decision that started informing the victim
 * @param maatregelenBijVrijheidsbeslissing the kinds of measure registered with the vrijheidsbeslissing
 */
public record Zaakverloop(
    String zaaknummer,
    Regio regio,
    Instant intakeOp,
    boolean vast,
    Instant startmoment,
    boolean labelHuiselijkGeweld,
    boolean labelExPartnerstalking,
    String vrijheidsbeslissing,
    Instant vrijheidsbeslissingOp,
    Instant vtBeoordeeldOp,
    String onveiligheid,
    Instant ophoudenUiterlijk,
    Instant veiligheidsbeoordelingUiterlijk,
    Instant inverzekeringstellingUiterlijk,
    Instant adviesOp,
    String adviesDoor,
    boolean riscToegepast,
    boolean bSaferToegepast,
    Instant afdoeningsbeslissingOp,
    String route,
    boolean stalkingaanpak,
    String sashRisiconiveau,
    Instant informerenGestartOp,
    String informerendeOrganisatie,
    boolean slachtofferBereikt,
    Instant slachtofferGebeldOp,
    Instant slachtofferGemaildOp,
    boolean slachtofferNietBereikt,
    Set<Termijnsoort> overschrijdingen,
    List<String> maatregelenBijVrijheidsbeslissing) {

  /** The moment a deadline was met (or is still open, then null). */
  Instant beslissingVoor(Termijnsoort termijn) {
    return switch (termijn) {
      case OPHOUDEN -> vrijheidsbeslissingOp;
      case VEILIGHEIDSBEOORDELING -> vtBeoordeeldOp;
      case INVERZEKERINGSTELLING -> afdoeningsbeslissingOp;
    };
  }

  Instant uiterlijk(Termijnsoort termijn) {
    return switch (termijn) {
      case OPHOUDEN -> ophoudenUiterlijk;
      case VEILIGHEIDSBEOORDELING -> veiligheidsbeoordelingUiterlijk;
      case INVERZEKERINGSTELLING -> inverzekeringstellingUiterlijk;
    };
  }

  /** Whether the deadline applies: 9 hours for a vastzaak, 5 werkdagen for a niet-vastzaak, and an ordered inverzekeringstelling. */
  boolean heeftTermijn(Termijnsoort termijn) {
    return switch (termijn) {
      case OPHOUDEN -> vast && ophoudenUiterlijk != null;
      case VEILIGHEIDSBEOORDELING -> !vast && veiligheidsbeoordelingUiterlijk != null;
      case INVERZEKERINGSTELLING -> inverzekeringstellingUiterlijk != null;
    };
  }

  /** VT's assessment was there when the OvJ decided on vasthouden/heenzenden. */
  boolean vtBeoordelingVoorVrijheidsbeslissing() {
    return vtBeoordeeldOp != null && vrijheidsbeslissingOp != null && !vtBeoordeeldOp.isAfter(vrijheidsbeslissingOp);
  }

  /**
   * An arrested suspect sent home while acutely unsafe, or while VT had not assessed yet (which the rule treats
   * as acute): only allowed with measures.
   */
  boolean acuutOnveiligHeengezonden() {
    if (!vast || !"HEENZENDEN".equals(vrijheidsbeslissing)) {
      return false;
    }
    boolean bekendNietAcuut = vtBeoordelingVoorVrijheidsbeslissing() && onveiligheid != null && !onveiligheid.startsWith("ACUUT");
    return !bekendNietAcuut;
  }
}
