package nl.zsm.hg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.security.engine.InlogRemmer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An outsider cannot lock a user out for good (issue 11, item 6), and nobody sets a forbidden password. The
 * engine clock (ClockUtil) is moved instead of waiting.
 */
@ZsmSpringTest
class InloggenEnWachtwoordTest {

  private static final String WACHTWOORD = "Nacht-Dienst-2026!";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired InlogRemmer remmer;

  @AfterEach
  void klokTerug() {
    ClockUtil.reset();
    remmer.vergeetAlles();
  }

  @Test
  void veleFouteWachtwoordenVanEenBuitenstaanderGevenGeenPermanenteBlokkade() {
    gebruiker("nachtdienst", WACHTWOORD);
    long nu = System.currentTimeMillis();
    // a wrong password every 61 seconds: the old default (loginMaxAttempts 10) locked the user for good at the
    // tenth; the address throttle (10 per 15 minutes) stops the rest before the engine
    for (int i = 0; i < 12; i++) {
      ClockUtil.setCurrentTime(new Date(nu + i * 61_000L));
      int status = ApiClient.met(port, "nachtdienst", "geraden-" + i).get("/engine-rest/task").statusCode();
      assertThat(status).isIn(401, 429);
    }
    assertThat(aantalMislukt("nachtdienst")).isGreaterThanOrEqualTo(10);
    assertThat(ApiClient.met(port, "nachtdienst", WACHTWOORD).get("/engine-rest/task").statusCode())
        .as("direct na de laatste fout: nog even wachten").isIn(401, 429);

    // after the bounds (10 s delay of the user, 15 minutes of the address) the right password works again
    ClockUtil.setCurrentTime(new Date(nu + 11 * 61_000L + 15 * 60_000L + 1_000L));
    assertThat(ApiClient.met(port, "nachtdienst", WACHTWOORD).get("/engine-rest/task").statusCode()).isEqualTo(200);
    assertThat(aantalMislukt("nachtdienst")).as("teller terug op nul").isZero();
  }

  @Test
  void eenAdresMetTeVeelFoutenWordtGeremdZonderDeGebruikerTeRaken() {
    gebruiker("avonddienst", WACHTWOORD);
    long nu = System.currentTimeMillis();
    int geremd = 0;
    for (int i = 0; i < 12; i++) {
      ClockUtil.setCurrentTime(new Date(nu + i * 61_000L));
      HttpResponse<String> antwoord = ApiClient.met(port, "avonddienst", "fout-" + i).get("/engine-rest/task");
      if (antwoord.statusCode() == 429) {
        geremd++;
        assertThat(antwoord.body()).contains("Te veel mislukte inlogpogingen");
        assertThat(antwoord.headers().firstValue("Retry-After")).isPresent();
      }
    }
    assertThat(geremd).as("pogingen na de tiende binnen 15 minuten").isEqualTo(2);
    assertThat(aantalMislukt("avonddienst")).as("geremde pogingen bereiken de engine niet").isEqualTo(10);
  }

  @Test
  void ookHetInlogformulierVanDeWebappsWordtGeremd() throws Exception {
    gebruiker("webdienst", WACHTWOORD);
    java.net.CookieManager cookies = new java.net.CookieManager();
    java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://127.0.0.1:" + port + "/camunda";
    browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/app/tasklist/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    int laatste = 0;
    for (int i = 0; i < 11; i++) {
      laatste = browser.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=webdienst&password=fout" + i)).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode();
    }
    assertThat(laatste).as("na tien mislukte pogingen vanaf dit adres").isEqualTo(429);
  }

  @Test
  void eenGebruikerKanZijnWachtwoordNietOpDemoOfEenLetterZetten() {
    gebruiker("wisselaar", WACHTWOORD);
    ApiClient zelf = ApiClient.met(port, "wisselaar", WACHTWOORD);
    for (String verboden : new String[] {"demo", "a", "Demo-demo-2026!", "wisselaar"}) {
      HttpResponse<String> antwoord = zelf.put("/engine-rest/user/wisselaar/credentials",
          "{\"password\":\"" + verboden + "\",\"authenticatedUserPassword\":\"" + WACHTWOORD + "\"}");
      assertThat(antwoord.statusCode()).as(verboden + ": " + antwoord.body()).isEqualTo(400);
      assertThat(antwoord.body()).contains("Dit wachtwoord is niet toegestaan");
    }
    assertThat(identityService.checkPassword("wisselaar", WACHTWOORD)).as("wachtwoord ongewijzigd").isTrue();

    HttpResponse<String> sterk = zelf.put("/engine-rest/user/wisselaar/credentials",
        "{\"password\":\"Ander-Sterk-2027?\",\"authenticatedUserPassword\":\"" + WACHTWOORD + "\"}");
    assertThat(sterk.statusCode()).isEqualTo(204);
    assertThat(identityService.checkPassword("wisselaar", "Ander-Sterk-2027?")).isTrue();
  }

  @Test
  void deDemogebruikersHoudenHunWachtwoord() {
    assertThat(ApiClient.als(port, "vt").get("/engine-rest/task").statusCode()).isEqualTo(200);
    assertThat(ApiClient.als(port, "privacy").get("/api/toegangslog?gebruiker=vt").statusCode()).isEqualTo(200);
  }

  private int aantalMislukt(String userId) {
    return ((org.camunda.bpm.engine.impl.persistence.entity.UserEntity)
        identityService.createUserQuery().userId(userId).singleResult()).getAttempts();
  }

  private void gebruiker(String userId, String wachtwoord) {
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      identityService.deleteUser(userId);
    }
    User user = identityService.newUser(userId);
    user.setPassword(wachtwoord);
    identityService.saveUser(user);
    identityService.createMembership(userId, Organisatie.VEILIG_THUIS.groupId());
  }
}
