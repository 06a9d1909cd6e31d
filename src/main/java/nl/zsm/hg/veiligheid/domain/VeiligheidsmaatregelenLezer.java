package nl.zsm.hg.veiligheid.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;

/**
 * Reads the chosen measures as they arrive: a list (engine API), a JSON array text (Camunda Forms
 * checklist, REST type Json) or an array. Unknown names are refused, so the catalogue stays closed.
 */
public final class VeiligheidsmaatregelenLezer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private VeiligheidsmaatregelenLezer() {}

  public static Set<Veiligheidsmaatregel> lees(Object waarde) {
    Set<Veiligheidsmaatregel> maatregelen = EnumSet.noneOf(Veiligheidsmaatregel.class);
    for (String naam : namen(waarde)) {
      String opgeschoond = naam.trim();
      if (opgeschoond.isEmpty()) {
        continue;
      }
      try {
        maatregelen.add(Veiligheidsmaatregel.valueOf(opgeschoond));
      } catch (IllegalArgumentException e) {
        throw new OngeldigeInvoerException("Onbekende veiligheidsmaatregel '" + opgeschoond
            + "'. Kies uit: " + Arrays.toString(Veiligheidsmaatregel.values()) + ".");
      }
    }
    return maatregelen;
  }

  private static List<String> namen(Object waarde) {
    if (waarde == null) {
      return List.of();
    }
    if (waarde instanceof Collection<?> lijst) {
      return lijst.stream().map(String::valueOf).toList();
    }
    if (waarde instanceof Object[] rij) {
      return Arrays.stream(rij).map(String::valueOf).toList();
    }
    String tekst = waarde.toString().trim();
    if (tekst.startsWith("[")) {
      try {
        return new ArrayList<>(Arrays.asList(JSON.readValue(tekst, String[].class)));
      } catch (JsonProcessingException e) {
        throw new OngeldigeInvoerException("De lijst veiligheidsmaatregelen is geen geldige JSON-lijst van namen.");
      }
    }
    return Arrays.asList(tekst.split(","));
  }
}
