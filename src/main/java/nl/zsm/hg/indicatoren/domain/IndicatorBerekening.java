package nl.zsm.hg.indicatoren.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.veiligheid.domain.Veiligheidsmaatregel;

/**
 * Computes the indicators of issue 16 from the facts of a set of cases (docs/indicatoren.md), and suppresses every
 * cell with fewer than {@code minimumAantalZaken} cases behind it. No Camunda, no Spring: the facts come from
 * {@link Zaakverloop}.
 */
public final class IndicatorBerekening {

  static final List<String> ROUTES = List.of("GEEN_STRAFBAAR_FEIT", "NIET_VRIJ_ZONDER_VEILIGHEIDSMAATREGELEN",
      "ONDERZOEKSPLAN", "SEPOT_02_VT_MET_POLITIE", "ADVIES_EN_VEILIGHEIDSPLAN", "SEPOT_VT_ZONDER_STRAFRECHT",
      "VOORWAARDELIJK_BELEIDSSEPOT", "REGULIERE_AFDOENING");
  static final List<String> SASH_NIVEAUS = List.of("laag", "gemiddeld", "hoog");

  private final int minimumAantalZaken;
  private final Instant nu;
  private final List<Indicator> uitkomst = new ArrayList<>();

  private IndicatorBerekening(int minimumAantalZaken, Instant nu) {
    this.minimumAantalZaken = minimumAantalZaken;
    this.nu = nu;
  }

  /**
   * @param nu the moment of the measurement: a deadline still open at {@code nu} counts its time beyond until now
   */
  public static List<Indicator> bereken(List<Zaakverloop> zaken, int minimumAantalZaken, Instant nu) {
    IndicatorBerekening berekening = new IndicatorBerekening(minimumAantalZaken, nu);
    berekening.alles(zaken);
    return List.copyOf(berekening.uitkomst);
  }

  private void alles(List<Zaakverloop> zaken) {
    aantal("zaken.aantal", "Aantal zaken met een intake in de periode", zaken);
    aandeel("label.huiselijk-geweld.aandeel", "Zaken ingevoerd met het label huiselijk geweld (%)", zaken,
        Zaakverloop::labelHuiselijkGeweld);
    aandeel("label.ex-partnerstalking.aandeel", "Zaken ingevoerd met het label ex-partnerstalking (%)", zaken,
        Zaakverloop::labelExPartnerstalking);

    List<Zaakverloop> vastMetBeslissing = filter(zaken, z -> z.vast() && z.vrijheidsbeslissingOp() != null);
    aandeel("vt.beoordeling-voor-vrijheidsbeslissing.aandeel",
        "Vastzaken met de veiligheidsbeoordeling van VT vóór de beslissing over vasthouden of heenzenden (%)",
        vastMetBeslissing, Zaakverloop::vtBeoordelingVoorVrijheidsbeslissing);
    List<Zaakverloop> nietVast = filter(zaken, z -> z.heeftTermijn(Termijnsoort.VEILIGHEIDSBEOORDELING)
        && (z.vtBeoordeeldOp() != null || !z.veiligheidsbeoordelingUiterlijk().isAfter(nu)));
    aandeel("vt.beoordeling-binnen-5-werkdagen.aandeel",
        "Niet-vastzaken met de veiligheidsbeoordeling van VT binnen 5 werkdagen na de melding (%)", nietVast,
        z -> z.vtBeoordeeldOp() != null && !z.vtBeoordeeldOp().isAfter(z.veiligheidsbeoordelingUiterlijk()));

    doorlooptijd("doorlooptijd.vt-beoordeling", "van aanhouding of VT-melding tot de veiligheidsbeoordeling van VT",
        zaken, Zaakverloop::vtBeoordeeldOp);
    doorlooptijd("doorlooptijd.advies", "van aanhouding of VT-melding tot het advies van reclassering of RvdK",
        zaken, Zaakverloop::adviesOp);
    doorlooptijd("doorlooptijd.beslissing-ovj", "van aanhouding of VT-melding tot de afdoeningsbeslissing van de OvJ",
        zaken, Zaakverloop::afdoeningsbeslissingOp);

    for (Termijnsoort termijn : Termijnsoort.values()) {
      overschrijdingen(zaken, termijn);
    }

    List<Zaakverloop> vrijgelaten = filter(zaken, Zaakverloop::acuutOnveiligVrijgelaten);
    aantal("vrijlating-acuut-onveilig.aantal", "Aangehouden verdachten vrijgelaten (heengezonden of bij de"
        + " afdoeningsbeslissing) terwijl acuut onveilig of nog niet beoordeeld door VT", vrijgelaten);
    aantal("vrijlating-acuut-onveilig.heenzenden.aantal", "Van die vrijlatingen: heengezonden bij de beslissing over"
        + " vasthouden of heenzenden", filter(vrijgelaten, Zaakverloop::acuutOnveiligHeengezonden));
    aantal("vrijlating-acuut-onveilig.afdoening.aantal", "Van die vrijlatingen: vrijgelaten met de"
        + " afdoeningsbeslissing van de OvJ", filter(vrijgelaten, Zaakverloop::acuutOnveiligVrijgelatenBijAfdoening));
    for (Veiligheidsmaatregel maatregel : Veiligheidsmaatregel.values()) {
      aantal("vrijlating-acuut-onveilig.maatregel." + maatregel.name(),
          "Van die vrijlatingen: met de maatregel " + maatregel.omschrijving(),
          filter(vrijgelaten, z -> z.maatregelenBijVrijlating().contains(maatregel.name())));
    }

    slachtoffers(zaken);

    List<Zaakverloop> reclassering = filter(zaken, z -> z.adviesOp() != null && "reclassering".equals(z.adviesDoor()));
    aantal("advies.reclassering.aantal", "Adviezen van de reclassering (3RO)", reclassering);
    aantal("advies.reclassering-risc.aantal", "Adviezen van de reclassering met RISC", filter(reclassering, Zaakverloop::riscToegepast));
    aantal("advies.reclassering-b-safer.aantal", "Adviezen van de reclassering met B-SAFER",
        filter(reclassering, Zaakverloop::bSaferToegepast));
    aantal("advies.rvdk.aantal", "Adviezen van de Raad voor de Kinderbescherming",
        filter(zaken, z -> z.adviesOp() != null && "rvdk".equals(z.adviesDoor())));

    for (String route : ROUTES) {
      aantal("afdoeningsroute." + route + ".aantal", "Zaken met de afdoeningsroute " + route + " (Bijlage I)",
          filter(zaken, z -> route.equals(z.route())));
    }

    List<Zaakverloop> stalking = filter(zaken, Zaakverloop::stalkingaanpak);
    aantal("stalking.aantal", "Zaken met de aanpak ex-partnerstalking", stalking);
    for (String niveau : SASH_NIVEAUS) {
      aantal("stalking.sash-" + niveau + ".aantal", "Stalkingzaken met SASH-risiconiveau " + niveau,
          filter(stalking, z -> niveau.equals(z.sashRisiconiveau())));
    }
  }

  private void overschrijdingen(List<Zaakverloop> zaken, Termijnsoort termijn) {
    String code = "overschrijding." + termijn.code();
    List<Zaakverloop> metTermijn = filter(zaken, z -> z.heeftTermijn(termijn));
    List<Zaakverloop> overschreden = filter(metTermijn, z -> z.overschrijdingen().contains(termijn));
    aantal(code + ".aantal", "Overschrijdingen van de " + termijn.omschrijving(), overschreden);
    aandeel(code + ".aandeel", "Zaken met een overschrijding van de " + termijn.omschrijving() + " (%)", metTermijn,
        z -> z.overschrijdingen().contains(termijn));
    List<Duration> voorbij = overschreden.stream().map(z -> {
      Instant beslissing = z.beslissingVoor(termijn) != null ? z.beslissingVoor(termijn) : nu;
      return Duration.between(z.uiterlijk(termijn), beslissing);
    }).filter(d -> !d.isNegative()).toList();
    tijd(code + ".tijd-voorbij.mediaan", "Tijd na het einde van de " + termijn.omschrijving() + ", mediaan (uren)",
        Statistiek.mediaanUren(voorbij), voorbij.size());
  }

  private void slachtoffers(List<Zaakverloop> zaken) {
    List<Zaakverloop> teInformeren = filter(zaken, z -> z.informerenGestartOp() != null);
    aandeel("slachtoffer.geinformeerd.aandeel", "Slachtoffers telefonisch geïnformeerd over de beslissing (%)",
        teInformeren, Zaakverloop::slachtofferBereikt);
    List<Zaakverloop> bereikt = filter(teInformeren, Zaakverloop::slachtofferBereikt);
    for (Organisatie organisatie : Organisatie.ketenpartners()) {
      aantal("slachtoffer.geinformeerd-door." + organisatie.groupId() + ".aantal",
          "Slachtoffers geïnformeerd door " + organisatie.naam(),
          filter(bereikt, z -> organisatie.groupId().equals(z.informerendeOrganisatie())));
    }
    List<Duration> bellen = duren(bereikt, Zaakverloop::informerenGestartOp, Zaakverloop::slachtofferGebeldOp);
    tijd("slachtoffer.tijd-tot-telefonisch-contact.mediaan",
        "Tijd van de beslissing tot het telefonisch contact met het slachtoffer, mediaan (uren)",
        Statistiek.mediaanUren(bellen), bellen.size());
    tijd("slachtoffer.tijd-tot-telefonisch-contact.p90",
        "Tijd van de beslissing tot het telefonisch contact met het slachtoffer, 90e percentiel (uren)",
        Statistiek.percentielUren(bellen, 90), bellen.size());
    List<Duration> mailen = duren(teInformeren, Zaakverloop::informerenGestartOp, Zaakverloop::slachtofferGemaildOp);
    tijd("slachtoffer.tijd-tot-email.mediaan", "Tijd van de beslissing tot de e-mail aan het slachtoffer, mediaan (uren)",
        Statistiek.mediaanUren(mailen), mailen.size());
    aantal("slachtoffer.niet-bereikt.aantal", "Slachtoffers die telefonisch niet bereikt werden (andere weg gekozen)",
        filter(teInformeren, Zaakverloop::slachtofferNietBereikt));
  }

  private void doorlooptijd(String code, String omschrijving, List<Zaakverloop> zaken, Function<Zaakverloop, Instant> tot) {
    List<Duration> duren = duren(zaken, Zaakverloop::startmoment, tot);
    tijd(code + ".mediaan", "Tijd " + omschrijving + ", mediaan (uren)", Statistiek.mediaanUren(duren), duren.size());
    tijd(code + ".p90", "Tijd " + omschrijving + ", 90e percentiel (uren)", Statistiek.percentielUren(duren, 90), duren.size());
  }

  private static List<Duration> duren(List<Zaakverloop> zaken, Function<Zaakverloop, Instant> van,
      Function<Zaakverloop, Instant> tot) {
    return zaken.stream().filter(z -> van.apply(z) != null && tot.apply(z) != null)
        .map(z -> Duration.between(van.apply(z), tot.apply(z))).filter(d -> !d.isNegative()).toList();
  }

  private void aantal(String code, String omschrijving, List<Zaakverloop> zaken) {
    voegToe(Indicator.zichtbaar(code, omschrijving, (double) zaken.size(), zaken.size()));
  }

  private void aandeel(String code, String omschrijving, List<Zaakverloop> noemer, Predicate<Zaakverloop> teller) {
    long ja = noemer.stream().filter(teller).count();
    long nee = noemer.size() - ja;
    Indicator indicator = Indicator.zichtbaar(code, omschrijving, Statistiek.procent(ja, noemer.size()), noemer.size());
    // a share would give away a small count: 1 of 5 is 20 %, and 4 of 5 says "all but one"
    boolean kleinDeel = (ja > 0 && ja < minimumAantalZaken) || (nee > 0 && nee < minimumAantalZaken);
    if (kleinDeel) {
      uitkomst.add(indicator.onderdrukken());
    } else {
      voegToe(indicator);
    }
  }

  private void tijd(String code, String omschrijving, Double uren, int aantalZaken) {
    voegToe(Indicator.zichtbaar(code, omschrijving, uren, aantalZaken));
  }

  private void voegToe(Indicator indicator) {
    uitkomst.add(Objects.requireNonNull(indicator.aantalZaken()) < minimumAantalZaken ? indicator.onderdrukken() : indicator);
  }

  private static List<Zaakverloop> filter(List<Zaakverloop> zaken, Predicate<Zaakverloop> voorwaarde) {
    return zaken.stream().filter(voorwaarde).toList();
  }
}
