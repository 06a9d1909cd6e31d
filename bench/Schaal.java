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
import java.sql.PreparedStatement;
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
 *       into the history: two products side by side (empty and large history), the same queries alternating.</li>
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
        "historie", "500000", "open", "60", "herhalingen", "15", "jvm", "", "versnelling", "10", "laadminuten", "40"));
    o.put("partij", "10000");
    o.put("wacht", "false");
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      o.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    Class<?> klasse = Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
    Object bouwer = klasse.getMethod("builder").invoke(null);
    boolean historie = o.get("modus").equals("historie");
    if (historie) {
      for (var instelling : Historielader.SERVERINSTELLINGEN.entrySet()) {
        bouwer.getClass().getMethod("setServerConfig", String.class, String.class).invoke(bouwer, instelling.getKey(),
            instelling.getValue());
      }
    }
    try (AutoCloseable pg = (AutoCloseable) bouwer.getClass().getMethod("start").invoke(bouwer)) {
      if (historie) {
        historie(pg, klasse, o);
        return;
      }
      String url = (String) klasse.getMethod("getJdbcUrl", String.class, String.class).invoke(pg, "postgres", "postgres");
      Product product = Product.start(url, o.get("jvm"), "schaal");
      try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
        termijnen(product, db, o);
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

  /**
   * Issue 15: two products side by side, each on its own database of one PostgreSQL, with the same open work (open
   * vastzaken and one finished case walked through REST); a large history is loaded into one of them (Historielader).
   * Then the same queries alternate between the two, so that whatever else runs on the machine slows both alike.
   * With {@code --wacht=true} it stays up afterwards: a file bench/target/schaal/extra.sql is run on both databases and
   * everything is measured again (an index to try); the file bench/target/schaal/stop ends it.
   */
  static void historie(Object pg, Class<?> klasse, Map<String, String> o) throws Exception {
    int herhalingen = Integer.parseInt(o.get("herhalingen"));
    try (Connection beheer = DriverManager.getConnection(jdbcUrl(pg, klasse, "postgres"), "postgres", "postgres");
        Statement s = beheer.createStatement()) {
      s.execute("CREATE DATABASE leeg");
      s.execute("CREATE DATABASE groot");
    }
    Kant leeg = Kant.start("leeg", jdbcUrl(pg, klasse, "leeg"), o);
    Kant groot = Kant.start("groot", jdbcUrl(pg, klasse, "groot"), o);
    try {
      long t0 = System.nanoTime();
      int geladen = Historielader.laad(groot.db(), groot.klaar(), Integer.parseInt(o.get("historie")),
          System.nanoTime() + Duration.ofMinutes(Long.parseLong(o.get("laadminuten"))).toNanos(),
          Integer.parseInt(o.get("partij")));
      System.out.printf("historie geladen en geïndexeerd: %d zaken in %.0f s%n", geladen, (System.nanoTime() - t0) / 1e9);
      Historielader.omvang(groot.db(), geladen);
      analyseer(leeg.db());
      analyseer(groot.db());
      try {
        vergelijk(leeg, groot, herhalingen, geladen, "");
      } catch (RuntimeException e) {
        System.out.println("vergelijking mislukt: " + e);
      }
      Path map = Files.createDirectories(Path.of("bench/target/schaal"));
      if (Boolean.parseBoolean(o.get("wacht"))) {
        System.out.printf("wacht: %s wordt op beide databases uitgevoerd en daarna opnieuw gemeten; %s stopt."
            + " Databases: %s en %s%n", map.resolve("extra.sql"), map.resolve("stop"), jdbcUrl(pg, klasse, "leeg"),
            jdbcUrl(pg, klasse, "groot"));
        while (!Files.exists(map.resolve("stop"))) {
          Path extra = map.resolve("extra.sql");
          if (Files.exists(extra)) {
            String sql = Files.readString(extra);
            Files.move(extra, map.resolve("extra-" + System.currentTimeMillis() + ".sql"));
            try {
              for (Kant k : List.of(leeg, groot)) {
                long x0 = System.nanoTime();
                try (Statement s = k.db().createStatement()) {
                  s.execute(sql);
                }
                System.out.printf("extra.sql op %s in %.0f s%n", k.naam(), (System.nanoTime() - x0) / 1e9);
                analyseer(k.db());
              }
              vergelijk(leeg, groot, herhalingen, geladen, " na extra.sql: " + sql.replaceAll("\\s+", " ").strip());
            } catch (SQLException | RuntimeException e) {
              System.out.println("extra.sql mislukt: " + e);
            }
          }
          Thread.sleep(2000);
        }
      }
    } finally {
      leeg.stop();
      groot.stop();
    }
  }

  static String jdbcUrl(Object pg, Class<?> klasse, String database) throws Exception {
    return (String) klasse.getMethod("getJdbcUrl", String.class, String.class).invoke(pg, "postgres", database);
  }

  /** One side of the comparison: a product on its own database with the open work and one finished case. */
  record Kant(String naam, Product product, Connection db, String openZaak, String klaar) {
    static Kant start(String naam, String url, Map<String, String> o) throws Exception {
      Product product = Product.start(url, o.get("jvm"), naam);
      Connection db = DriverManager.getConnection(url, "postgres", "postgres");
      // the open work of a busy day: vastzaken with their tasks and deadline timers (copied from one real case)
      String openZaak = product.api().startVastzaak(OffsetDateTime.now().minusHours(1).withNano(0));
      Kopie.maak(db, openZaak, Integer.parseInt(o.get("open")) - 1, true);
      // one finished case (the benchmark's path through a whole case): the template of the history
      String klaar = product.api().heleZaak();
      System.out.printf("%s: %s open zaken, afgeronde zaak %s%n", naam, o.get("open"), klaar);
      return new Kant(naam, product, db, openZaak, klaar);
    }

    void stop() throws Exception {
      db.close();
      product.stop();
    }

    /** The queries, each as the user who asks it; built per side, with what they need looked up beforehand. */
    Map<String, Supplier<HttpResponse<String>>> vragen() {
      Api api = product.api();
      String lijstBody = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"processVariables\":[],"
          + "\"taskVariables\":[],\"caseInstanceVariables\":[]}";
      String timerZaken = api.timerZaken();
      String zaaknummer = Api.veld(api.getStil("demo", "/engine-rest/history/process-instance/" + klaar).body(),
          "businessKey");
      Map<String, Supplier<HttpResponse<String>>> vragen = new LinkedHashMap<>();
      for (String gebruiker : List.of("ovj", "vt")) {
        String filter = Api.veld(api.getStil(gebruiker, "/engine-rest/filter?resourceType=Task&name="
            + "Mijn%20organisatie%20-%20alle%20taken").body(), "id");
        vragen.put("takenlijst " + gebruiker + " (Tasklist-filter, 15 taken)", () -> api.postHal(gebruiker,
            "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", lijstBody));
        vragen.put("takenlijst " + gebruiker + " (aantal)", () -> api.postStil(gebruiker, "/engine-rest/filter/" + filter
            + "/count", "{}"));
      }
      vragen.put("termijnbord: timerjobs", () -> api.getStil("supervisor", "/engine-rest/job?timers=true"));
      vragen.put("termijnbord: jobdefinities", () -> api.getStil("supervisor", "/engine-rest/job-definition"));
      vragen.put("termijnbord: overschrijdingen", () -> api.getStil("supervisor",
          "/engine-rest/incident?incidentType=termijnOverschreden"));
      vragen.put("termijnbord: zaken", () -> api.postStil("supervisor", "/engine-rest/process-instance",
          "{\"processInstanceIds\":" + timerZaken + "}"));
      for (String variabele : List.of("vast", "voorgeleidingUiterlijk")) {
        vragen.put("termijnbord: variabele " + variabele, () -> api.postStil("supervisor",
            "/engine-rest/variable-instance?deserializeValues=false",
            "{\"processInstanceIdIn\":" + timerZaken + ",\"variableName\":\"" + variabele + "\"}"));
      }
      vragen.put("historie open zaak: activiteiten", () -> api.getStil("demo",
          "/engine-rest/history/activity-instance?processInstanceId=" + openZaak));
      vragen.put("historie afgeronde zaak: activiteiten", () -> api.getStil("demo",
          "/engine-rest/history/activity-instance?processInstanceId=" + klaar));
      vragen.put("historie afgeronde zaak: taken", () -> api.getStil("demo",
          "/engine-rest/history/task?processInstanceId=" + klaar));
      vragen.put("historie afgeronde zaak: variabelen", () -> api.getStil("demo",
          "/engine-rest/history/variable-instance?deserializeValues=false&processInstanceId=" + klaar));
      vragen.put("historie afgeronde zaak: deelprocessen", () -> api.getStil("demo",
          "/engine-rest/history/process-instance?superProcessInstanceId=" + klaar));
      vragen.put("historie: zaak op zaaknummer", () -> api.getStil("demo",
          "/engine-rest/history/process-instance?processInstanceBusinessKey=" + zaaknummer));
      // the engine's own SQL for VertrouwelijkeGegevens.uitAfstemming (HistoricProcessInstanceQuery.superProcessInstanceId)
      vragen.put("afstemming van een zaak (SQL van de engine)", () -> {
        try (var ps = db.prepareStatement("SELECT * FROM act_hi_procinst WHERE super_process_instance_id_ = ? "
            + "AND proc_def_key_ = 'shnVtAfstemming'")) {
          ps.setString(1, klaar);
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
      return vragen;
    }
  }

  /** Every query in turn on both sides (which side first alternates), two warm-up rounds, medians and ratios. */
  static void vergelijk(Kant leeg, Kant groot, int herhalingen, int zaken, String titel) throws Exception {
    Map<String, Supplier<HttpResponse<String>>> a = leeg.vragen();
    Map<String, Supplier<HttpResponse<String>>> b = groot.vragen();
    Map<String, List<Double>> tijdenLeeg = new LinkedHashMap<>();
    Map<String, List<Double>> tijdenGroot = new LinkedHashMap<>();
    String loadVoor = Files.readString(Path.of("/proc/loadavg")).strip();
    OffsetDateTime begin = OffsetDateTime.now().withNano(0);
    for (int ronde = 0; ronde < herhalingen + 2; ronde++) {
      for (String vraag : a.keySet()) {
        boolean leegEerst = ronde % 2 == 0;
        for (int kant = 0; kant < 2; kant++) {
          boolean isLeeg = (kant == 0) == leegEerst;
          Supplier<HttpResponse<String>> q = (isLeeg ? a : b).get(vraag);
          long t0 = System.nanoTime();
          HttpResponse<String> antwoord = q.get();
          double ms = (System.nanoTime() - t0) / 1e6;
          if (antwoord != null && antwoord.statusCode() != 200) {
            throw new IllegalStateException(vraag + ": HTTP " + antwoord.statusCode() + " " + antwoord.body());
          }
          if (ronde >= 2) {
            (isLeeg ? tijdenLeeg : tijdenGroot).computeIfAbsent(vraag, k -> new ArrayList<>()).add(ms);
          }
        }
      }
    }
    String loadNa = Files.readString(Path.of("/proc/loadavg")).strip();
    System.out.printf("%nvergelijking%s: %s tot %s, load average ervoor %s, erna %s%n", titel, begin,
        OffsetDateTime.now().withNano(0), loadVoor, loadNa);
    System.out.printf("| query (mediaan van %d, ms) | lege historie | %d zaken historie | verhouding |%n|---|---:|---:|---:|%n",
        herhalingen, zaken);
    for (String vraag : a.keySet()) {
      double l = mediaan(tijdenLeeg.get(vraag));
      double g = mediaan(tijdenGroot.get(vraag));
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f×%s |%n", vraag, l, g, g / l, g / l > 1.5 ? " **" : "");
    }
  }

  static double mediaan(List<Double> tijden) {
    List<Double> kopie = new ArrayList<>(tijden);
    Collections.sort(kopie);
    int m = kopie.size() / 2;
    return kopie.size() % 2 == 1 ? kopie.get(m) : (kopie.get(m - 1) + kopie.get(m)) / 2;
  }

  /**
   * The fast loader of issue 15: one finished case (the template) copied into the history {@code aantal} times inside
   * PostgreSQL. The template's rows of every history table (and its byte arrays) are put once in a temporary table,
   * with the copy prefix of each id precomputed; then each part of {@code partij} copies is one
   * {@code INSERT ... SELECT} per table over {@code generate_series}. Every id of the case gets "k" and the copy number
   * in 7 digits as its last 8 characters (so each copy has its own ids and zaaknummer); copy n lies {@code n % 1826}
   * days and some seconds earlier, so the history spans five years. The engine's history indexes (primary keys
   * included) are dropped before and built again after the load.
   */
  static final class Historielader {
    /** Server settings for a throw-away bench database: fast, not crash-safe (never for production). */
    static final Map<String, String> SERVERINSTELLINGEN = Map.of("fsync", "off", "synchronous_commit", "off",
        "full_page_writes", "off", "wal_level", "minimal", "max_wal_senders", "0", "max_wal_size", "4GB",
        "checkpoint_timeout", "30min", "shared_buffers", "512MB", "maintenance_work_mem", "1GB");

    static final String VERSCHUIVING = "make_interval(days => n % 1826, secs => ((n / 1826) * 397) % 86400)";

    static int laad(Connection db, String zaak, int aantal, long uiterlijk, int partij) throws Exception {
      db.setAutoCommit(true);
      List<String> tabellen = new ArrayList<>();
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM"
          + " information_schema.tables WHERE table_schema = 'public' AND (table_name LIKE 'act_hi_%'"
          + " OR table_name = 'act_ge_bytearray') ORDER BY table_name")) {
        while (rs.next()) {
          tabellen.add(rs.getString(1));
        }
      }
      Map<String, String> invoegen = new LinkedHashMap<>();
      long rijenPerZaak = 0;
      long bytesPerZaak = 0;
      try (Statement s = db.createStatement()) {
        Kopie.verzamelIds(db, s, zaak, tabellen);
        for (String t : tabellen) {
          List<String> kolommen = Kopie.kolommen(db, t);
          List<String> soorten = Kopie.soorten(db, t);
          String waar = Kopie.waar(kolommen);
          if (waar == null) {
            continue;
          }
          StringBuilder vorm = new StringBuilder("CREATE TEMP TABLE vorm_" + t + " AS SELECT *");
          StringBuilder select = new StringBuilder();
          for (int i = 0; i < kolommen.size(); i++) {
            String k = kolommen.get(i);
            boolean tekst = soorten.get(i).contains("char") || soorten.get(i).equals("text");
            boolean tijd = soorten.get(i).startsWith("timestamp");
            select.append(i == 0 ? "" : ", ");
            if (tekst) {
              vorm.append(", CASE WHEN ").append(k).append(" IN (SELECT id FROM kopie_id) THEN left(").append(k)
                  .append(", length(").append(k).append(") - 8) || 'k' END AS zsm_voorvoegsel_").append(i);
              select.append("coalesce(zsm_voorvoegsel_").append(i).append(" || lpad(n::text, 7, '0'), ").append(k)
                  .append(')');
            } else if (tijd) {
              select.append(k).append(" - ").append(VERSCHUIVING);
            } else {
              select.append(k);
            }
          }
          s.execute("DROP TABLE IF EXISTS vorm_" + t);
          s.execute(vorm.append(" FROM ").append(t).append(" WHERE ").append(waar).toString());
          long rijen = getal(db, "SELECT count(*) FROM vorm_" + t);
          if (rijen == 0) {
            continue;
          }
          long bytes = getal(db, "SELECT sum(pg_column_size(t.*) + 28) FROM " + t + " t WHERE " + waar);
          System.out.printf("  sjabloon %s: %d rijen, %d bytes%n", t, rijen, bytes);
          rijenPerZaak += rijen;
          bytesPerZaak += bytes;
          invoegen.put(t, "INSERT INTO " + t + " (" + String.join(", ", kolommen) + ") SELECT " + select + " FROM vorm_"
              + t + ", generate_series(?, ?) n");
        }
        long vrij = Files.getFileStore(Path.of(Schaal.tekst(db, "SELECT current_setting('data_directory')")))
            .getUsableSpace();
        // indexes of the history tables are about as large as their rows (Camunda indexes most columns)
        long past = Math.max(0, (vrij - 15L * 1024 * 1024 * 1024) / (2 * bytesPerZaak));
        System.out.printf(Locale.ROOT, "schatting: %d rijen en %.1f kB per zaak; %d zaken = %.0f GB rijen, met indexen"
                + " ~%.0f GB; vrij op de schijf %.0f GB, past (15 GB over) ~%d zaken%n", rijenPerZaak,
            bytesPerZaak / 1024.0, aantal, aantal * bytesPerZaak / 1e9, 2 * aantal * bytesPerZaak / 1e9, vrij / 1e9, past);
        if (past < aantal) {
          System.out.printf("  minder dan gevraagd: %d zaken%n", past);
          aantal = (int) past;
        }
        List<String[]> indexen = indexen(db);
        for (String[] index : indexen) {
          s.execute(index[0]);
        }
        System.out.printf("%d indexen van de historietabellen verwijderd; laden in delen van %d zaken%n",
            indexen.size(), partij);
        int gemaakt = 0;
        long t0 = System.nanoTime();
        try {
          for (int van = 1; van <= aantal; van += partij) {
            if (System.nanoTime() > uiterlijk) {
              System.out.printf("  tijd op: %d van de %d zaken geladen%n", gemaakt, aantal);
              break;
            }
            int tot = Math.min(aantal, van + partij - 1);
            long d0 = System.nanoTime();
            db.setAutoCommit(false);
            s.execute("SET session_replication_role = replica");
            for (String sql : invoegen.values()) {
              try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setInt(1, van);
                ps.setInt(2, tot);
                ps.executeUpdate();
              }
            }
            db.commit();
            db.setAutoCommit(true);
            s.execute("SET session_replication_role = DEFAULT");
            gemaakt = tot;
            double totaal = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "  %s: zaken %d-%d in %.0f s; samen %d zaken, %d rijen in %.0f s (%.0f zaken/s)%n",
                java.time.LocalTime.now().withNano(0), van, tot, (System.nanoTime() - d0) / 1e9, gemaakt,
                gemaakt * rijenPerZaak, totaal, gemaakt / totaal);
          }
        } finally {
          db.setAutoCommit(true);
          long i0 = System.nanoTime();
          for (String[] index : indexen) {
            long x0 = System.nanoTime();
            s.execute(index[1]);
            System.out.printf("  %.0f s: %s%n", (System.nanoTime() - x0) / 1e9, index[1]);
          }
          System.out.printf("indexen opnieuw gebouwd in %.0f s%n", (System.nanoTime() - i0) / 1e9);
        }
        return gemaakt;
      }
    }

    /** {drop, create} of every index on a history table, primary keys included (none is referenced by a foreign key). */
    static List<String[]> indexen(Connection db) throws SQLException {
      List<String[]> uit = new ArrayList<>();
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT c.relname, i.relname, pg_get_indexdef(i.oid), con.conname, pg_get_constraintdef(con.oid)"
              + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid"
              + " LEFT JOIN pg_constraint con ON con.conindid = i.oid AND con.contype IN ('p', 'u')"
              + " WHERE c.relname LIKE 'act_hi_%' AND c.relnamespace = 'public'::regnamespace"
              + " AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = c.oid)"
              + " ORDER BY c.relname, i.relname")) {
        while (rs.next()) {
          if (rs.getString(4) != null) {
            uit.add(new String[] {"ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(4),
                "ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(4) + " " + rs.getString(5)});
          } else {
            uit.add(new String[] {"DROP INDEX " + rs.getString(2), rs.getString(3)});
          }
        }
      }
      return uit;
    }

    /** Size of the history after the load, and what 500,000 cases would take at the same size per case. */
    static void omvang(Connection db, int zaken) throws SQLException {
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT sum(pg_table_size(c.oid)),"
          + " sum(pg_indexes_size(c.oid)), sum(c.reltuples) FROM pg_class c WHERE c.relkind = 'r'"
          + " AND c.relnamespace = 'public'::regnamespace AND (c.relname LIKE 'act_hi_%' OR c.relname = 'act_ge_bytearray')")) {
        rs.next();
        double rijen = rs.getDouble(1);
        double indexen = rs.getDouble(2);
        System.out.printf(Locale.ROOT, "omvang historie: %.1f GB rijen + %.1f GB indexen (database %.1f GB);"
                + " per zaak %.1f kB; 500.000 zaken zouden ~%.0f GB zijn%n", rijen / 1e9, indexen / 1e9,
            getal(db, "SELECT pg_database_size(current_database())") / 1e9, (rijen + indexen) / Math.max(1, zaken) / 1024,
            (rijen + indexen) / Math.max(1, zaken) * 500000 / 1e9);
      }
      for (String t : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail")) {
        System.out.printf("  %s: %d rijen%n", t, getal(db, "SELECT count(*) FROM " + t));
      }
    }
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

  static String tekst(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
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
        verzamelIds(db, s, zaak, tabellen);
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

    /** The ids of the case, every process it called and every row that belongs to them, in the temp table kopie_id. */
    static void verzamelIds(Connection db, Statement s, String zaak, List<String> tabellen) throws SQLException {
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
    static Product start(String url, String jvm, String naam) throws Exception {
      Path jar;
      try (var s = Files.list(Path.of("target"))) {
        jar = s.filter(p -> p.getFileName().toString().startsWith("zsm-huiselijk-geweld-") && p.toString().endsWith(".jar"))
            .findFirst().orElseThrow(() -> new IllegalStateException("geen jar in target/: bouw eerst"));
      }
      Path werkmap = Files.createDirectories(Path.of("bench/target", naam));
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
