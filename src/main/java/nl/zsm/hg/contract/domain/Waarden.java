package nl.zsm.hg.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.zsm.hg.invoer.domain.Formulierwaarden;

/** Checks one value against its field, and compares values as Tasklist sends them back. */
final class Waarden {

  private Waarden() {}

  /** Null, blank text or an empty list. */
  static boolean leeg(Object waarde) {
    if (waarde == null) {
      return true;
    }
    if (waarde instanceof Collection<?> lijst) {
      return lijst.isEmpty();
    }
    String tekst = waarde.toString().trim();
    return tekst.isEmpty() || (waarde instanceof JsonTekst && (tekst.equals("[]") || tekst.equals("null")));
  }

  /** A Dutch message when the value does not fit the field; empty when it does. An empty value always fits. */
  static Optional<String> controleer(Veld veld, Object waarde) {
    if (waarde == null) {
      return Optional.empty();
    }
    String velden = "Het veld " + veld.aanduiding();
    return switch (veld.soort()) {
      case TEKST, LANGE_TEKST -> tekst(veld, waarde, velden);
      case GETAL -> getal(veld, waarde, velden);
      case JA_NEE -> waarde instanceof Boolean ? Optional.empty()
          : Optional.of(velden + " moet ja of nee zijn (true/false), niet '" + kort(waarde) + "'.");
      case KEUZE -> keuze(veld, waarde, velden);
      case LIJST -> lijst(veld, waarde, velden);
      case DATUM, DATUMTIJD -> datum(veld, waarde, velden);
    };
  }

  private static Optional<String> tekst(Veld veld, Object waarde, String velden) {
    if (!(waarde instanceof String tekst)) {
      return Optional.of(velden + " moet tekst zijn, niet '" + kort(waarde) + "'.");
    }
    if (veld.maxLengte() != null && tekst.length() > veld.maxLengte()) {
      return Optional.of(velden + " is te lang: " + tekst.length() + " tekens, ten hoogste " + veld.maxLengte() + ".");
    }
    if (veld.patroon() != null && !tekst.isBlank() && !veld.patroon().matcher(tekst).find()) {
      // the value itself is not repeated: it may be a victim's phone or e-mail, and messages can reach logs
      return Optional.of(velden + " heeft niet de juiste vorm.");
    }
    return Optional.empty();
  }

  private static Optional<String> getal(Veld veld, Object waarde, String velden) {
    if (!(waarde instanceof Number getal)) {
      return Optional.of(velden + " moet een getal zijn, niet '" + kort(waarde) + "'.");
    }
    double d = getal.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Optional.of(velden + " moet een getal zijn.");
    }
    if (veld.geheelGetal() && d != Math.rint(d)) {
      return Optional.of(velden + " moet een geheel getal zijn, niet " + getal + ".");
    }
    if (veld.minimum() != null && d < veld.minimum()) {
      return Optional.of(velden + " moet minstens " + zonderNul(veld.minimum()) + " zijn, niet " + getal + ".");
    }
    if (veld.maximum() != null && d > veld.maximum()) {
      return Optional.of(velden + " mag ten hoogste " + zonderNul(veld.maximum()) + " zijn, niet " + getal + ".");
    }
    return Optional.empty();
  }

  private static Optional<String> keuze(Veld veld, Object waarde, String velden) {
    if (!(waarde instanceof String tekst)) {
      return Optional.of(velden + " moet een van de waarden " + String.join(", ", veld.waarden()) + " zijn, niet '"
          + kort(waarde) + "'.");
    }
    if (!veld.waarden().isEmpty() && !tekst.isEmpty() && !veld.waarden().contains(tekst)) {
      return Optional.of(velden + " heeft de onbekende waarde '" + kort(tekst) + "'. Toegestaan: "
          + String.join(", ", veld.waarden()) + ".");
    }
    return Optional.empty();
  }

  private static Optional<String> lijst(Veld veld, Object waarde, String velden) {
    Optional<List<String>> items = alsLijst(waarde);
    if (items.isEmpty()) {
      return Optional.of(velden + " moet een lijst zijn (JSON, bijvoorbeeld [\"" + (veld.waarden().isEmpty() ? "A"
          : veld.waarden().get(0)) + "\"]), niet '" + kort(waarde) + "'.");
    }
    List<String> onbekend = items.get().stream().filter(item -> !veld.waarden().isEmpty() && !veld.waarden().contains(item)).toList();
    if (!onbekend.isEmpty()) {
      return Optional.of(velden + " bevat de onbekende waarde '" + kort(String.join("', '", onbekend)) + "'. Toegestaan: "
          + String.join(", ", veld.waarden()) + ".");
    }
    return Optional.empty();
  }

  private static Optional<String> datum(Veld veld, Object waarde, String velden) {
    if (waarde instanceof Date) {
      return Optional.empty();
    }
    if (waarde instanceof String tekst && (tekst.isBlank() || Formulierwaarden.moment(tekst).isPresent())) {
      return Optional.empty();
    }
    return Optional.of(velden + " moet een " + veld.soort().omschrijving() + " zijn ("
        + (veld.soort() == Veldsoort.DATUM ? "jjjj-mm-dd" : "jjjj-mm-ddTuu:mm+01:00") + "), niet '" + kort(waarde) + "'.");
  }

  /** A list of texts from a JSON array text, a JSON value or a Java list; empty when it is none. */
  static Optional<List<String>> alsLijst(Object waarde) {
    return Formulierwaarden.lijst(waarde instanceof JsonTekst json ? json.json() : waarde);
  }

  /**
   * Whether a value sent back for a read-only field is the current value: empty equals empty (also
   * {@code false} for an unknown yes/no), numbers by value, moments by instant, lists by their items.
   */
  static boolean zelfde(Object ingevuld, Object huidig) {
    if (leeg(ingevuld) || Boolean.FALSE.equals(ingevuld)) {
      return leeg(huidig) || Boolean.FALSE.equals(huidig);
    }
    if (huidig == null) {
      return false;
    }
    if (ingevuld instanceof Number a && huidig instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    Optional<Instant> momentIngevuld = moment(ingevuld);
    Optional<Instant> momentHuidig = moment(huidig);
    if (momentIngevuld.isPresent() && momentHuidig.isPresent()) {
      // a day sent back for a date-time: the same day in Amsterdam
      return momentIngevuld.get().equals(momentHuidig.get())
          || (ingevuld instanceof String tekst && tekst.trim().length() == 10
              && Formulierwaarden.datum(huidig, "").equals(Formulierwaarden.datum(tekst, "")));
    }
    Optional<List<String>> lijstIngevuld = ingevuld instanceof Boolean || ingevuld instanceof Number ? Optional.empty() : alsLijst(ingevuld);
    Optional<List<String>> lijstHuidig = huidig instanceof Boolean || huidig instanceof Number ? Optional.empty() : alsLijst(huidig);
    if (lijstIngevuld.isPresent() && lijstHuidig.isPresent()) {
      return lijstIngevuld.get().equals(lijstHuidig.get());
    }
    return Objects.equals(ingevuld.toString().trim(), huidig.toString().trim());
  }

  /** Only a Date or a text that starts like a date is compared as a moment (not a number, not a choice). */
  private static Optional<Instant> moment(Object waarde) {
    if (waarde instanceof Date || (waarde instanceof String tekst && tekst.trim().length() >= 10
        && Character.isDigit(tekst.trim().charAt(0)))) {
      return Formulierwaarden.moment(waarde);
    }
    return Optional.empty();
  }

  private static String zonderNul(Double getal) {
    return getal == Math.rint(getal) ? String.valueOf(getal.longValue()) : getal.toString();
  }

  /** The value for a message, cut short. */
  static String kort(Object waarde) {
    String tekst = String.valueOf(waarde);
    return tekst.length() > 60 ? tekst.substring(0, 60) + "..." : tekst;
  }
}
