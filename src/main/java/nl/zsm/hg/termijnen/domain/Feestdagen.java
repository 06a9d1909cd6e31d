package nl.zsm.hg.termijnen.domain;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.net.URL;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The algemeen erkende feestdagen of art. 3 Algemene termijnenwet. The yearly days come from a
 * holiday definition file (data; jollyday computes the days that depend on Easter), the days set
 * equal by royal decree from the configuration.
 */
public final class Feestdagen {

  /** The names in the words of the law, by the key in the definition file. */
  private static final Map<String, String> NAMEN = Map.of(
      "NEW_YEAR", "Nieuwjaarsdag",
      "christian.GOOD_FRIDAY", "Goede Vrijdag",
      "christian.EASTER_MONDAY", "tweede Paasdag",
      "KINGS_DAY", "Koningsdag",
      "QUEENS_BIRTHDAY", "Koninginnedag",
      "LIBERATION", "5 mei (Bevrijdingsdag)",
      "christian.ASCENSION_DAY", "Hemelvaartsdag",
      "christian.PENTECOST_MONDAY", "tweede Pinksterdag",
      "FIRST_CHRISTMAS_DAY", "eerste Kerstdag",
      "SECOND_CHRISTMAS_DAY", "tweede Kerstdag");
  private static final Locale NL = Locale.forLanguageTag("nl");

  private final HolidayManager kalender;
  private final Map<LocalDate, String> extraDagen = new HashMap<>();
  private final Map<Integer, Map<LocalDate, String>> perJaar = new ConcurrentHashMap<>();

  /**
   * @param definitie the holiday definition file (jollyday XML schema)
   * @param extraFeestdagen days set equal by royal decree
   */
  public Feestdagen(URL definitie, List<ExtraFeestdag> extraFeestdagen) {
    Objects.requireNonNull(definitie, "feestdagenbestand");
    this.kalender = HolidayManager.getInstance(ManagerParameters.create(definitie));
    for (ExtraFeestdag extra : extraFeestdagen == null ? List.<ExtraFeestdag>of() : extraFeestdagen) {
      extraDagen.merge(extra.datum(), extra.naam() + " (gelijkgesteld bij koninklijk besluit)", (a, b) -> a + "; " + b);
    }
  }

  /** The definition on the classpath: termijnen/feestdagen-algemene-termijnenwet.xml. */
  public static Feestdagen algemeneTermijnenwet(List<ExtraFeestdag> extraFeestdagen) {
    URL definitie = Feestdagen.class.getResource("/termijnen/feestdagen-algemene-termijnenwet.xml");
    return new Feestdagen(definitie, extraFeestdagen);
  }

  /** The name of the feestdag on this day, with its basis, or empty when it is no feestdag. */
  public Optional<String> feestdag(LocalDate dag) {
    String wettelijk = perJaar.computeIfAbsent(dag.getYear(), this::wettelijkeFeestdagen).get(dag);
    if (wettelijk != null) {
      return Optional.of(wettelijk + " (algemeen erkende feestdag, art. 3 Algemene termijnenwet)");
    }
    return Optional.ofNullable(extraDagen.get(dag));
  }

  /** Jollyday: getDate() is the day the feestdag is held (Koningsdag moved to Saturday), getActualDate() the nominal one. */
  private Map<LocalDate, String> wettelijkeFeestdagen(int jaar) {
    Map<LocalDate, String> dagen = new HashMap<>();
    for (Holiday feestdag : kalender.getHolidays(Year.of(jaar))) {
      dagen.put(feestdag.getDate(), NAMEN.getOrDefault(feestdag.getPropertiesKey(), feestdag.getDescription(NL)));
    }
    return Map.copyOf(dagen);
  }
}
