package nl.zsm.hg.notificatie.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.MaatregelStatus;
import nl.zsm.hg.veiligheid.domain.Maatregelstand;
import nl.zsm.hg.veiligheid.domain.UitkomstVoorgeleiding;
import org.springframework.stereotype.Service;

/**
 * The e-mail with the outcome of the voorgeleiding to Veilig Thuis and the ZSM partners (Spreekuur huiselijk geweld
 * L4368-4375: the OM informs VT up to and including the outcome of the voorgeleiding; L876-878: all ZSM partners).
 * Same recipients as {@link BeslissingsBericht}; with a warning when the RC released an acutely unsafe suspect
 * without a protective measure.
 */
@Service
public record VoorgeleidingsBericht(BeslissingsBericht beslissingsBericht) {

  public static final String ONDERWERP = "ZSM huiselijk geweld: uitkomst voorgeleiding rechter-commissaris";

  private static final MailSjabloon SJABLOON = MailSjabloon.laad("partners-voorgeleiding");

  /**
   * @param geschorst registrations with status GESCHORST (the bewaring with a schorsing)
   * @param waarschuwing null, or the warning of an unprotected release
   */
  public record Gegevens(String zaaknummer, UitkomstVoorgeleiding uitkomst, String toelichting, String adviseurGroep,
      List<Beschermingsmaatregel> maatregelen, List<Beschermingsmaatregel> geschorst,
      List<Beschermingsmaatregel> beeindigd, String waarschuwing) {}

  public Mailbericht opstellen(Gegevens g) {
    Map<String, String> waarden = new LinkedHashMap<>();
    waarden.put("zaaknummer", g.zaaknummer());
    waarden.put("uitkomst", g.uitkomst().naam());
    waarden.put("toelichting", g.toelichting() == null || g.toelichting().isBlank() ? "(geen)" : g.toelichting().trim());
    waarden.put("waarschuwing", g.waarschuwing() == null || g.waarschuwing().isBlank() ? "" : "\n" + g.waarschuwing() + "\n");
    waarden.put("maatregelen", lijst(g.maatregelen(), BeslissingsBericht::regel));
    waarden.put("geschorst", lijst(g.geschorst(), m -> "- " + m.omschrijving() + ": geschorst sinds "
        + Maatregelstand.DATUM.format(m.gewijzigdOp().atZone(nl.zsm.hg.tijd.Amsterdam.ZONE).toLocalDate())
        + " (de schorsing kan worden opgeheven als de verdachte een voorwaarde overtreedt)"));
    waarden.put("beeindigd", lijst(g.beeindigd(), m -> "- " + m.omschrijving() + ": " + Maatregelstand.einde(m)));
    return new Mailbericht(beslissingsBericht.ontvangers(g.adviseurGroep()), ONDERWERP, SJABLOON.tekst(waarden),
        SJABLOON.html(waarden));
  }

  private static String lijst(List<Beschermingsmaatregel> maatregelen,
      java.util.function.Function<Beschermingsmaatregel, String> regel) {
    return maatregelen.isEmpty() ? "Geen." : maatregelen.stream().map(regel).collect(Collectors.joining("\n"));
  }

  /** The registrations of a case with status GESCHORST. */
  public static List<Beschermingsmaatregel> geschorst(List<Beschermingsmaatregel> alle) {
    return alle.stream().filter(m -> m.status() == MaatregelStatus.GESCHORST).toList();
  }
}
