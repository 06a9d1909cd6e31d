package nl.zsm.hg.termijnen.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day set equal to an algemeen erkende feestdag by royal decree (art. 3 lid 3 Algemene
 * termijnenwet). Data, set by procesbeheer in the configuration (zsm.termijnen.extra-feestdagen).
 *
 * @param datum the day
 * @param naam what the day is and on what basis, e.g. "Gelijkgestelde dag (KB Stb. 2027, 123)"
 */
public record ExtraFeestdag(LocalDate datum, String naam) {

  public ExtraFeestdag {
    Objects.requireNonNull(datum, "datum van een extra feestdag ontbreekt");
    if (naam == null || naam.isBlank()) {
      naam = "extra feestdag";
    }
  }
}
