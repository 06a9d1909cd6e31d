package nl.zsm.hg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role endpoints (toegangslog, deployments) share one access rule and one 403 answer: the one error body
 * (type GeenToegang, written by the FoutantwoordFilter) with the Dutch reason of the endpoint, as each controller
 * answered before the rule was shared.
 */
@ZsmSpringTest
class RolvereisteTest {

  @LocalServerPort int port;

  @Test
  void buitenstaanderKrijgt403MetDeRedenVanHetEindpunt() {
    HttpResponse<String> log = ApiClient.als(port, "vt").get("/api/toegangslog?zaaknummer=ZSM-2026-000123");
    assertThat(log.statusCode()).isEqualTo(403);
    assertThat(log.body()).contains("\"type\":\"GeenToegang\"",
        "\"message\":\"Alleen de privacyfunctionaris (groep privacy) en de beheerder lezen het toegangslog.\"");
    HttpResponse<String> deployments = ApiClient.als(port, "privacy").get("/api/procesbeheer/deployments");
    assertThat(deployments.statusCode()).isEqualTo(403);
    assertThat(deployments.body()).contains("\"type\":\"GeenToegang\"",
        "\"message\":\"Alleen procesbeheer en de beheerder lezen de registratie van deployments.\"");
  }

  @Test
  void deRolEnDeBeheerderKomenErIn() {
    assertThat(ApiClient.als(port, "privacy").get("/api/toegangslog?gebruiker=vt").statusCode()).isEqualTo(200);
    assertThat(ApiClient.als(port, "procesbeheerder").get("/api/procesbeheer/deployments?aantal=1").statusCode())
        .isEqualTo(200);
    assertThat(ApiClient.als(port, "demo").get("/api/toegangslog?gebruiker=%20vt%20").statusCode()).isEqualTo(200);
  }

  @Test
  void zonderZaaknummerOfGebruikerIs400() {
    HttpResponse<String> leeg = ApiClient.als(port, "privacy").get("/api/toegangslog?gebruiker=%20");
    assertThat(leeg.statusCode()).isEqualTo(400);
    assertThat(leeg.body()).contains("Geef een zaaknummer of een gebruiker op");
  }
}
