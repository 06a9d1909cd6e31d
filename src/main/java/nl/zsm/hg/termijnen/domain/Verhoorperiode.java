package nl.zsm.hg.termijnen.domain;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * A period in which the suspect was actually interrogated. In the night (00:00-09:00) such a
 * period counts for the ophouden voor onderzoek, although the night otherwise does not.
 */
public record Verhoorperiode(ZonedDateTime begin, ZonedDateTime einde) {

  public Verhoorperiode {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(einde, "einde");
    if (!einde.isAfter(begin)) {
      throw new OngeldigeInvoerException("Het einde van een verhoor moet na het begin liggen (begin "
          + Amsterdam.moment(begin) + ", einde " + Amsterdam.moment(einde) + ").");
    }
    begin = Amsterdam.inAmsterdam(begin);
    einde = Amsterdam.inAmsterdam(einde);
  }

  Duration duur() {
    return Duration.between(begin, einde);
  }
}
