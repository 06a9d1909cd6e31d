package nl.zsm.hg.termijnen.domain;

import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * The REST answer: {@code {"uiterlijk": "...", "uitleg": [...]}}. A moment is ISO-8601 with the
 * Amsterdam offset ("2026-11-29T14:00:00+01:00"), a day is "2026-12-02".
 */
public record TermijnAntwoord(String uiterlijk, List<String> uitleg) {

  public static TermijnAntwoord van(Termijn termijn) {
    return new TermijnAntwoord(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(termijn.uiterlijk()), termijn.uitleg());
  }

  public static TermijnAntwoord van(Dagtermijn termijn) {
    return new TermijnAntwoord(DateTimeFormatter.ISO_LOCAL_DATE.format(termijn.uiterlijk()), termijn.uitleg());
  }
}
