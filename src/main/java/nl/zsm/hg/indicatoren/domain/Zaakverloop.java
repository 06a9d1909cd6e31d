package nl.zsm.hg.indicatoren.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
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
 * @param eersteAfdoeningsbeslissing the value of the first afdoeningsbeslissing (the one at afdoeningsbeslissingOp),
 *     a name of {@link Afdoeningsbeslissing}
 * @param uitkomstVoorgeleiding what the rechter-commissaris decided after a voorgeleiding at the vrijheidsbeslissing
 * @param maatregelenBijAfdoening the kinds of measure registered with that first afdoeningsbeslissing
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
    List<String> maatregelenBijVrijheidsbeslissing,
    String eersteAfdoeningsbeslissing,
    String uitkomstVoorgeleiding,
    List<String> maatregelenBijAfdoening) {

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

  /**
   * An arrested suspect who was still detained at the OvJ's (first) afdoeningsbeslissing and went free with it (every
   * decision but a dagvaarding met voorgeleiding RC, {@link Afdoeningsbeslissing#vrijlating()}), while acutely
   * unsafe or not yet assessed by VT at that moment: only allowed with measures, like a release at the
   * vrijheidsbeslissing. Still detained: not sent home, and not set free by the rechter-commissaris after a
   * voorgeleiding.
   */
  boolean acuutOnveiligVrijgelatenBijAfdoening() {
    if (!vast || afdoeningsbeslissingOp == null || "HEENZENDEN".equals(vrijheidsbeslissing)
        || ("VOORGELEIDING_RC".equals(vrijheidsbeslissing) && uitkomstVoorgeleiding != null
            && !"INBEWARINGSTELLING".equals(uitkomstVoorgeleiding))) {
      return false;
    }
    boolean vrijlating = Arrays.stream(Afdoeningsbeslissing.values())
        .anyMatch(b -> b.name().equals(eersteAfdoeningsbeslissing) && b.vrijlating());
    if (!vrijlating) {
      return false;
    }
    boolean bekendNietAcuut = vtBeoordeeldOp != null && !vtBeoordeeldOp.isAfter(afdoeningsbeslissingOp)
        && onveiligheid != null && !onveiligheid.startsWith("ACUUT");
    return !bekendNietAcuut;
  }

  /** Either release of an acutely unsafe suspect: at the vrijheidsbeslissing or at the afdoeningsbeslissing. */
  boolean acuutOnveiligVrijgelaten() {
    return acuutOnveiligHeengezonden() || acuutOnveiligVrijgelatenBijAfdoening();
  }

  /** The kinds of measure registered with the decision that released the suspect. */
  List<String> maatregelenBijVrijlating() {
    return acuutOnveiligHeengezonden() ? maatregelenBijVrijheidsbeslissing : maatregelenBijAfdoening;
  }
}
