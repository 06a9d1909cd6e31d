package nl.zsm.hg.termijnen.domain;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the deadlines, data that procesbeheer maintains without a release.
 *
 * @param feestdagenBestand where the definition of the algemeen erkende feestdagen is (a Spring
 *     resource location: classpath:..., file:...)
 * @param extraFeestdagen days set equal to a feestdag by royal decree
 */
@ConfigurationProperties(prefix = "zsm.termijnen")
public record TermijnenInstellingen(
    @DefaultValue(STANDAARD_FEESTDAGEN_BESTAND) String feestdagenBestand,
    List<ExtraFeestdag> extraFeestdagen) {

  public static final String STANDAARD_FEESTDAGEN_BESTAND = "classpath:termijnen/feestdagen-algemene-termijnenwet.xml";

  public TermijnenInstellingen {
    extraFeestdagen = extraFeestdagen == null ? List.of() : List.copyOf(extraFeestdagen);
  }
}
