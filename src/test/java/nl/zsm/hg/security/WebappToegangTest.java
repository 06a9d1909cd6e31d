package nl.zsm.hg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.zsm.hg.ZsmSpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may open which Camunda webapp: organisations Tasklist, the supervisor Cockpit. */
@ZsmSpringTest
class WebappToegangTest {

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0} opent {1}: {2}")
  @CsvSource({
      "vt, tasklist, 200",
      "ovj, tasklist, 200",
      "shn, tasklist, 200",
      "vt, cockpit, 403",
      "ovj, admin, 403",
      "supervisor, cockpit, 200",
      "supervisor, admin, 403",
      "procesbeheerder, cockpit, 200",
      "demo, admin, 200",
      "beleid, tasklist, 403",
      "beleid, cockpit, 403",
      "beleid, admin, 403"
  })
  void inloggenOpEenWebapp(String userId, String app, int verwacht) throws Exception {
    // like a browser: open the app first for the session and CSRF cookie, then log in
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://127.0.0.1:" + port + "/camunda";
    browser.send(HttpRequest.newBuilder(URI.create(base + "/app/" + app + "/")).build(), HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();

    HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=demo"))
        .build();
    HttpResponse<String> response = browser.send(login, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(verwacht);
  }
}
