package nl.zsm.hg.slachtoffer.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.Maatregelstand;
import nl.zsm.hg.veiligheid.domain.Veiligheidsmaatregel;
import org.springframework.stereotype.Service;

/**
 * What the caller tells the victim about protective measures (L812-814): the measures in force now, each once, with
 * what it means, its end or review date and how to report a breach; then what the decision ended. The same words as
 * the e-mail that follows.
 */
@Service
public record MaatregelenVoorSlachtoffer(Maatregelstand maatregelstand) {

  public String tekst(String zaaknummer, String beslissing, LocalDate dag) {
    Maatregelstand.Stand stand = maatregelstand.van(zaaknummer, beslissing, dag);
    String vanKracht = stand.vanKracht().isEmpty() ? "Er geldt nu geen beschermingsmaatregel."
        : laatstePerSoort(stand.vanKracht()).stream()
            .map(SlachtofferBericht::uitlegMaatregel).collect(Collectors.joining("\n\n"));
    return stand.beeindigd().isEmpty() ? vanKracht : vanKracht + "\n\nGeldt niet meer:\n"
        + stand.beeindigd().stream().map(SlachtofferBericht::uitlegEinde).collect(Collectors.joining("\n"));
  }

  /** A measure imposed at vasthouden/heenzenden and again at the afdoening is explained once, as last decided. */
  public static List<Beschermingsmaatregel> laatstePerSoort(List<Beschermingsmaatregel> geregistreerd) {
    Map<Veiligheidsmaatregel, Beschermingsmaatregel> perSoort = new LinkedHashMap<>();
    geregistreerd.forEach(m -> perSoort.put(m.soort(), m));
    return List.copyOf(perSoort.values());
  }
}
