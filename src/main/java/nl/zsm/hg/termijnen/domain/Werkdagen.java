package nl.zsm.hg.termijnen.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * Deadlines in werkdagen: Monday to Friday except the feestdagen of the Algemene termijnenwet. The
 * day of the event (e.g. the melding) is day 0; the deadline is the N-th working day after it.
 */
public final class Werkdagen {

  public static final int MAXIMUM_AANTAL = 260;

  private final Feestdagen feestdagen;

  public Werkdagen(Feestdagen feestdagen) {
    this.feestdagen = Objects.requireNonNull(feestdagen, "feestdagen");
  }

  public Dagtermijn na(LocalDate vanaf, int aantal) {
    Objects.requireNonNull(vanaf, "vanaf");
    if (aantal < 1 || aantal > MAXIMUM_AANTAL) {
      throw new OngeldigeInvoerException("Het aantal werkdagen moet tussen 1 en " + MAXIMUM_AANTAL + " liggen, niet " + aantal + ".");
    }
    List<String> uitleg = new ArrayList<>();
    uitleg.add("Dag 0 is " + Amsterdam.dagEnDatum(vanaf) + " (de dag zelf telt niet mee); de termijn eindigt op de "
        + aantal + "e werkdag daarna.");
    uitleg.add("Werkdagen zijn maandag tot en met vrijdag, behalve de feestdagen van art. 3 Algemene termijnenwet "
        + "en de dagen die bij koninklijk besluit zijn gelijkgesteld.");
    LocalDate dag = vanaf;
    int geteld = 0;
    while (geteld < aantal) {
      dag = dag.plusDays(1);
      Optional<String> waaromNiet = geenWerkdag(dag);
      if (waaromNiet.isPresent()) {
        uitleg.add(Amsterdam.dagEnDatum(dag) + " telt niet mee: " + waaromNiet.get() + ".");
      } else {
        geteld++;
        uitleg.add(Amsterdam.dagEnDatum(dag) + " is werkdag " + geteld + ".");
      }
    }
    uitleg.add("Uiterlijk op " + Amsterdam.dagEnDatum(dag) + " (tot en met 23:59 Europe/Amsterdam).");
    return new Dagtermijn(dag, uitleg);
  }

  /** Why this day is no working day, or empty when it is one. */
  public Optional<String> geenWerkdag(LocalDate dag) {
    Optional<String> feestdag = feestdagen.feestdag(dag);
    if (feestdag.isPresent()) {
      return feestdag;
    }
    DayOfWeek weekdag = dag.getDayOfWeek();
    if (weekdag == DayOfWeek.SATURDAY || weekdag == DayOfWeek.SUNDAY) {
      return Optional.of("weekend");
    }
    return Optional.empty();
  }
}
