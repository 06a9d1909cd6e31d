package nl.zsm.hg.invoer.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filters' refusals: always valid JSON in UTF-8, also when the Dutch reason holds quotes or accents. */
class FoutantwoordschrijverTest {

  @Test
  void schrijftStatusEnGeldigeJson() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    Foutantwoordschrijver.schrijf(response, new Foutantwoord(403, "GeenToegang",
        "Geen toegang tot \"zaak\" ZSM-2026-000123: alleen voor de ketenpartners (cliënt)."));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentType()).startsWith("application/json").contains("UTF-8");
    byte[] body = response.getContentAsByteArray();
    assertThat(response.getContentLength()).isEqualTo(body.length);
    JsonNode json = new ObjectMapper().readTree(new String(body, StandardCharsets.UTF_8));
    assertThat(json.path("type").asText()).isEqualTo("GeenToegang");
    assertThat(json.path("message").asText())
        .isEqualTo("Geen toegang tot \"zaak\" ZSM-2026-000123: alleen voor de ketenpartners (cliënt).");
  }
}
