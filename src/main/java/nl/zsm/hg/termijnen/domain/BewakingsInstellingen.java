package nl.zsm.hg.termijnen.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long before a deadline the process warns (ISO-8601 durations), e.g.
 * {@code zsm.termijnen.waarschuwing-voor-ophouden=PT2H30M}.
 *
 * @param waarschuwingVoorOphouden before the end of the ophouden voor onderzoek (and VT's deadline in a vastzaak)
 * @param waarschuwingVoorInverzekeringstelling before the end of the inverzekeringstelling
 */
@ConfigurationProperties(prefix = "zsm.termijnen")
public record BewakingsInstellingen(
    @DefaultValue("PT2H30M") Duration waarschuwingVoorOphouden,
    @DefaultValue("PT12H") Duration waarschuwingVoorInverzekeringstelling) {}
