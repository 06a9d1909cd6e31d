package nl.zsm.hg.intake.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Plausible times at the intake (docs/foutafhandeling.md).
 *
 * @param aanhoudingMaximaalGeleden an arrest longer ago than this is refused as a typing error: ophouden (9 hours),
 *     inverzekeringstelling (3 days) and its extension (3 days) are over by then
 * @param laatGeregistreerdNa an arrest longer ago than this (but within the maximum) is accepted with a warning for
 *     the officer: the deadline of ophouden may already be close or past
 */
@ConfigurationProperties(prefix = "zsm.intake")
public record IntakeInstellingen(
    @DefaultValue("P7D") Duration aanhoudingMaximaalGeleden,
    @DefaultValue("PT6H") Duration laatGeregistreerdNa) {

  public static IntakeInstellingen standaard() {
    return new IntakeInstellingen(Duration.ofDays(7), Duration.ofHours(6));
  }
}
