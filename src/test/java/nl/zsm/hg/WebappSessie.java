package nl.zsm.hg;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser-like session on the Camunda webapps for tests: opens the app for the session and CSRF cookie, logs in
 * with POST /camunda/api/admin/auth/user/default/login/{app} and sends the X-XSRF-TOKEN on every write, as the webapps
 * do. Without a successful login (or {@link #anoniem}) it calls without a session login.
 */
public final class WebappSessie {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String base;
  private boolean ingelogd;
  private String token;

  private WebappSessie(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public static WebappSessie anoniem(int port) {
    WebappSessie sessie = new WebappSessie(port);
    sessie.send(HttpRequest.newBuilder(URI.create(sessie.base + "/camunda/app/tasklist/")).GET());
    return sessie;
  }

  /** Logs in on {@code app} (tasklist, cockpit, admin) with the demo password; {@link #isIngelogd} says if it worked. */
  public static WebappSessie inloggen(int port, String userId, String app) {
    WebappSessie sessie = anoniem(port);
    HttpResponse<String> login = sessie.send(HttpRequest.newBuilder(
            URI.create(sessie.base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", sessie.csrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=demo")));
    sessie.ingelogd = login.statusCode() == 200;
    sessie.token = null;
    sessie.send(HttpRequest.newBuilder(URI.create(sessie.base + "/camunda/app/" + app + "/")).GET());
    return sessie;
  }

  public boolean isIngelogd() {
    return ingelogd;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("Accept", "application/json").header("X-XSRF-TOKEN", csrf())
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String csrf() {
    if (token != null) {
      return token;
    }
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((eerste, laatste) -> laatste).orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> antwoord = browser.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      // like the webapps: the latest token the server handed out (it changes with the session at login)
      antwoord.headers().firstValue("X-XSRF-TOKEN").filter(t -> !t.isBlank()).ifPresent(t -> token = t);
      return antwoord;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
