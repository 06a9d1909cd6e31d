package nl.zsm.hg.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ZsmApplication;

/**
 * The application as a separate operating-system process, on the test's own classpath, profile demo, on a
 * free loopback port, with its working directory as the home of its H2 file database ({@code ./data}, as
 * configured in application.yaml). Used by process-level tests that kill it with SIGKILL.
 */
final class ZsmProces implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration OPSTARTEN = Duration.ofSeconds(80);

  private final Path werkmap;
  private final String profiel;
  private final String beheerder;
  private final String beheerderWachtwoord;
  private final Path log;
  private final Map<String, String> extraOmgeving;
  private final List<String> extraArgumenten;
  private Process proces;
  private int poort;

  /** Profile demo: every demo user with password demo, the administrator is demo. */
  ZsmProces(Path werkmap, Map<String, String> extraOmgeving, List<String> extraArgumenten) {
    this(werkmap, "demo", "demo", "demo", extraOmgeving, extraArgumenten);
  }

  /** Another profile: {@code beheerder} (with its password) is the only user the tests call as. */
  ZsmProces(Path werkmap, String profiel, String beheerder, String beheerderWachtwoord,
      Map<String, String> extraOmgeving, List<String> extraArgumenten) {
    this.werkmap = werkmap;
    this.profiel = profiel;
    this.beheerder = beheerder;
    this.beheerderWachtwoord = beheerderWachtwoord;
    this.log = werkmap.resolve("zsm.log");
    this.extraOmgeving = extraOmgeving;
    this.extraArgumenten = extraArgumenten;
  }

  /** Starts the application and waits until its REST API answers. */
  void start() throws IOException, InterruptedException {
    poort = vrijePoort();
    List<String> opdracht = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        ZsmApplication.class.getName(),
        "--spring.profiles.active=" + profiel,
        "--server.port=" + poort,
        "--server.address=127.0.0.1",
        "--logging.level.root=WARN"));
    opdracht.addAll(extraArgumenten);
    ProcessBuilder builder = new ProcessBuilder(opdracht).directory(werkmap.toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().remove("MAIL_HOST");
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    builder.environment().remove("SPRING_DATASOURCE_URL");
    // production has no default mail addresses (MailboxenControle); the demo profile brings its own
    builder.environment().putAll(Map.of("ZSM_MAIL_AFZENDER", "zsm-huiselijk-geweld@example.invalid",
        "ZSM_MAILBOX_VEILIG_THUIS", "zsm@veiligthuis.example.invalid", "ZSM_MAILBOX_POLITIE", "zsm@politie.example.invalid",
        "ZSM_MAILBOX_SLACHTOFFERHULP", "zsm@slachtofferhulp.example.invalid",
        "ZSM_MAILBOX_RECLASSERING", "zsm@reclassering.example.invalid", "ZSM_MAILBOX_RVDK", "zsm@rvdk.example.invalid"));
    builder.environment().putAll(extraOmgeving);
    proces = builder.start();
    long tot = System.nanoTime() + OPSTARTEN.toNanos();
    while (System.nanoTime() < tot) {
      if (!proces.isAlive()) {
        throw new IllegalStateException("applicatie gestopt bij het starten:\n" + staartVanLog());
      }
      try {
        if (get(beheerder, "/engine-rest/engine").statusCode() == 200) {
          return;
        }
      } catch (IOException nogNiet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("applicatie niet gestart binnen " + OPSTARTEN + ":\n" + staartVanLog());
  }

  /** SIGKILL: no shutdown hook, no H2 close, like a power cut of the process. */
  void doodNu() throws InterruptedException {
    proces.destroyForcibly();
    proces.waitFor();
  }

  HttpResponse<String> get(String gebruiker, String pad) throws IOException, InterruptedException {
    return verstuur(gebruiker, HttpRequest.newBuilder(uri(pad)).GET());
  }

  HttpResponse<String> post(String gebruiker, String pad, String json) throws IOException, InterruptedException {
    return verstuur(gebruiker, HttpRequest.newBuilder(uri(pad)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> put(String gebruiker, String pad, String json) throws IOException, InterruptedException {
    return verstuur(gebruiker, HttpRequest.newBuilder(uri(pad)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> verstuur(String gebruiker, HttpRequest.Builder verzoek)
      throws IOException, InterruptedException {
    String wachtwoord = gebruiker.equals(beheerder) ? beheerderWachtwoord : "demo";
    String token = java.util.Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes());
    verzoek.header("Authorization", "Basic " + token).timeout(Duration.ofSeconds(30));
    return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String pad) {
    return URI.create("http://127.0.0.1:" + poort + pad);
  }

  String staartVanLog() {
    try {
      List<String> regels = Files.readAllLines(log);
      return String.join("\n", regels.subList(Math.max(0, regels.size() - 60), regels.size()));
    } catch (IOException e) {
      return "(geen log: " + e.getMessage() + ")";
    }
  }

  private static int vrijePoort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (proces != null && proces.isAlive()) {
      doodNu();
    }
  }

  /** The intake of an arrest an hour ago, as the police submit it over REST (body of POST .../start). */
  static String intake() {
    return "{\"variables\":{\"vast\":{\"value\":true},\"heterdaad\":{\"value\":true},"
        + "\"tijdstipAanhouding\":{\"value\":\"" + java.time.OffsetDateTime.now().minusHours(1).withNano(0) + "\"},"
        + "\"leeftijdVerdachte\":{\"value\":34},\"labelHuiselijkGeweld\":{\"value\":true},"
        + "\"labelExPartnerstalking\":{\"value\":false},\"kinderenInGezin\":{\"value\":false},"
        + "\"vtMeldingGedaan\":{\"value\":true},\"slachtofferNaam\":{\"value\":\"D. Smit\"},"
        + "\"slachtofferTelefoon\":{\"value\":\"0612345678\"},\"slachtofferToestemmingContact\":{\"value\":true},"
        + "\"regio\":{\"value\":\"rotterdam\"},\"individueleBeoordeling\":{\"value\":\"Slachtoffer angstig.\"}}}";
  }
}
