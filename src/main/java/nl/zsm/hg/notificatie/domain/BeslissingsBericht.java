package nl.zsm.hg.notificatie.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.Maatregelstand;
import org.springframework.stereotype.Service;

/**
 * The e-mail that informs Veilig Thuis and the ZSM partners of every afdoeningsbeslissing (L876-878), to
 * their functional mailboxes. After a sepot it tells VT that criminal law stops and VT continues (L562-566,
 * L632-640, L4464-4468).
 */
@Service
public record BeslissingsBericht(NotificatieInstellingen instellingen) {

  public static final String ONDERWERP = "ZSM huiselijk geweld: nieuwe afdoeningsbeslissing";

  private static final MailSjabloon SJABLOON = MailSjabloon.laad("partners-beslissing");

  public record Gegevens(String zaaknummer, Afdoeningsbeslissing beslissing, String toelichting,
      String adviseurGroep, List<Beschermingsmaatregel> maatregelen, List<Beschermingsmaatregel> beeindigd) {

    /** Only measures in force; {@code beeindigd}: those this decision ended. */
    public Gegevens(String zaaknummer, Afdoeningsbeslissing beslissing, String toelichting, String adviseurGroep,
        List<Beschermingsmaatregel> maatregelen) {
      this(zaaknummer, beslissing, toelichting, adviseurGroep, maatregelen, List.of());
    }
  }

  /** Veilig Thuis, politie, Slachtofferhulp and the advising organisation (reclassering or RvdK). */
  public List<String> ontvangers(String adviseurGroep) {
    Set<String> groepen = new LinkedHashSet<>(List.of(Organisatie.VEILIG_THUIS.groupId(), Organisatie.POLITIE.groupId(),
        Organisatie.SLACHTOFFERHULP.groupId()));
    groepen.add(adviseurGroep == null || adviseurGroep.isBlank() ? Organisatie.RECLASSERING.groupId() : adviseurGroep);
    return groepen.stream().map(instellingen::mailboxVan).toList();
  }

  public Mailbericht opstellen(Gegevens g) {
    Map<String, String> waarden = new LinkedHashMap<>();
    waarden.put("zaaknummer", g.zaaknummer());
    waarden.put("beslissing", naam(g.beslissing()));
    waarden.put("toelichting", g.toelichting() == null || g.toelichting().isBlank() ? "(geen)" : g.toelichting().trim());
    waarden.put("maatregelen", g.maatregelen().isEmpty() ? "Geen."
        : g.maatregelen().stream().map(BeslissingsBericht::regel).collect(Collectors.joining("\n")));
    waarden.put("beeindigd", g.beeindigd().isEmpty() ? "Geen."
        : g.beeindigd().stream().map(m -> "- " + m.omschrijving() + ": " + Maatregelstand.einde(m))
            .collect(Collectors.joining("\n")));
    waarden.put("vervolgVeiligThuis", g.beslissing().isSepot()
        ? "Het strafrecht stopt: de verdachte wordt niet vervolgd. Veilig Thuis gaat verder zonder strafrecht"
            + " (vrijwillige hulp, eventueel een tijdelijk huisverbod of een (voorlopige) ondertoezichtstelling via de"
            + " Raad voor de Kinderbescherming)."
        : "Veilig Thuis draagt de veiligheidsbeoordeling, de veiligheidsvoorwaarden en de strafrechtelijke"
            + " maatregelen over aan het lokale team.");
    return new Mailbericht(ontvangers(g.adviseurGroep()), ONDERWERP, SJABLOON.tekst(waarden), SJABLOON.html(waarden));
  }

  static String naam(Afdoeningsbeslissing beslissing) {
    return switch (beslissing) {
      case DAGVAARDING -> "Dagvaarding";
      case DAGVAARDING_VOORGELEIDING_RC -> "Dagvaarding met voorgeleiding rechter-commissaris";
      case SEPOT_01 -> "Sepot 01 (niet de verdachte / geen strafbaar feit)";
      case SEPOT_02 -> "Sepot 02 (onvoldoende bewijs)";
      case VOORWAARDELIJK_SEPOT -> "Voorwaardelijk sepot";
      case VOORWAARDELIJK_BELEIDSSEPOT -> "Voorwaardelijk beleidssepot";
      case STRAFBESCHIKKING -> "OM-strafbeschikking";
      case ROUTERING_ONDERZOEKEN -> "Routering naar de afdeling onderzoeken";
      case PLANDATUM -> "Beslissing uitgesteld naar een plandatum";
      case GEDRAGSAANWIJZING -> "Gedragsaanwijzing van de officier van justitie (art. 509hh Sv)";
      case AFDOENING_ON_HOLD -> "Afdoening aangehouden: uitnodiging voor het Spreekuur huiselijk geweld";
    };
  }

  static String regel(Beschermingsmaatregel m) {
    return "- " + m.omschrijving() + (m.gebied() == null ? "" : " (" + m.gebied() + ")") + ": "
        + Maatregelstand.periode(m) + (m.status() == nl.zsm.hg.veiligheid.domain.MaatregelStatus.OVERTREDEN
            ? " (overtreding gemeld)" : "");
  }
}
