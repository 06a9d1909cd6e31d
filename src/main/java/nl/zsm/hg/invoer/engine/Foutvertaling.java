package nl.zsm.hg.invoer.engine;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.invoer.domain.VerzoekTeGrootException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The one mapping from an error to the {@link Foutantwoord} of every API: status, Dutch type and Dutch message.
 * Two ways in, one set of rules:
 * <ul>
 *   <li>{@link #vanFout(Throwable)} where the exception itself is known (the engine REST API's exception
 *       mappers, our own /api, anything that escapes to the servlet filter): looks through the causes;</li>
 *   <li>{@link #vanAntwoord(int, String, String)} for an error body that someone else already wrote (the
 *       webapps' REST API, Jersey's JSON reader, Spring MVC's 404, the login filter): status, type and message
 *       text only.</li>
 * </ul>
 * Answers already in the Dutch shape pass through unchanged, so the two can be applied one after the other.
 */
public final class Foutvertaling {

  public static final String ONGELDIGE_INVOER = "OngeldigeInvoer";
  public static final String NIET_GEVONDEN = "NietGevonden";
  public static final String GEEN_TOEGANG = "GeenToegang";
  public static final String NIET_INGELOGD = "NietIngelogd";
  public static final String TE_GROOT = "VerzoekTeGroot";
  public static final String DATABASE_NIET_BEREIKBAAR = "DatabaseNietBereikbaar";
  public static final String SERVERFOUT = "Serverfout";
  public static final String ONGELDIG_VERZOEK = "OngeldigVerzoek";
  /** Two changes to one case at the same moment (optimistic locking): 409, nothing changed, try again. */
  public static final String GELIJKTIJDIG_GEWIJZIGD = "GelijktijdigGewijzigd";

  private static final Set<String> NEDERLANDSE_TYPEN = Set.of(ONGELDIGE_INVOER, NIET_GEVONDEN, GEEN_TOEGANG,
      NIET_INGELOGD, TE_GROOT, DATABASE_NIET_BEREIKBAAR, SERVERFOUT, ONGELDIG_VERZOEK, GELIJKTIJDIG_GEWIJZIGD);
  /** Types whose message is our own Dutch text, maybe behind the engine's English context. */
  private static final Set<String> EIGEN_MELDING = Set.of("FormFieldValidationException", "AuthenticationException");

  static final String INLOGGEN = "Inloggen vereist: geef een geldige gebruikersnaam en wachtwoord (HTTP Basic).";
  static final String TE_LANG = "Een ingevulde tekst is te lang om op te slaan. Maak de tekst korter;"
      + " er is niets gewijzigd.";
  static final String DATABASE = "De database is tijdelijk niet bereikbaar. Er is niets gewijzigd; probeer het over"
      + " een minuut opnieuw. Blijft dit gebeuren, meld het dan aan de beheerder.";
  static final String GELIJKTIJDIG = "Deze zaak is net door iemand anders gewijzigd; probeer het opnieuw.";
  static final String GEEN_JSON = "Het verzoek is geen geldige JSON. Controleer haakjes, aanhalingstekens en komma's.";
  /** The engine's refusal under the password policy (nl.zsm.hg.security.engine.Wachtwoordbeleid). */
  static final String WACHTWOORD = "Dit wachtwoord is niet toegestaan: gebruik ten minste 10 tekens met een kleine"
      + " letter, een hoofdletter, een cijfer en een leesteken, niet je naam of gebruikersnaam en geen bekend"
      + " wachtwoord zoals 'demo'.";
  static final String SERVER = "Er ging iets mis op de server. Probeer het opnieuw; blijft dit gebeuren, meld het"
      + " dan aan procesbeheer met het tijdstip.";

  /** "Cannot complete task 4711: ", "Cannot instantiate process definition zsm:1:abc: " before our own text. */
  private static final Pattern ENGELSE_CONTEXT = Pattern.compile(
      "^(Cannot (instantiate process definition|submit task form|complete task|resolve task|correlate message"
          + "|start process instance|submit form for task|correlate a message)[^:]*(:[^: ]+)*: )+");
  /** What may never reach a client: SQL, stack traces, class and package names, engine codes. */
  private static final Pattern TECHNISCH = Pattern.compile(
      "SQL|INSERT|UPDATE |SELECT |Exception|org\\.|java\\.|javax\\.|jakarta\\.|\\tat |ENGINE-\\d|SPIN/|persistence",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern ENGELS = Pattern.compile(
      "\\b(the|does not|cannot|not found|is null|with id|no matching|unable|error|failed|permission)\\b",
      Pattern.CASE_INSENSITIVE);
  /** How every refusal of the deployment check (nl.zsm.hg.procesbeheer) begins. */
  private static final String DEPLOYMENT_GEWEIGERD = "Deployment geweigerd";

  private Foutvertaling() {}

  /** For an exception: looks through its causes, then falls back on the status the engine would give. */
  public static Foutantwoord vanFout(Throwable fout, int statusVanEngine, String typeVanEngine) {
    List<Throwable> oorzaken = oorzaken(fout).toList();
    for (Throwable oorzaak : oorzaken) {
      if (oorzaak instanceof org.camunda.bpm.engine.AuthorizationException) {
        // a refusal for lack of rights stays 403, also where the engine REST API wraps it (e.g. comment/create: 400)
        return vanAntwoord(403, "AuthorizationException", oorzaak.getMessage());
      }
      if (oorzaak instanceof OngeldigeInvoerException eigen) {
        return new Foutantwoord(400, ONGELDIGE_INVOER, eigen.getMessage());
      }
      if (oorzaak instanceof FormFieldValidationException validatie) {
        return new Foutantwoord(400, ONGELDIGE_INVOER, zonderEngelseContext(validatie.getMessage()));
      }
      if (oorzaak instanceof com.fasterxml.jackson.core.JsonProcessingException) {
        return new Foutantwoord(400, ONGELDIG_VERZOEK, GEEN_JSON);
      }
      if (oorzaak instanceof org.camunda.bpm.engine.OptimisticLockingException) {
        return new Foutantwoord(409, GELIJKTIJDIG_GEWIJZIGD, GELIJKTIJDIG);
      }
      if (oorzaak instanceof VerzoekTeGrootException teGroot) {
        return new Foutantwoord(413, TE_GROOT, teGroot.getMessage());
      }
    }
    Optional<String> beslissing = oorzaken.stream().map(OngeldigeInvoer::reden).flatMap(Optional::stream).findFirst();
    if (beslissing.isPresent()) {
      return new Foutantwoord(400, ONGELDIGE_INVOER, Beslisinvoertypen.VOORVOEGSEL + beslissing.get());
    }
    if (oorzaken.stream().anyMatch(Foutvertaling::isVerbindingsfout)) {
      return new Foutantwoord(503, DATABASE_NIET_BEREIKBAAR, DATABASE);
    }
    if (oorzaken.stream().anyMatch(Foutvertaling::isTekstTeLang)) {
      return new Foutantwoord(400, ONGELDIGE_INVOER, TE_LANG);
    }
    String melding = oorzaken.stream().map(Throwable::getMessage).filter(m -> m != null)
        .reduce((buiten, binnen) -> buiten + " | " + binnen).orElse("");
    return vanAntwoord(statusVanEngine, typeVanEngine, melding);
  }

  /** An exception outside the engine (our /api, a servlet): 500 unless a rule above recognises it. */
  public static Foutantwoord vanFout(Throwable fout) {
    return vanFout(fout, 500, null);
  }

  /** For an error body written elsewhere: its status, type (may be null) and message (may be null or English). */
  public static Foutantwoord vanAntwoord(int status, String type, String melding) {
    String tekst = melding == null ? "" : melding;
    if (type != null && NEDERLANDSE_TYPEN.contains(type)) {
      return new Foutantwoord(status, type, tekst);
    }
    if (status == 401) {
      return new Foutantwoord(401, NIET_INGELOGD, INLOGGEN);
    }
    if ("OptimisticLockingException".equals(type)) {
      return new Foutantwoord(409, GELIJKTIJDIG_GEWIJZIGD, GELIJKTIJDIG);
    }
    if (type != null && EIGEN_MELDING.contains(type) && status < 500) {
      return new Foutantwoord(status, ONGELDIGE_INVOER, zonderEngelseContext(tekst));
    }
    if (status == 413) {
      return new Foutantwoord(413, TE_GROOT, VerzoekTeGrootException.melding(null));
    }
    if (tekst.contains("Password does not match policy")) {
      return new Foutantwoord(400, ONGELDIGE_INVOER, WACHTWOORD);
    }
    if (tekst.contains("Java serialization format is prohibited")) {
      return new Foutantwoord(400, ONGELDIGE_INVOER, "Java-geserialiseerde objecten worden niet aanvaard. Geef een"
          + " waarde als tekst, getal, datum, ja/nee of JSON.");
    }
    if (tekst.contains("SPIN/JACKSON-JSON") || tekst.contains("nesting depth") || tekst.contains("Nesting depth")) {
      return new Foutantwoord(400, ONGELDIGE_INVOER, "Een JSON-waarde is ongeldig of te diep genest. Geef een"
          + " eenvoudige lijst of een object van hooguit enkele niveaus.");
    }
    if (status == 404 || (tekst.contains("Cannot find") && tekst.contains("is null"))
        || tekst.contains("does not exist") || tekst.contains("No matching")) {
      return new Foutantwoord(404, NIET_GEVONDEN, tekst.toLowerCase().contains("task")
          ? "De taak bestaat niet (meer): ze is al afgerond of het id klopt niet. Vernieuw de takenlijst."
          : "Wat u opvraagt bestaat niet (meer) of het adres klopt niet.");
    }
    if (status == 403 || "AuthorizationException".equals(type)) {
      return new Foutantwoord(403, GEEN_TOEGANG, isEigenMelding(tekst) ? tekst
          : "Geen toestemming: uw organisatie mag deze gegevens niet zien of deze handeling niet uitvoeren.");
    }
    int weigering = tekst.indexOf(DEPLOYMENT_GEWEIGERD);
    if (status < 500 && weigering >= 0) {
      // the deployment check's Dutch reason, inside the engine's parse report
      String reden = tekst.substring(weigering).split(" \\| |\\R")[0];
      return new Foutantwoord(400, ONGELDIGE_INVOER, reden);
    }
    if (status == 400 && (isJsonFout(tekst) || (type != null && type.startsWith("Json")))) {
      return new Foutantwoord(400, ONGELDIG_VERZOEK, GEEN_JSON);
    }
    if (status == 405) {
      return new Foutantwoord(405, ONGELDIG_VERZOEK, "Deze HTTP-methode is op dit adres niet toegestaan.");
    }
    if (status == 415) {
      return new Foutantwoord(415, ONGELDIG_VERZOEK, "Stuur de gegevens als JSON (Content-Type: application/json).");
    }
    if (status == 503) {
      return new Foutantwoord(503, DATABASE_NIET_BEREIKBAAR, DATABASE);
    }
    if (status >= 400 && status < 500) {
      String toelichting = tekst.isBlank() || isTechnisch(tekst) ? "" : " Toelichting: " + zonderEngelseContext(tekst);
      return new Foutantwoord(status, ONGELDIG_VERZOEK, "Het verzoek is ongeldig. Controleer de namen, typen en"
          + " waarden van de velden." + toelichting);
    }
    return new Foutantwoord(status >= 500 ? status : 500, SERVERFOUT, SERVER);
  }

  /**
   * True for a Dutch message of the product itself (a refusal we wrote), which an answer may pass on as it is:
   * not technical and without the engine's English phrasing.
   */
  static boolean isEigenMelding(String tekst) {
    return tekst != null && !tekst.isBlank() && !isTechnisch(tekst) && !ENGELS.matcher(tekst).find();
  }

  /** True when the text shows technical details that no response may contain. */
  public static boolean isTechnisch(String tekst) {
    return TECHNISCH.matcher(tekst).find();
  }

  static String zonderEngelseContext(String melding) {
    return melding == null ? "" : ENGELSE_CONTEXT.matcher(melding).replaceFirst("");
  }

  private static boolean isJsonFout(String tekst) {
    return tekst.contains("end-of-input") || tekst.contains("Unexpected character") || tekst.contains("Unrecognized token")
        || tekst.contains("JSON") || tekst.contains("json") || tekst.contains("[Source:");
  }

  private static boolean isVerbindingsfout(Throwable oorzaak) {
    if (oorzaak instanceof SQLTransientConnectionException || oorzaak instanceof java.net.ConnectException
        || oorzaak instanceof DataAccessResourceFailureException) {
      return true;
    }
    if (oorzaak instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
      return true;
    }
    return oorzaak instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
  }

  /** SQLSTATE 22001, "string data, right truncation" (PostgreSQL and H2 alike). */
  private static boolean isTekstTeLang(Throwable oorzaak) {
    return oorzaak instanceof SQLException sql && "22001".equals(sql.getSQLState());
  }

  /**
   * The error and everything behind it, outermost first: causes, suppressed exceptions and the exception that a
   * failed rollback overrode (Spring's TransactionSystemException), so that e.g. a lost connection is found.
   */
  private static Stream<Throwable> oorzaken(Throwable fout) {
    List<Throwable> gevonden = new java.util.ArrayList<>();
    verzamel(fout, gevonden);
    return gevonden.stream();
  }

  private static void verzamel(Throwable fout, List<Throwable> gevonden) {
    if (fout == null || gevonden.size() >= 50 || gevonden.stream().anyMatch(g -> g == fout)) {
      return;
    }
    gevonden.add(fout);
    if (fout instanceof TransactionSystemException rollback) {
      verzamel(rollback.getApplicationException(), gevonden);
    }
    for (Throwable onderdrukt : fout.getSuppressed()) {
      verzamel(onderdrukt, gevonden);
    }
    verzamel(fout.getCause(), gevonden);
  }
}
