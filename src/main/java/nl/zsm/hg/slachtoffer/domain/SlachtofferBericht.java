package nl.zsm.hg.slachtoffer.domain;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import nl.zsm.hg.notificatie.domain.MailSjabloon;
import nl.zsm.hg.notificatie.domain.Mailbericht;
import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.Maatregelstand;
import org.springframework.stereotype.Service;

/**
 * The e-mail to the victim after the phone call, with the same content so it can be reread (L801-807):
 * what the OvJ decided and, for every protective measure, what it means; for a contact-, locatie- or
 * gebiedsverbod also where it applies and how and where to report a breach (L812-814). The subject says
 * nothing about the case.
 */
@Service
public class SlachtofferBericht {

  public static final String ONDERWERP = "Informatie na ons telefoongesprek";
  static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  private final MailSjabloon sjabloon = MailSjabloon.laad("slachtoffer-beslissing");

  /** Who writes and what the victim was told. */
  public record Gegevens(String adres, String naam, String zaaknummer, Afdoeningsbeslissing beslissing,
      String afzenderOrganisatie, List<Beschermingsmaatregel> maatregelen, List<Beschermingsmaatregel> beeindigd) {

    /** Only measures in force, nothing ended. */
    public Gegevens(String adres, String naam, String zaaknummer, Afdoeningsbeslissing beslissing,
        String afzenderOrganisatie, List<Beschermingsmaatregel> maatregelen) {
      this(adres, naam, zaaknummer, beslissing, afzenderOrganisatie, maatregelen, List.of());
    }
  }

  public Mailbericht opstellen(Gegevens g) {
    return opstellen(g, g.beslissing() == null ? VRIJGELATEN : uitlegBeslissing(g.beslissing()));
  }

  /** With the news in words given, e.g. the outcome of the voorgeleiding (UitkomstVoorgeleiding#uitlegSlachtoffer). */
  public Mailbericht opstellen(Gegevens g, String beslissingInWoorden) {
    Map<String, String> waarden = new LinkedHashMap<>();
    waarden.put("naam", g.naam() == null || g.naam().isBlank() ? "heer/mevrouw" : g.naam().trim());
    waarden.put("organisatie", g.afzenderOrganisatie());
    waarden.put("zaaknummer", g.zaaknummer());
    waarden.put("beslissing", beslissingInWoorden);
    String vanKracht = g.maatregelen().isEmpty()
        ? "De officier van justitie heeft geen beschermingsmaatregel opgelegd."
        : g.maatregelen().stream().map(SlachtofferBericht::uitlegMaatregel).collect(Collectors.joining("\n\n"));
    waarden.put("maatregelen", g.beeindigd().isEmpty() ? vanKracht : vanKracht + "\n\nGeldt niet meer:\n"
        + g.beeindigd().stream().map(SlachtofferBericht::uitlegEinde).collect(Collectors.joining("\n")));
    return new Mailbericht(List.of(g.adres()), ONDERWERP, sjabloon.tekst(waarden), sjabloon.html(waarden));
  }

  /** Before any afdoeningsbeslissing: the OvJ let the suspect go at the decision on vasthouden of heenzenden. */
  static final String VRIJGELATEN = "De officier van justitie heeft besloten de verdachte vrij te laten. Over de"
      + " strafzaak is nog niet beslist; u hoort van ons zodra de officier van justitie dat doet. De maatregelen"
      + " hieronder gelden vanaf nu.";

  public static String uitlegBeslissing(Afdoeningsbeslissing beslissing) {
    return switch (beslissing) {
      case DAGVAARDING -> "De officier van justitie heeft besloten de verdachte te dagvaarden. De zaak komt voor de"
          + " rechter. U krijgt bericht over de datum van de zitting en over uw rechten als slachtoffer, zoals het"
          + " spreekrecht.";
      case DAGVAARDING_VOORGELEIDING_RC -> "De officier van justitie heeft besloten de verdachte te dagvaarden en"
          + " voor te geleiden aan de rechter-commissaris. Die beslist of de verdachte langer vast blijft zitten. Wij"
          + " laten u weten wat de rechter-commissaris beslist.";
      case SEPOT_01, SEPOT_02 -> "De officier van justitie heeft besloten de verdachte niet te vervolgen (sepot)."
          + " De strafzaak stopt hiermee. Veilig Thuis blijft betrokken bij uw veiligheid en die van uw gezin en kan"
          + " u verder helpen, ook zonder strafzaak.";
      case VOORWAARDELIJK_SEPOT -> "De officier van justitie heeft besloten de verdachte voorwaardelijk niet te"
          + " vervolgen. De verdachte moet zich aan voorwaarden houden; doet hij of zij dat niet, dan kan de"
          + " officier alsnog vervolgen.";
      case VOORWAARDELIJK_BELEIDSSEPOT -> "De officier van justitie heeft besloten de verdachte onder voorwaarden"
          + " niet te vervolgen (voorwaardelijk beleidssepot). Houdt de verdachte zich niet aan de voorwaarden, dan"
          + " kan de zaak alsnog worden vervolgd.";
      case STRAFBESCHIKKING -> "De officier van justitie legt de verdachte zelf een straf op (OM-strafbeschikking)."
          + " De zaak hoeft daarvoor niet naar de rechter, tenzij de verdachte verzet doet.";
      case ROUTERING_ONDERZOEKEN -> "De zaak gaat voor verder onderzoek naar de afdeling onderzoeken van het"
          + " Openbaar Ministerie. Daar wordt later beslist; u hoort dan opnieuw van ons.";
      case PLANDATUM -> "De officier van justitie neemt later, op een afgesproken datum, een beslissing. Tot dan"
          + " blijven de afspraken over uw veiligheid gelden.";
      case GEDRAGSAANWIJZING -> "De officier van justitie heeft de verdachte een gedragsaanwijzing gegeven: een bevel"
          + " waaraan de verdachte zich moet houden, bijvoorbeeld geen contact met u opnemen of niet in uw buurt komen."
          + " Houdt de verdachte zich daar niet aan, dan is dat strafbaar.";
      case AFDOENING_ON_HOLD -> "De officier van justitie beslist nog niet: de verdachte is vrijgelaten en uitgenodigd"
          + " voor het Spreekuur huiselijk geweld van de reclassering. Daarna beslist de officier; u hoort dan opnieuw"
          + " van ons. Tot dan blijven de afspraken over uw veiligheid gelden.";
    };
  }

  /** A measure the decision ended, e.g. "- Verdachte niet vrijlaten: inverzekeringstelling: beëindigd op 30 november 2026." */
  static String uitlegEinde(Beschermingsmaatregel m) {
    return "- " + m.omschrijving() + ": " + Maatregelstand.einde(m) + ".";
  }

  static String uitlegMaatregel(Beschermingsmaatregel m) {
    String tekst = Maatregelstand.periode(m);
    String periode = Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1) + ".";
    String voorwaarden = m.voorwaarden() == null ? "" : "\nVoorwaarden: " + m.voorwaarden();
    String melden = "\nHoudt de verdachte zich hier niet aan? Bent u in direct gevaar, bel dan 112. Meld een"
        + " overtreding anders zo snel mogelijk bij de politie via 0900-8844 en noem uw zaaknummer. Schrijf op wanneer"
        + " en waar het gebeurde en bewaar berichten als bewijs.";
    return switch (m.soort()) {
      case CONTACTVERBOD -> "Contactverbod: de verdachte mag op geen enkele manier contact met u opnemen: niet"
          + " persoonlijk, niet telefonisch, niet via berichten, e-mail of sociale media en niet via anderen. "
          + periode + voorwaarden + melden;
      case LOCATIEVERBOD -> "Locatieverbod: de verdachte mag niet komen op deze plek: " + m.gebied() + ". "
          + periode + voorwaarden + melden;
      case GEBIEDSVERBOD -> "Gebiedsverbod: de verdachte mag dit gebied niet in: " + m.gebied() + ". "
          + periode + voorwaarden + melden;
      default -> m.omschrijving() + ". " + periode + voorwaarden;
    };
  }
}
