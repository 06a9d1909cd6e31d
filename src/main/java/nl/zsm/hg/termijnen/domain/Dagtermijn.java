package nl.zsm.hg.termijnen.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * A deadline as a day (the whole day may be used), with a Dutch explanation of how it was counted.
 *
 * @param uiterlijk the last day
 * @param uitleg how it was counted, one sentence per step, in Dutch
 */
public record Dagtermijn(LocalDate uiterlijk, List<String> uitleg) {

  public Dagtermijn {
    Objects.requireNonNull(uiterlijk, "uiterlijk");
    uitleg = List.copyOf(uitleg);
  }

  /** The last second of the last day, 23:59:59 Europe/Amsterdam. */
  public ZonedDateTime eindeVanDeDag() {
    return Amsterdam.middernacht(uiterlijk.plusDays(1)).minusSeconds(1);
  }

  /** The end of the last day as a java.util.Date, for a timer's timeDate or a task's dueDate. */
  public Date alsDate() {
    return Date.from(eindeVanDeDag().toInstant());
  }
}
