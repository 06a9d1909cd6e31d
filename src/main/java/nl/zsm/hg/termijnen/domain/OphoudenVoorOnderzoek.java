package nl.zsm.hg.termijnen.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * The end of the ophouden voor onderzoek (art. 56a Sv): at most 9 hours, or 6 hours when voorlopige
 * hechtenis is not allowed for the offence, counted from the order of the hulpofficier (by default
 * the time of arrest). Counting follows the law, not the clock:
 *
 * <ul>
 *   <li>the time between 00:00 and 09:00 (Europe/Amsterdam) does not count, so an arrest in the
 *       night starts counting at 09:00;
 *   <li>except the periods in which the suspect is actually interrogated in that night: they count;
 *   <li>transport time recorded in the proces-verbaal does not count: it is added to the hours
 *       still to count, so it lands at the end (skipping a night if need be);
 *   <li>every hour is a real elapsed hour, also across the change to or from summer time.
 * </ul>
 */
public final class OphoudenVoorOnderzoek {

  static final Duration MAXIMUM = Duration.ofHours(9);
  static final Duration MAXIMUM_ZONDER_VOORLOPIGE_HECHTENIS = Duration.ofHours(6);
  /** The seed's shorthand: "binnen 9 uur na aanhouding" (L14-20, L402-415). */
  static final Duration VUISTREGEL = Duration.ofHours(9);
  private static final int EINDE_NACHT = 9;
  private static final String WETSARTIKEL_NACHT = "art. 56a lid 3 Sv";

  public Termijn bereken(ZonedDateTime aanvang, boolean voorlopigeHechtenisToegestaan, Duration transport,
      List<Verhoorperiode> verhoren) {
    Objects.requireNonNull(aanvang, "aanvang");
    Duration transporttijd = transport == null ? Duration.ZERO : transport;
    if (transporttijd.isNegative()) {
      throw new OngeldigeInvoerException("Transporttijd kan niet negatief zijn.");
    }
    List<Verhoorperiode> nachtverhoren = samengevoegd(verhoren == null ? List.of() : verhoren);
    ZonedDateTime begin = Amsterdam.inAmsterdam(aanvang);
    Duration maximum = voorlopigeHechtenisToegestaan ? MAXIMUM : MAXIMUM_ZONDER_VOORLOPIGE_HECHTENIS;

    List<String> uitleg = new ArrayList<>();
    uitleg.add("Aanvang ophouden voor onderzoek: " + Amsterdam.moment(begin)
        + " (bevel van de hulpofficier; standaard het tijdstip van aanhouding).");
    uitleg.add(voorlopigeHechtenisToegestaan
        ? "Maximaal 9 uur, want voor het feit is voorlopige hechtenis toegestaan (art. 56a lid 1 Sv)."
        : "Maximaal 6 uur, want voor het feit is voorlopige hechtenis niet toegestaan (art. 56a lid 1 Sv).");
    if (!transporttijd.isZero()) {
      uitleg.add("Transporttijd volgens het proces-verbaal telt niet mee: " + Amsterdam.duur(transporttijd)
          + " komt er aan het einde bij.");
    }

    ZonedDateTime einde = tel(begin, maximum.plus(transporttijd), nachtverhoren, uitleg);

    uitleg.add("Uiterlijk einde ophouden voor onderzoek: " + Amsterdam.moment(einde) + " (" + Amsterdam.duur(maximum)
        + " geteld" + (transporttijd.isZero() ? "" : " plus " + Amsterdam.duur(transporttijd) + " transport") + ").");
    ZonedDateTime vuistregel = begin.plus(VUISTREGEL);
    uitleg.add("Vuistregel uit de werkwijze: binnen 9 uur na aanhouding (Werkwijze, inleiding) = " + Amsterdam.moment(vuistregel)
        + ". Die telt de klok door, ook 's nachts; de wettelijke telling hierboven bepaalt de uiterste grens.");
    return new Termijn(einde, uitleg);
  }

  /** Walks day and night from the start until the hours to count are used up. */
  private ZonedDateTime tel(ZonedDateTime begin, Duration teTellen, List<Verhoorperiode> verhoren, List<String> uitleg) {
    ZonedDateTime t = begin;
    Duration rest = teTellen;
    while (true) {
      LocalDate dag = t.toLocalDate();
      ZonedDateTime eindeNacht = Amsterdam.om(dag, EINDE_NACHT);
      if (t.isBefore(eindeNacht)) {
        uitleg.add(nachtregel(t, dag, eindeNacht, verhoren));
        for (Verhoorperiode verhoor : verhoren) {
          ZonedDateTime van = later(verhoor.begin(), t);
          ZonedDateTime tot = eerder(verhoor.einde(), eindeNacht);
          if (!van.isBefore(tot)) {
            continue;
          }
          Duration duur = Duration.between(van, tot);
          if (duur.compareTo(rest) >= 0) {
            ZonedDateTime einde = van.plus(rest);
            uitleg.add("Verhoor " + Amsterdam.tijd(van) + "-" + Amsterdam.tijd(einde) + " op " + Amsterdam.datum(dag)
                + " telt mee (de verdachte wordt in de nacht verhoord): " + Amsterdam.duur(rest)
                + "; daarmee is de termijn vol.");
            return einde;
          }
          rest = rest.minus(duur);
          uitleg.add("Verhoor " + Amsterdam.tijd(van) + "-" + Amsterdam.tijd(tot) + " op " + Amsterdam.datum(dag)
              + " telt mee (de verdachte werd in de nacht verhoord): " + Amsterdam.duur(duur) + "; nog te tellen: "
              + Amsterdam.duur(rest) + ".");
        }
        t = eindeNacht;
      } else {
        ZonedDateTime middernacht = Amsterdam.middernacht(dag.plusDays(1));
        Duration beschikbaar = Duration.between(t, middernacht);
        if (rest.compareTo(beschikbaar) <= 0) {
          ZonedDateTime einde = t.plus(rest);
          uitleg.add("Telt mee: " + Amsterdam.tijd(t) + "-" + (einde.equals(middernacht) ? "24:00" : Amsterdam.tijd(einde))
              + " op " + Amsterdam.datum(dag) + " (" + Amsterdam.duur(rest) + ").");
          return einde;
        }
        rest = rest.minus(beschikbaar);
        uitleg.add("Telt mee: " + Amsterdam.tijd(t) + "-24:00 op " + Amsterdam.datum(dag) + " ("
            + Amsterdam.duur(beschikbaar) + "); nog te tellen: " + Amsterdam.duur(rest) + ".");
        t = middernacht;
      }
    }
  }

  private static String nachtregel(ZonedDateTime t, LocalDate dag, ZonedDateTime eindeNacht, List<Verhoorperiode> verhoren) {
    ZonedDateTime middernacht = Amsterdam.middernacht(dag);
    StringBuilder regel = new StringBuilder();
    regel.append(Amsterdam.tijd(t)).append("-09:00 op ").append(Amsterdam.datum(dag)).append(" telt niet mee (")
        .append(WETSARTIKEL_NACHT).append(")");
    if (t.isAfter(middernacht)) {
      regel.append(": de aanvang valt in de nacht, het tellen begint om 09:00");
    }
    boolean verhoord = verhoren.stream()
        .anyMatch(v -> v.begin().isBefore(eindeNacht) && v.einde().isAfter(t));
    if (verhoord) {
      regel.append(", behalve de tijd waarin de verdachte wordt verhoord");
    }
    Duration nacht = Duration.between(middernacht, eindeNacht);
    if (!nacht.equals(Duration.ofHours(EINDE_NACHT))) {
      regel.append(nacht.compareTo(Duration.ofHours(EINDE_NACHT)) < 0
          ? "; in deze nacht gaat de klok een uur vooruit (zomertijd), de nacht duurt 8 uur"
          : "; in deze nacht gaat de klok een uur terug (wintertijd), de nacht duurt 10 uur");
    }
    return regel.append('.').toString();
  }

  /** Sorted by start, overlapping or touching periods joined, so no minute counts twice. */
  private static List<Verhoorperiode> samengevoegd(List<Verhoorperiode> verhoren) {
    List<Verhoorperiode> gesorteerd = new ArrayList<>(verhoren);
    gesorteerd.sort(Comparator.comparing(v -> v.begin().toInstant()));
    List<Verhoorperiode> samen = new ArrayList<>();
    for (Verhoorperiode verhoor : gesorteerd) {
      if (!samen.isEmpty() && !verhoor.begin().isAfter(samen.get(samen.size() - 1).einde())) {
        Verhoorperiode vorige = samen.remove(samen.size() - 1);
        samen.add(new Verhoorperiode(vorige.begin(), later(vorige.einde(), verhoor.einde())));
      } else {
        samen.add(verhoor);
      }
    }
    return samen;
  }

  private static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static ZonedDateTime eerder(ZonedDateTime a, ZonedDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
