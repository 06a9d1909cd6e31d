package nl.zsm.hg.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of Camunda's English locale of the four webapps (welcome, tasklist, cockpit, admin) has a Dutch
 * translation in our {@code locales/nl.json}: the key is there, not empty, and not the English text left
 * standing, unless the text is the same word in Dutch (a short, explicit list); the vendor banner's text stays
 * empty. After a Camunda upgrade a new
 * key fails here until {@code tools/nl-locales} translates it.
 */
class WebappVertalingTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  /** English texts that are written the same in Dutch at the ZSM table (names, loan words, placeholders). */
  static final Set<String> ZELFDE_IN_HET_NEDERLANDS = Set.of(
      "OK", "ID", "ID*", "Status", "Type", "Label", "Operator", "Criteria", "Filter", "Filters", "weekend",
      "Account", "Batch", "batch", "Batches", "Job", "{{count}} jobs", "Deployment", "Deployments", "Resource", "Tenant", "Tenants",
      "Tenant: ID", "Incident : ID", "CSV", "JSON", "Max", "Maximum:", "Min", "Minimum:", "Cockpit", "Tasklist", "Optimize",
      ">", ">=", "<", "<=");

  /** Keys that are empty on purpose: the vendor banner ("It is time to migrate to Camunda 8") is not shown. */
  static final Set<String> BEWUST_LEEG = Set.of("BANNER_CE_EOL_TEXT");

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
  void elkeEngelseTekstHeeftEenNederlandseVertaling(String app) throws IOException {
    JsonNode engels = labels(app, "en");
    JsonNode nederlands = labels(app, "nl");
    List<String> onvertaald = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = engels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> sleutel = it.next();
      String en = sleutel.getValue().asText();
      JsonNode nl = nederlands.get(sleutel.getKey());
      if (BEWUST_LEEG.contains(sleutel.getKey())) {
        if (nl == null || !nl.asText().isBlank()) {
          onvertaald.add(sleutel.getKey() + " hoort leeg te zijn (geen reclamebalk)");
        }
      } else if (nl == null || (nl.asText().isBlank() && !en.isBlank())) {
        onvertaald.add(sleutel.getKey() + " ontbreekt (\"" + en + "\")");
      } else if (nl.asText().equals(en) && !en.isBlank() && !ZELFDE_IN_HET_NEDERLANDS.contains(en.strip())) {
        onvertaald.add(sleutel.getKey() + " staat nog in het Engels (\"" + en + "\")");
      }
    }
    assertThat(onvertaald).as(app + ": teksten zonder Nederlandse vertaling (" + onvertaald.size() + ")").isEmpty();
  }

  private static JsonNode labels(String app, String taal) throws IOException {
    String pad = String.format(LOCALES, app, taal);
    try (InputStream in = WebappVertalingTest.class.getClassLoader().getResourceAsStream(pad)) {
      assertThat(in).as(pad).isNotNull();
      JsonNode labels = JSON.readTree(in).get("labels");
      assertThat(labels).as("labels in " + pad).isNotNull();
      return labels;
    }
  }
}
