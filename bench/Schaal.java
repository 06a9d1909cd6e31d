import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Scale measurements of issue 15 on PostgreSQL, not part of the test command (bench/README.md):
 *
 * <ul>
 *   <li>{@code --modus=termijnen}: 10,000 open cases of arrested suspects, their deadline timers spread over a day as
 *       real arrests, moved so that a day falls due in a short window; lateness of each timer (job due date against
 *       the moment its successful job log was written) as p50/p99/max.</li>
 *   <li>{@code --modus=historie}: an organisation's task list (Tasklist's filter query) and the supervisor's deadline
 *       board queries (Cockpit, termijnbewaking.js) timed on an empty history, after loading ~500,000 finished cases
 *       into the history, and after the migration with the indexes (db/engine/indexen-grote-historie.sql).</li>
 * </ul>
 *
 * Cases are made the fast way: a few real cases through REST, then copied in the database (every row of the case's
 * runtime and history tables, with new ids). The product runs as its own JVM (the jar from target/) on an embedded
 * PostgreSQL (io.zonky, from the test class path).
 *
 * <pre>
 * mvn -q -DskipTests -Dskip.lint=true package
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
 * java -cp "$(cat target/bench-cp.txt)" bench/Schaal.java --modus=termijnen --zaken=10000 --venster=600
 * java -cp "$(cat target/bench-cp.txt)" bench/Schaal.java --modus=historie --historie=500000
 * </pre>
 */
public class Schaal {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Arrests per hour of the day (0-23), relative: most in the evening and night, fewest in the early morning. */
  static final double[] AANHOUDINGEN_PER_UUR = {7, 6, 5, 4, 3, 2, 2, 2, 3, 3, 4, 4, 4, 4, 4, 5, 5, 6, 7, 8, 8, 9, 9, 8};

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>(Map.of("modus", "termijnen", "zaken", "10000", "venster", "600",
        "historie", "500000", "open", "60", "herhalingen", "15", "jvm", "", "versnelling", "10", "laadminuten", "20"));
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      o.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    Class<?> klasse = Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
    Object bouwer = klasse.getMethod("builder").invoke(null);
    try (AutoCloseable pg = (AutoCloseable) bouwer.getClass().getMethod("start").invoke(bouwer)) {
      String url = (String) klasse.getMethod("getJdbcUrl", String.class, String.class).invoke(pg, "postgres", "postgres");
      Product product = Product.start(url, o.get("jvm"));
      try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
        if (o.get("modus").equals("termijnen")) {
          termijnen(product, db, o);
        } else {
          historie(product, db, o);
        }
      } finally {
        product.stop();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------- termijnen

  static void termijnen(Product product, Connection db, Map<String, String> o) throws Exception {
    int zaken = Integer.parseInt(o.get("zaken"));
    int venster = Integer.parseInt(o.get("venster"));
    OffsetDateTime aanhouding = OffsetDateTime.now().minusMinutes(30).withNano(0);
    String zaak = product.api.startVastzaak(aanhouding);
    System.out.printf("voorbeeldzaak %s gestart; kopiëren naar %d zaken%n", zaak, zaken);
    long t0 = System.nanoTime();
    Kopie.maak(db, zaak, zaken - 1, true);
    System.out.printf("%d zaken in de database in %.0f s; timers: %d%n", zaken, (System.nanoTime() - t0) / 1e9,
        getal(db, "SELECT count(*) FROM act_ru_job WHERE type_ = 'timer'"));
    // every case n gets an arrest moment in the day (AANHOUDINGEN_PER_UUR); a day of arrests plus the longest
    // deadline is pressed into the window: due = start + (arrest in the day + deadline after the arrest) / factor
    double[] cumulatief = new double[25];
    for (int u = 0; u < 24; u++) {
      cumulatief[u + 1] = cumulatief[u] + AANHOUDINGEN_PER_UUR[u];
    }
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TEMP TABLE aanhouding (n INT PRIMARY KEY, seconde_van_de_dag DOUBLE PRECISION)");
      StringBuilder in = new StringBuilder("INSERT INTO aanhouding VALUES ");
      java.util.Random r = new java.util.Random(15);
      for (int n = 0; n < zaken; n++) {
        double x = r.nextDouble() * cumulatief[24];
        int u = 0;
        while (cumulatief[u + 1] < x) {
          u++;
        }
        double seconde = (u + (x - cumulatief[u]) / AANHOUDINGEN_PER_UUR[u]) * 3600;
        in.append(n == 0 ? "" : ",").append('(').append(n).append(',').append(String.format(Locale.ROOT, "%.1f", seconde))
            .append(')');
      }
      s.execute(in.toString());
      // due moment of every timer as a time in the (arrest) day: arrest in the day + deadline after the arrest
      String aanhoudingSql = "timestamp '" + aanhouding.toLocalDateTime().toString().replace('T', ' ') + "'";
      s.execute("CREATE TEMP TABLE timer_in_dag AS SELECT j.id_, a.seconde_van_de_dag + extract(epoch FROM j.duedate_ - "
          + aanhoudingSql + ") AS t FROM act_ru_job j JOIN aanhouding a ON a.n = "
          + Kopie.NUMMER_SQL.replace("ID", "j.process_instance_id_") + " WHERE j.type_ = 'timer'");
      // the busiest stretch of the day (most timers falling due) is played back 'versnelling' times faster
      // in 'venster' seconds; every other timer stays open, due in 30 days
      double factor = Double.parseDouble(o.get("versnelling"));
      double breedte = venster * factor;
      List<Double> tijden = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT t FROM timer_in_dag ORDER BY t")) {
        while (rs.next()) {
          tijden.add(rs.getDouble(1));
        }
      }
      double beginDrukste = 0;
      int meeste = 0;
      for (int i = 0, j = 0; i < tijden.size(); i++) {
        while (j < tijden.size() && tijden.get(j) < tijden.get(i) + breedte) {
          j++;
        }
        if (j - i > meeste) {
          meeste = j - i;
          beginDrukste = tijden.get(i);
        }
      }
      System.out.printf(Locale.ROOT, "versnelling %.0f×: de drukste %.0f minuten van de dag (vanaf %.1f uur na middernacht,"
              + " %d timers, gemiddeld %.2f per seconde in het echt) in %d s (%.1f per seconde)%n", factor, breedte / 60,
          beginDrukste / 3600, meeste, meeste / breedte, venster, meeste / (double) venster);
      s.execute("UPDATE act_ru_job j SET duedate_ = CASE WHEN d.t >= " + beginDrukste + " AND d.t < " + (beginDrukste + breedte)
          + " THEN localtimestamp + interval '60 seconds' + make_interval(secs => (d.t - " + beginDrukste + ") / " + factor
          + ") ELSE localtimestamp + interval '30 days' END FROM timer_in_dag d WHERE d.id_ = j.id_");
    }
    System.out.println("timers verplaatst; wachten tot ze vervallen en afgaan ...");
    long vensterEinde = System.nanoTime() + Duration.ofSeconds(venster + 60L).toNanos();
    long einde = vensterEinde + Duration.ofSeconds(300).toNanos();
    while (true) {
      Thread.sleep(10000);
      long vervallen = getal(db, "SELECT count(*) FROM act_ru_job WHERE type_ = 'timer' AND duedate_ < localtimestamp");
      System.out.printf("  %s: nog %d timers, %d vervallen en nog niet afgegaan, %d afgegaan%n",
          java.time.LocalTime.now().withNano(0), getal(db, "SELECT count(*) FROM act_ru_job WHERE type_ = 'timer'"),
          vervallen, getal(db, "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 2 AND job_def_type_ LIKE 'timer%'"));
      if ((System.nanoTime() > vensterEinde && vervallen == 0) || System.nanoTime() > einde) {
        break;
      }
    }
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY l), percentile_cont(0.99) WITHIN GROUP (ORDER BY l),"
            + " max(l) FROM (SELECT extract(epoch FROM timestamp_ - job_duedate_) * 1000 AS l FROM act_hi_job_log"
            + " WHERE job_state_ = 2 AND job_def_type_ LIKE 'timer%') x")) {
      rs.next();
      System.out.printf("%n| timers afgegaan | te laat p50 (ms) | p99 (ms) | max (ms) | mislukte jobpogingen |%n|---:|---:|---:|---:|---:|%n"
              + "| %d | %.0f | %.0f | %.0f | %d |%n", rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
          getal(db, "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1"));
    }
    System.out.printf("per minuut (afgegaan, p99 ms):%n");
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT date_trunc('minute', timestamp_), count(*), percentile_cont(0.99) WITHIN GROUP (ORDER BY "
            + "extract(epoch FROM timestamp_ - job_duedate_) * 1000) FROM act_hi_job_log WHERE job_state_ = 2 "
            + "AND job_def_type_ LIKE 'timer%' GROUP BY 1 ORDER BY 1")) {
      while (rs.next()) {
        System.out.printf("  %s %5d %6.0f%n", rs.getTimestamp(1), rs.getLong(2), rs.getDouble(3));
      }
    }
  }

  // ----------------------------------------------------------------------------------------------------- historie

  static void historie(Product product, Connection db, Map<String, String> o) throws Exception {
    int open = Integer.parseInt(o.get("open"));
    int historie = Integer.parseInt(o.get("historie"));
    int herhalingen = Integer.parseInt(o.get("herhalingen"));
    // the open work of a busy day: vastzaken with their tasks and deadline timers (copied from one real case)
    String openZaak = product.api.startVastzaak(OffsetDateTime.now().minusHours(1).withNano(0));
    Kopie.maak(db, openZaak, open - 1, true);
    // one finished case (the benchmark's path through a whole case) is the model for the history
    String klaar = product.api.heleZaak();
    analyseer(db);
    Map<String, Double> leeg = meetQueries(product, db, openZaak, herhalingen);
    long t0 = System.nanoTime();
    historie = Kopie.maak(db, klaar, historie, false,
        System.nanoTime() + Duration.ofMinutes(Long.parseLong(o.get("laadminuten"))).toNanos());
    analyseer(db);
    System.out.printf("historie geladen: %d zaken in %.0f s; act_hi_procinst %d, act_hi_actinst %d, act_hi_varinst %d,"
            + " act_hi_taskinst %d rijen%n", historie, (System.nanoTime() - t0) / 1e9,
        getal(db, "SELECT count(*) FROM act_hi_procinst"), getal(db, "SELECT count(*) FROM act_hi_actinst"),
        getal(db, "SELECT count(*) FROM act_hi_varinst"), getal(db, "SELECT count(*) FROM act_hi_taskinst"));
    Map<String, Double> vol = meetQueries(product, db, openZaak, herhalingen);
    try (Statement s = db.createStatement()) {
      s.execute(Files.readString(Path.of("src/main/resources/db/engine/indexen-grote-historie.sql")));
    }
    analyseer(db);
    Map<String, Double> metIndexen = meetQueries(product, db, openZaak, herhalingen);
    System.out.printf("%n| query (mediaan van %d, ms) | lege historie | %d zaken historie | verhouding | met V100-indexen | verhouding |%n"
        + "|---|---:|---:|---:|---:|---:|%n", herhalingen, historie);
    for (String q : leeg.keySet()) {
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f× | %.1f | %.2f× |%n", q, leeg.get(q), vol.get(q),
          vol.get(q) / leeg.get(q), metIndexen.get(q), metIndexen.get(q) / leeg.get(q));
    }
  }

  static Map<String, Double> meetQueries(Product product, Connection db, String zaak, int herhalingen) throws Exception {
    Api api = product.api;
    String filter = Api.veld(api.get("ovj", "/engine-rest/filter?resourceType=Task&name="
        + "Mijn%20organisatie%20-%20alle%20taken").body(), "id");
    String lijstBody = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"processVariables\":[],"
        + "\"taskVariables\":[],\"caseInstanceVariables\":[]}";
    Map<String, Supplier<HttpResponse<String>>> vragen = new LinkedHashMap<>();
    vragen.put("takenlijst OM (filter, 15 taken)", () -> api.postHal("ovj", "/engine-rest/filter/" + filter
        + "/list?firstResult=0&maxResults=15", lijstBody));
    vragen.put("takenlijst OM (aantal)", () -> api.postStil("ovj", "/engine-rest/filter/" + filter + "/count", "{}"));
    vragen.put("termijnbord: timerjobs", () -> api.getStil("supervisor", "/engine-rest/job?timers=true"));
    vragen.put("termijnbord: jobdefinities", () -> api.getStil("supervisor", "/engine-rest/job-definition"));
    vragen.put("termijnbord: overschrijdingen", () -> api.getStil("supervisor",
        "/engine-rest/incident?incidentType=termijnOverschreden"));
    vragen.put("termijnbord: zaken", () -> api.postStil("supervisor", "/engine-rest/process-instance",
        "{\"processInstanceIds\":" + api.timerZaken() + "}"));
    vragen.put("termijnbord: variabele vast", () -> api.postStil("supervisor",
        "/engine-rest/variable-instance?deserializeValues=false",
        "{\"processInstanceIdIn\":" + api.timerZaken() + ",\"variableName\":\"vast\"}"));
    // the engine's own SQL for VertrouwelijkeGegevens.uitAfstemming (HistoricProcessInstanceQuery.superProcessInstanceId)
    vragen.put("afstemming van een zaak (historie, SQL)", () -> {
      try (var ps = db.prepareStatement("SELECT * FROM act_hi_procinst WHERE super_process_instance_id_ = ? "
          + "AND proc_def_key_ = 'shnVtAfstemming'")) {
        ps.setString(1, zaak);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rs.getString(1);
          }
        }
        return null;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    Map<String, Double> uit = new LinkedHashMap<>();
    for (var vraag : vragen.entrySet()) {
      List<Double> tijden = new ArrayList<>();
      for (int i = 0; i < herhalingen + 2; i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> antwoord = vraag.getValue().get();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (antwoord != null && antwoord.statusCode() != 200) {
          throw new IllegalStateException(vraag.getKey() + ": HTTP " + antwoord.statusCode() + " " + antwoord.body());
        }
        if (i >= 2) { // two warm-up calls
          tijden.add(ms);
        }
      }
      Collections.sort(tijden);
      uit.put(vraag.getKey(), tijden.get(tijden.size() / 2));
    }
    System.out.println("gemeten: " + uit);
    return uit;
  }

  static void analyseer(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  static long getal(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static double getalD(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getDouble(1);
    }
  }

  // ------------------------------------------------------------------------------------------------------- kopie

  /**
   * Copies one case (its process instance, every called process, and all their runtime and history rows, byte
   * arrays included) {@code aantal} times inside PostgreSQL. In every id of the case the last 8 characters become
   * "k" and the copy number n in 7 digits (same length, never a UUID: 'k' is not hex), so the copies are separate cases with their own business key; definitions, deployments and job definitions stay
   * shared. Fast: one INSERT ... SELECT per table over generate_series.
   */
  static final class Kopie {
    /** The copy number n of a copied id (0 for the original). */
    static final String NUMMER_SQL = "coalesce(substring(ID from 'k([0-9]{7})$')::int, 0)";

    static final List<String> KOLOMMEN_VAN_DE_ZAAK = List.of("id_", "proc_inst_id_", "root_proc_inst_id_",
        "process_instance_id_", "execution_id_", "task_id_", "byte_array_id_", "bytearray_id_", "dec_inst_id_");

    static int maak(Connection db, String zaak, int aantal, boolean runtime) throws SQLException {
      return maak(db, zaak, aantal, runtime, Long.MAX_VALUE);
    }

    /** Copies in parts of 5,000 (history) until {@code aantal} or the deadline (System.nanoTime); returns how many. */
    static int maak(Connection db, String zaak, int aantal, boolean runtime, long uiterlijk) throws SQLException {
      int per = runtime ? aantal : 5000;
      int gemaakt = 0;
      for (int van = 1; van <= aantal; van += per) {
        if (System.nanoTime() > uiterlijk) {
          System.out.printf("  tijd op: %d van de %d kopieën gemaakt%n", gemaakt, aantal);
          return gemaakt;
        }
        int tot = Math.min(aantal, van + per - 1);
        long t0 = System.nanoTime();
        maak(db, zaak, van, tot, runtime);
        System.out.printf("  kopieën %d-%d in %.0f s%n", van, tot, (System.nanoTime() - t0) / 1e9);
        gemaakt = tot;
      }
      return gemaakt;
    }

    /**
     * Copies van..tot. In the history (not runtime) every copy n is moved n % 1826 days back, so that the history spans
     * five years.
     */
    static void maak(Connection db, String zaak, int van, int aantal, boolean runtime) throws SQLException {
      if (aantal < van) {
        return;
      }
      List<String> tabellen = new ArrayList<>();
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND (table_name LIKE 'act_hi_%'"
              + (runtime ? " OR table_name IN ('act_ru_execution', 'act_ru_task', 'act_ru_variable', 'act_ru_job',"
              + " 'act_ru_identitylink', 'act_ru_event_subscr', 'act_ru_incident')" : "")
              + " OR table_name = 'act_ge_bytearray') ORDER BY table_name")) {
        while (rs.next()) {
          tabellen.add(rs.getString(1));
        }
      }
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        // the copies are consistent among themselves; foreign keys are not checked while copying table by table
        s.execute("SET session_replication_role = replica");
        s.execute("CREATE TEMP TABLE IF NOT EXISTS kopie_id (id VARCHAR(255) PRIMARY KEY)");
        s.execute("TRUNCATE kopie_id");
        // the case and every process it called, from the history (runtime rows carry the same ids)
        s.execute("INSERT INTO kopie_id SELECT id_ FROM act_hi_procinst WHERE root_proc_inst_id_ = '" + zaak + "'"
            + " UNION SELECT '" + zaak + "' ON CONFLICT DO NOTHING");
        s.execute("INSERT INTO kopie_id SELECT business_key_ FROM act_hi_procinst WHERE root_proc_inst_id_ = '" + zaak
            + "' AND business_key_ IS NOT NULL ON CONFLICT DO NOTHING");
        // the ids of every row that belongs to it, until nothing new is found (tasks -> identity links, ...)
        long voor = -1;
        long na = Schaal.getal(db, "SELECT count(*) FROM kopie_id");
        while (na != voor) {
          for (String t : tabellen) {
            List<String> kolommen = kolommen(db, t);
            String waar = waar(kolommen);
            if (kolommen.contains("id_") && waar != null) {
              s.execute("INSERT INTO kopie_id SELECT id_ FROM " + t + " WHERE " + waar + " ON CONFLICT DO NOTHING");
            }
          }
          voor = na;
          na = Schaal.getal(db, "SELECT count(*) FROM kopie_id");
        }
        for (String t : tabellen) {
          List<String> kolommen = kolommen(db, t);
          String waar = waar(kolommen);
          if (waar == null) {
            continue;
          }
          List<String> soorten = soorten(db, t);
          StringBuilder select = new StringBuilder();
          for (int i = 0; i < kolommen.size(); i++) {
            String k = kolommen.get(i);
            boolean tekst = soorten.get(i).contains("char") || soorten.get(i).equals("text");
            boolean tijd = soorten.get(i).startsWith("timestamp");
            select.append(i == 0 ? "" : ", ").append(tekst
                ? "CASE WHEN " + k + " IN (SELECT id FROM kopie_id) THEN left(" + k + ", length(" + k + ") - 8) || 'k' || lpad(n::text, 7, '0') ELSE " + k + " END"
                : tijd && !runtime ? k + " - make_interval(days => n % 1826)" : k);
          }
          s.execute("INSERT INTO " + t + " (" + String.join(", ", kolommen) + ") SELECT " + select + " FROM " + t
              + ", generate_series(" + van + ", " + aantal + ") n WHERE " + waar);
        }
        s.execute("SET session_replication_role = DEFAULT");
      }
      db.commit();
      db.setAutoCommit(true);
    }

    private static String waar(List<String> kolommen) {
      List<String> delen = new ArrayList<>();
      for (String k : KOLOMMEN_VAN_DE_ZAAK) {
        if (kolommen.contains(k)) {
          delen.add(k + " IN (SELECT id FROM kopie_id)");
        }
      }
      return delen.isEmpty() ? null : String.join(" OR ", delen);
    }

    private static List<String> kolommen(Connection db, String tabel) throws SQLException {
      return kolomInfo(db, tabel, "column_name");
    }

    private static List<String> soorten(Connection db, String tabel) throws SQLException {
      return kolomInfo(db, tabel, "data_type");
    }

    private static List<String> kolomInfo(Connection db, String tabel, String veld) throws SQLException {
      List<String> uit = new ArrayList<>();
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT " + veld
          + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '" + tabel
          + "' ORDER BY ordinal_position")) {
        while (rs.next()) {
          uit.add(rs.getString(1));
        }
      }
      return uit;
    }
  }

  // ------------------------------------------------------------------------------------------------------ product

  /** The product's jar (target/) as its own JVM on the database, demo users, job executor on. */
  record Product(Process proces, Api api) {
    static Product start(String url, String jvm) throws Exception {
      Path jar;
      try (var s = Files.list(Path.of("target"))) {
        jar = s.filter(p -> p.getFileName().toString().startsWith("zsm-huiselijk-geweld-") && p.toString().endsWith(".jar"))
            .findFirst().orElseThrow(() -> new IllegalStateException("geen jar in target/: bouw eerst"));
      }
      Path werkmap = Files.createDirectories(Path.of("bench/target/schaal"));
      int poort;
      try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        poort = s.getLocalPort();
      }
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g"));
      if (!jvm.isBlank()) {
        cmd.addAll(List.of(jvm.split(" ")));
      }
      cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + poort,
          "--server.address=127.0.0.1", "--logging.level.root=WARN", "--spring.profiles.active=demo"));
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(werkmap.toFile()).redirectErrorStream(true)
          .redirectOutput(werkmap.resolve("app.log").toFile());
      pb.environment().remove("MAIL_HOST");
      pb.environment().put("SPRING_DATASOURCE_URL", url);
      pb.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
      pb.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
      pb.environment().put("SPRING_DATASOURCE_DRIVER_CLASS_NAME", "org.postgresql.Driver");
      pb.environment().put("CAMUNDA_BPM_DATABASE_TYPE", "postgres");
      Process proces = pb.start();
      Api api = new Api(poort);
      while (true) {
        if (!proces.isAlive()) {
          throw new IllegalStateException("product gestopt; zie " + werkmap.resolve("app.log"));
        }
        try {
          if (api.get("demo", "/engine-rest/engine").statusCode() == 200) {
            break;
          }
        } catch (IOException nogNiet) {
          // not yet listening
        }
        Thread.sleep(200);
      }
      return new Product(proces, api);
    }

    void stop() throws InterruptedException {
      proces.destroy();
      proces.waitFor();
    }
  }

  /** HTTP Basic as a demo user (password demo). */
  record Api(int poort) {
    String startVastzaak(OffsetDateTime aanhouding) throws Exception {
      String start = post("politie", "/engine-rest/process-definition/key/zsmHuiselijkGeweld/start",
          "{\"variables\":{\"vast\":" + b(true) + ",\"heterdaad\":" + b(true) + ",\"tijdstipAanhouding\":"
              + s(aanhouding.toString()) + ",\"regio\":" + s("rotterdam") + ",\"leeftijdVerdachte\":" + i(30)
              + ",\"labelHuiselijkGeweld\":" + b(true) + ",\"labelExPartnerstalking\":" + b(false)
              + ",\"kinderenInGezin\":" + b(true) + ",\"vtMeldingGedaan\":" + b(true) + ",\"slachtofferNaam\":"
              + s("A. de Vries") + ",\"slachtofferTelefoon\":" + s("06 12345678") + ",\"slachtofferEmail\":"
              + s("a.devries@example.org") + ",\"slachtofferToestemmingContact\":" + b(true)
              + ",\"individueleBeoordeling\":" + s("Slachtoffer angstig.") + ",\"beschermingsbehoefteSlachtoffer\":"
              + b(true) + "}}").body();
      String id = veld(start, "id");
      if (id == null) {
        throw new IllegalStateException("start mislukt: " + start);
      }
      return id;
    }

    /** A whole case, walked as in Bench.java (java bench/Bench.java drives the same path). */
    String heleZaak() throws Exception {
      Path bron = Path.of("bench/Bench.java");
      if (!Files.exists(bron)) {
        throw new IllegalStateException("bench/Bench.java ontbreekt");
      }
      // Bench's walk through REST, run in a child JVM so that this file stays self-contained
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), "bench/Bench.java", "--eenZaakOpPoort=" + poort).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("hele zaak doorlopen mislukt");
      }
      String lijst = get("demo", "/engine-rest/history/process-instance?processDefinitionKey=zsmHuiselijkGeweld"
          + "&finished=true&maxResults=1").body();
      String id = veld(lijst, "id");
      if (id == null) {
        throw new IllegalStateException("geen afgeronde zaak: " + lijst);
      }
      return id;
    }

    String timerZaken() {
      List<String> ids = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"processInstanceId\":\"([^\"]+)\"")
          .matcher(getStil("demo", "/engine-rest/job?timers=true").body());
      Set<String> uniek = new LinkedHashSet<>();
      while (m.find()) {
        uniek.add(m.group(1));
      }
      for (String id : uniek) {
        ids.add("\"" + id + "\"");
      }
      return "[" + String.join(",", ids) + "]";
    }

    static String veld(String json, String naam) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + naam + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
      return m.find() ? m.group(1) : null;
    }

    static String s(String w) {
      return "{\"value\":\"" + w + "\",\"type\":\"String\"}";
    }

    static String b(boolean w) {
      return "{\"value\":" + w + ",\"type\":\"Boolean\"}";
    }

    static String i(int w) {
      return "{\"value\":" + w + ",\"type\":\"Integer\"}";
    }

    /** As Tasklist asks a filter's list: HAL, so that the tasks come with the filter's variables. */
    HttpResponse<String> postHal(String u, String pad, String json) {
      try {
        return HTTP.send(req(u, pad).header("Content-Type", "application/json").header("Accept", "application/hal+json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    HttpResponse<String> getStil(String u, String pad) {
      try {
        return get(u, pad);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    HttpResponse<String> postStil(String u, String pad, String json) {
      try {
        return post(u, pad, json);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    HttpResponse<String> get(String u, String pad) throws IOException, InterruptedException {
      return HTTP.send(req(u, pad).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String u, String pad, String json) throws IOException, InterruptedException {
      return HTTP.send(req(u, pad).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder req(String u, String pad) {
      String token = Base64.getEncoder().encodeToString((u + ":demo").getBytes(StandardCharsets.UTF_8));
      return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad)).timeout(Duration.ofSeconds(120))
          .header("Authorization", "Basic " + token);
    }
  }
}
