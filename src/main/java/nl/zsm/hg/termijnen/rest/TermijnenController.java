package nl.zsm.hg.termijnen.rest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.termijnen.domain.TermijnAntwoord;
import nl.zsm.hg.termijnen.domain.TermijnenService;
import nl.zsm.hg.termijnen.domain.Tijdstippen;
import nl.zsm.hg.termijnen.domain.Werkdagen;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deadlines as a REST API under /api/termijnen (HTTP Basic like all of /api). Parameters are
 * read as text and checked here, so a wrong one gets a Dutch message that names it.
 */
@RestController
@RequestMapping(path = "/api/termijnen", produces = MediaType.APPLICATION_JSON_VALUE)
public record TermijnenController(TermijnenService service) {

  private static final int MAXIMUM_TRANSPORTMINUTEN = 24 * 60;
  static final LocalDate VROEGSTE_DAG = LocalDate.of(2000, 1, 1);
  static final LocalDate LAATSTE_DAG = LocalDate.of(2100, 12, 31);

  @GetMapping("/ophouden")
  public TermijnAntwoord ophouden(@RequestParam(required = false) String aanvang,
      @RequestParam(required = false) String voorlopigeHechtenisToegestaan,
      @RequestParam(required = false) String transportMinuten,
      @RequestParam(required = false) List<String> nachtverhoor) {
    return TermijnAntwoord.van(service.ophouden(
        moment("aanvang", aanvang),
        waarOfNiet("voorlopigeHechtenisToegestaan", voorlopigeHechtenisToegestaan, true),
        Duration.ofMinutes(geheelGetal("transportMinuten", transportMinuten, 0, 0, MAXIMUM_TRANSPORTMINUTEN)),
        nachtverhoor == null ? List.of()
            : nachtverhoor.stream().map(periode -> Tijdstippen.periode(periode, "Parameter 'nachtverhoor'")).toList()));
  }

  /** From the start of the inverzekeringstelling ({@code aanvang}), or else from the arrest ({@code aanhouding}). */
  @GetMapping("/inverzekeringstelling")
  public TermijnAntwoord inverzekeringstelling(@RequestParam(required = false) String aanvang,
      @RequestParam(required = false) String aanhouding, @RequestParam(required = false) String verlengd) {
    boolean isVerlengd = waarOfNiet("verlengd", verlengd, false);
    if (aanvang == null && aanhouding != null) {
      return TermijnAntwoord.van(service.inverzekeringstellingVanafAanhouding(moment("aanhouding", aanhouding), isVerlengd));
    }
    if (aanvang == null) {
      throw new OngeldigeInvoerException("Parameter 'aanvang' ontbreekt: geef het begin van de inverzekeringstelling "
          + "(of 'aanhouding') in ISO-8601 met tijdzone, bijvoorbeeld 2026-11-29T14:00+01:00.");
    }
    return TermijnAntwoord.van(service.inverzekeringstelling(moment("aanvang", aanvang), isVerlengd));
  }

  @GetMapping("/voorgeleiding")
  public TermijnAntwoord voorgeleiding(@RequestParam(required = false) String aanhouding) {
    return TermijnAntwoord.van(service.voorgeleiding(moment("aanhouding", aanhouding)));
  }

  @GetMapping("/werkdagen")
  public TermijnAntwoord werkdagen(@RequestParam(required = false) String vanaf,
      @RequestParam(required = false) String aantal) {
    return TermijnAntwoord.van(service.werkdagen(datum("vanaf", vanaf),
        geheelGetal("aantal", aantal, null, 1, Werkdagen.MAXIMUM_AANTAL)));
  }

  @GetMapping("/veiligheidsbeoordeling")
  public TermijnAntwoord veiligheidsbeoordeling(@RequestParam(required = false) String melding) {
    return TermijnAntwoord.van(service.veiligheidsbeoordeling(datum("melding", melding)));
  }

  @GetMapping("/zelfde-dag")
  public TermijnAntwoord zelfdeDag(@RequestParam(required = false) String moment) {
    return TermijnAntwoord.van(service.zelfdeDag(moment("moment", moment), null));
  }

  @GetMapping("/plandatum")
  public TermijnAntwoord plandatum(@RequestParam(required = false) String datum) {
    return TermijnAntwoord.van(service.plandatum(datum("datum", datum)));
  }

  private static java.time.ZonedDateTime moment(String naam, String waarde) {
    java.time.ZonedDateTime moment = Tijdstippen.moment(leegIsNull(waarde), parameter(naam), false);
    binnenBereik(naam, moment.toLocalDate());
    return moment;
  }

  /** Deadlines of cases that can exist: from 2000 up to and including 2100; anything else is a typing error. */
  private static LocalDate binnenBereik(String naam, LocalDate dag) {
    if (dag.isBefore(VROEGSTE_DAG) || dag.isAfter(LAATSTE_DAG)) {
      throw new OngeldigeInvoerException(parameter(naam) + " moet liggen tussen 01-01-" + VROEGSTE_DAG.getYear()
          + " en 31-12-" + LAATSTE_DAG.getYear() + "; controleer het jaar.");
    }
    return dag;
  }

  private static LocalDate datum(String naam, String waarde) {
    String tekst = leegIsNull(waarde);
    if (tekst == null) {
      throw new OngeldigeInvoerException(parameter(naam) + " ontbreekt: geef een datum als jjjj-mm-dd, bijvoorbeeld 2026-11-25.");
    }
    LocalDate dag;
    try {
      dag = LocalDate.parse(tekst.trim());
    } catch (DateTimeParseException e) {
      throw new OngeldigeInvoerException(parameter(naam) + " is geen geldige datum: " + Tijdstippen.kort(tekst)
          + ". Gebruik jjjj-mm-dd, bijvoorbeeld 2026-11-25.");
    }
    return binnenBereik(naam, dag);
  }

  private static boolean waarOfNiet(String naam, String waarde, boolean standaard) {
    String tekst = leegIsNull(waarde);
    if (tekst == null) {
      return standaard;
    }
    return switch (tekst.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new OngeldigeInvoerException(parameter(naam) + " moet true of false zijn, niet "
          + Tijdstippen.kort(tekst) + ".");
    };
  }

  private static int geheelGetal(String naam, String waarde, Integer standaard, int minimum, int maximum) {
    String tekst = leegIsNull(waarde);
    if (tekst == null) {
      if (standaard == null) {
        throw new OngeldigeInvoerException(parameter(naam) + " ontbreekt: geef een geheel getal van " + minimum
            + " tot en met " + maximum + ".");
      }
      return standaard;
    }
    int getal;
    try {
      getal = Integer.parseInt(tekst.trim());
    } catch (NumberFormatException e) {
      throw new OngeldigeInvoerException(parameter(naam) + " moet een geheel getal zijn, niet " + Tijdstippen.kort(tekst) + ".");
    }
    if (getal < minimum || getal > maximum) {
      throw new OngeldigeInvoerException(parameter(naam) + " moet liggen tussen " + minimum + " en " + maximum
          + ", niet " + getal + ".");
    }
    return getal;
  }

  private static String leegIsNull(String waarde) {
    return waarde == null || waarde.isBlank() ? null : waarde;
  }

  private static String parameter(String naam) {
    return "Parameter '" + naam + "'";
  }
}
