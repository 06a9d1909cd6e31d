package nl.zsm.hg.privacy.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Traces a batch of requests to their cases with a few queries for the whole batch: the process instance of what
 * each request names (a process instance it names itself first, then its task, execution, variable) and the
 * zaaknummer of that process instance (else the zaaknummer the request named). A lookup that fails leaves the
 * entries with what the request itself named: an access is never lost because its case could not be traced.
 */
final class Zaakherleiding {

  private static final Logger LOG = LoggerFactory.getLogger(Zaakherleiding.class);

  private Zaakherleiding() {}

  static List<Toegangslog.Toegang> herleid(List<Verzoek> verzoeken, Zaakherleider herleider) {
    Map<Verzoek, String> proces = new HashMap<>();
    for (Verzoek verzoek : verzoeken) {
      if (verzoek.procesInstantieId() != null) {
        proces.put(verzoek, verzoek.procesInstantieId());
      }
    }
    aanvullen(verzoeken, proces, Verzoek::taakId, ids -> herleider.herleid(Zaakherleider.Soort.TAAK, ids));
    aanvullen(verzoeken, proces, Verzoek::executieId, ids -> herleider.herleid(Zaakherleider.Soort.EXECUTIE, ids));
    aanvullen(verzoeken, proces, Verzoek::variabeleId, ids -> herleider.herleid(Zaakherleider.Soort.VARIABELE, ids));
    Map<String, String> zaaknummers = proces.isEmpty() ? Map.of()
        : veilig(() -> herleider.herleid(Zaakherleider.Soort.ZAAKNUMMER, new LinkedHashSet<>(proces.values())));
    List<Toegangslog.Toegang> toegangen = new ArrayList<>(verzoeken.size());
    for (Verzoek v : verzoeken) {
      String procesInstantie = proces.get(v);
      String zaaknummer = procesInstantie == null ? null : zaaknummers.get(procesInstantie);
      toegangen.add(new Toegangslog.Toegang(v.tijdstip(), v.gebruiker(), v.methode(), v.padfamilie(),
          afgekapt(zaaknummer != null ? zaaknummer : v.zaaknummer()), procesInstantie, v.taakId(), v.status()));
    }
    return toegangen;
  }

  /** Looks up, for the requests without a process instance yet, the one of the id {@code id} names. */
  private static void aanvullen(List<Verzoek> verzoeken, Map<Verzoek, String> proces, Function<Verzoek, String> id,
      Function<Set<String>, Map<String, String>> opzoeken) {
    Set<String> ids = new LinkedHashSet<>();
    for (Verzoek verzoek : verzoeken) {
      if (!proces.containsKey(verzoek) && id.apply(verzoek) != null) {
        ids.add(id.apply(verzoek));
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    Map<String, String> gevonden = veilig(() -> opzoeken.apply(ids));
    for (Verzoek verzoek : verzoeken) {
      String procesInstantie = id.apply(verzoek) == null ? null : gevonden.get(id.apply(verzoek));
      if (!proces.containsKey(verzoek) && procesInstantie != null) {
        proces.put(verzoek, procesInstantie);
      }
    }
  }

  private static Map<String, String> veilig(Supplier<Map<String, String>> opzoeking) {
    try {
      Map<String, String> uitkomst = opzoeking.get();
      return uitkomst == null ? Map.of() : uitkomst;
    } catch (RuntimeException e) {
      // no case data in the message: only the kind of failure
      LOG.warn("Zaak van een toegang niet herleid ({}); vastgelegd met wat het verzoek zelf noemde.",
          e.getClass().getSimpleName());
      return Map.of();
    }
  }

  private static String afgekapt(String tekst) {
    return tekst == null || tekst.length() <= 40 ? tekst : tekst.substring(0, 40);
  }
}
