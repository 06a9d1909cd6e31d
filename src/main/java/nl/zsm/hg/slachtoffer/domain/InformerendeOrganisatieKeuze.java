package nl.zsm.hg.slachtoffer.domain;

import java.util.stream.Collectors;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.security.domain.Organisatie;
import org.springframework.stereotype.Service;

/**
 * Which organisation phones the victim. It is agreed per case (L808-810); without an agreement
 * Slachtofferhulp Nederland calls, as it calls every victim (L340-342).
 */
@Service
public class InformerendeOrganisatieKeuze {

  public static final Organisatie STANDAARD = Organisatie.SLACHTOFFERHULP;

  public String bepaal(String afgesprokenGroep) {
    if (afgesprokenGroep == null || afgesprokenGroep.isBlank()) {
      return STANDAARD.groupId();
    }
    String groep = afgesprokenGroep.trim();
    return Organisatie.ketenpartners().stream()
        .map(Organisatie::groupId)
        .filter(groep::equals)
        .findFirst()
        .orElseThrow(() -> new OngeldigeInvoerException("Onbekende informerende organisatie '" + groep
            + "'; kies een van de ketenpartners: "
            + Organisatie.ketenpartners().stream().map(Organisatie::groupId).collect(Collectors.joining(", ")) + "."));
  }
}
