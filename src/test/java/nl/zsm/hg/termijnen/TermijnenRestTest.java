package nl.zsm.hg.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.zsm.hg.ZsmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The REST contract of /api/termijnen: login, JSON shape, Dutch 400 messages that name the parameter. */
@ZsmSpringTest
class TermijnenRestTest {

  @Autowired private TestRestTemplate rest;
  @LocalServerPort private int poort;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void zonder_inloggen_401() {
    ResponseEntity<String> antwoord = rest.getForEntity(uri("ophouden", "aanvang", "2026-11-28T20:00+01:00"), String.class);

    assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** An unknown user: a wrong password for a demo user would lock that user for a while (engine login delay). */
  @Test
  void onbekende_gebruiker_401() {
    ResponseEntity<String> antwoord = rest.withBasicAuth("onbekend", "demo")
        .getForEntity(uri("ophouden", "aanvang", "2026-11-28T20:00+01:00"), String.class);

    assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void politie_vraagt_einde_ophouden_en_krijgt_uiterlijk_met_uitleg() throws Exception {
    JsonNode antwoord = ok("politie", uri("ophouden", "aanvang", "2026-11-28T20:00+01:00"));

    assertThat(veldnamen(antwoord)).containsExactlyInAnyOrder("uiterlijk", "uitleg");
    assertThat(antwoord.get("uiterlijk").asText()).isEqualTo("2026-11-29T14:00:00+01:00");
    assertThat(antwoord.get("uitleg").isArray()).isTrue();
    assertThat(teksten(antwoord.get("uitleg")))
        .contains("00:00-09:00 op 29-11-2026 telt niet mee (art. 56a lid 3 Sv).")
        .anySatisfy(regel -> assertThat(regel).startsWith("Vuistregel uit de werkwijze: binnen 9 uur na aanhouding (Werkwijze, inleiding)"));
  }

  @Test
  void ophouden_met_zes_uur_transport_en_twee_nachtverhoren() throws Exception {
    JsonNode antwoord = ok("politie", uri("ophouden",
        "aanvang", "2026-11-28T22:00+01:00",
        "voorlopigeHechtenisToegestaan", "false",
        "transportMinuten", "30",
        "nachtverhoor", "2026-11-29T01:00+01:00/2026-11-29T01:30+01:00",
        "nachtverhoor", "2026-11-29T03:00+01:00/2026-11-29T04:00+01:00"));

    // 22:00-24:00 = 2 h, verhoren 0,5 + 1 h = 3,5 h; 6 h + 0,5 h transport = 6,5 h; rest 3 h: 09:00-12:00
    assertThat(antwoord.get("uiterlijk").asText()).isEqualTo("2026-11-29T12:00:00+01:00");
    assertThat(teksten(antwoord.get("uitleg")))
        .anySatisfy(regel -> assertThat(regel).startsWith("Verhoor 01:00-01:30 op 29-11-2026 telt mee"))
        .anySatisfy(regel -> assertThat(regel).startsWith("Verhoor 03:00-04:00 op 29-11-2026 telt mee"))
        .anySatisfy(regel -> assertThat(regel).contains("Maximaal 6 uur"));
  }

  @Test
  void plusteken_dat_niet_als_procent2B_is_gecodeerd_wordt_toch_begrepen() throws Exception {
    URI ongecodeerd = URI.create("http://127.0.0.1:" + poort + "/api/termijnen/ophouden?aanvang=2026-03-28T22:00+01:00");

    JsonNode antwoord = ok("politie", ongecodeerd);

    assertThat(antwoord.get("uiterlijk").asText()).isEqualTo("2026-03-29T16:00:00+02:00");
  }

  @Test
  void werkdagen_rond_pasen() throws Exception {
    JsonNode antwoord = ok("vt", uri("werkdagen", "vanaf", "2026-04-01", "aantal", "5"));

    assertThat(veldnamen(antwoord)).containsExactlyInAnyOrder("uiterlijk", "uitleg");
    assertThat(antwoord.get("uiterlijk").asText()).isEqualTo("2026-04-10");
    assertThat(teksten(antwoord.get("uitleg")))
        .contains("vrijdag 03-04-2026 telt niet mee: Goede Vrijdag (algemeen erkende feestdag, art. 3 Algemene termijnenwet).");
  }

  @Test
  void veiligheidsbeoordeling_is_vijf_werkdagen() throws Exception {
    JsonNode antwoord = ok("vt", uri("veiligheidsbeoordeling", "melding", "2026-11-28"));

    assertThat(antwoord.get("uiterlijk").asText()).isEqualTo("2026-12-04");
  }

  @Test
  void inverzekeringstelling_voorgeleiding_zelfde_dag_en_plandatum() throws Exception {
    assertThat(ok("ovj", uri("inverzekeringstelling", "aanvang", "2026-11-29T14:00+01:00")).get("uiterlijk").asText())
        .isEqualTo("2026-12-02T14:00:00+01:00");
    assertThat(ok("ovj", uri("inverzekeringstelling", "aanvang", "2026-11-29T14:00+01:00", "verlengd", "true"))
        .get("uiterlijk").asText()).isEqualTo("2026-12-05T14:00:00+01:00");
    JsonNode vanafAanhouding = ok("ovj", uri("inverzekeringstelling", "aanhouding", "2026-11-28T20:00+01:00"));
    assertThat(vanafAanhouding.get("uiterlijk").asText()).isEqualTo("2026-12-01T20:00:00+01:00");
    assertThat(teksten(vanafAanhouding.get("uitleg"))).anySatisfy(r -> assertThat(r).startsWith("Gerekend vanaf de aanhouding"));
    assertThat(ok("ovj", uri("voorgeleiding", "aanhouding", "2026-11-28T20:00+01:00")).get("uiterlijk").asText())
        .isEqualTo("2026-12-02T14:00:00+01:00");
    assertThat(ok("shn", uri("zelfde-dag", "moment", "2026-11-28T20:00+01:00")).get("uiterlijk").asText())
        .isEqualTo("2026-11-28T23:59:59+01:00");
    assertThat(ok("ovj", uri("plandatum", "datum", "2026-12-14")).get("uiterlijk").asText())
        .isEqualTo("2026-12-14T09:00:00+01:00");
  }

  @Test
  void ontbrekende_aanvang_400_met_nederlandse_melding() throws Exception {
    assertFout(uri("ophouden"), "'aanvang'", "ontbreekt");
  }

  @Test
  void onleesbare_invoer_400_met_de_naam_van_de_parameter() throws Exception {
    assertFout(uri("ophouden", "aanvang", "gisteren om acht uur"), "'aanvang'", "geen geldig tijdstip");
    assertFout(uri("ophouden", "aanvang", "2026-11-28T20:00"), "'aanvang'", "tijdzone");
    assertFout(uri("ophouden", "aanvang", "2026-11-28T20:00+01:00", "voorlopigeHechtenisToegestaan", "misschien"),
        "'voorlopigeHechtenisToegestaan'", "true of false");
    assertFout(uri("ophouden", "aanvang", "2026-11-28T20:00+01:00", "transportMinuten", "-5"), "'transportMinuten'", "tussen");
    assertFout(uri("ophouden", "aanvang", "2026-11-28T20:00+01:00", "nachtverhoor", "01:00 tot 02:00"), "'nachtverhoor'", "periode");
    assertFout(uri("ophouden", "aanvang", "2026-11-28T20:00+01:00",
        "nachtverhoor", "2026-11-29T02:00+01:00/2026-11-29T01:00+01:00"), "'nachtverhoor'", "einde van een verhoor");
    assertFout(uri("werkdagen", "vanaf", "2026-13-01", "aantal", "5"), "'vanaf'", "geen geldige datum");
    assertFout(uri("werkdagen", "vanaf", "2026-11-25", "aantal", "vijf"), "'aantal'", "geheel getal");
    assertFout(uri("werkdagen", "vanaf", "2026-11-25"), "'aantal'", "ontbreekt");
    assertFout(uri("inverzekeringstelling", "verlengd", "true"), "'aanvang'", "ontbreekt");
  }

  private void assertFout(URI uri, String parameter, String uitleg) throws Exception {
    ResponseEntity<String> antwoord = rest.withBasicAuth("politie", "demo").getForEntity(uri, String.class);

    assertThat(antwoord.getStatusCode()).as(uri.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode fout = json.readTree(antwoord.getBody());
    assertThat(veldnamen(fout)).containsExactlyInAnyOrder("type", "message");
    assertThat(fout.get("type").asText()).isEqualTo("OngeldigeInvoer");
    assertThat(fout.get("message").asText()).contains("Parameter " + parameter).contains(uitleg);
    assertThat(antwoord.getBody()).doesNotContain("Exception").doesNotContain("at nl.zsm");
  }

  private JsonNode ok(String gebruiker, URI uri) throws Exception {
    ResponseEntity<String> antwoord = rest.withBasicAuth(gebruiker, "demo").getForEntity(uri, String.class);
    assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(antwoord.getHeaders().getContentType().toString()).startsWith("application/json");
    return json.readTree(antwoord.getBody());
  }

  /** Query parameters encoded properly ('+' as %2B). */
  private URI uri(String pad, String... parameters) {
    StringBuilder uri = new StringBuilder("http://127.0.0.1:" + poort + "/api/termijnen/" + pad);
    for (int i = 0; i < parameters.length; i += 2) {
      uri.append(i == 0 ? '?' : '&').append(parameters[i]).append('=')
          .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    return URI.create(uri.toString());
  }

  private static List<String> veldnamen(JsonNode node) {
    List<String> namen = new ArrayList<>();
    node.fieldNames().forEachRemaining(namen::add);
    return namen;
  }

  private static List<String> teksten(JsonNode lijst) {
    List<String> teksten = new ArrayList<>();
    lijst.forEach(regel -> teksten.add(regel.asText()));
    return teksten;
  }
}
