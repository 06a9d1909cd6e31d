package nl.zsm.hg.procesdekking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zsm.hg.ProcesDekking;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The one coverage check over the whole suite: every flow node and sequence flow of every model in {@code processes/}
 * was passed by some test. Reads what the Spring test classes recorded in {@code target/procesdekking/}
 * ({@link ProcesDekking}); {@code mvn verify} empties that folder before the tests and runs this check as its own,
 * last Failsafe execution (tag {@code procesdekking}, never in the fast layer). Run alone, it checks the records of
 * the latest run.
 */
@Tag("procesdekking")
class ProcesdekkingControle {

  @Test
  void elkElementVanElkModelIsDoorEenTestGepasseerd() {
    Set<String> gedekt = Modeldekking.vastgelegd(ProcesDekking.MAP);
    assertThat(gedekt).as("vastgelegde procesdekking in " + ProcesDekking.MAP
        + " (leeg: draai eerst de tests met mvn verify)").isNotEmpty();

    Map<String, Set<String>> open = Modeldekking.nietGedekt(Path.of("processes"), gedekt);
    String melding = open.entrySet().stream()
        .map(proces -> proces.getKey() + ": " + String.join(", ", proces.getValue()))
        .collect(Collectors.joining("\n  ", "niet gedekte knopen en pijlen (voeg een scenario toe dat ze passeert):\n  ", ""));
    assertThat(open).as(melding).isEmpty();
  }
}
