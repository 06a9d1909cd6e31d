package nl.zsm.hg.termijnen.domain;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * A deadline as a moment in Europe/Amsterdam, with a Dutch explanation of how it was counted.
 *
 * @param uiterlijk the last moment, in Europe/Amsterdam
 * @param uitleg how it was counted, one sentence per step, in Dutch
 */
public record Termijn(ZonedDateTime uiterlijk, List<String> uitleg) {

  public Termijn {
    Objects.requireNonNull(uiterlijk, "uiterlijk");
    uiterlijk = Amsterdam.inAmsterdam(uiterlijk);
    uitleg = List.copyOf(uitleg);
  }

  /** The deadline as a java.util.Date, for a timer's timeDate or a task's dueDate. */
  public Date alsDate() {
    return Date.from(uiterlijk.toInstant());
  }
}
