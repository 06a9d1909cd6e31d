package nl.zsm.hg.veiligheid.rest;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.zsm.hg.invoer.rest.GeldigZaaknummer;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.security.engine.Engineaanmelding;
import nl.zsm.hg.tijd.Engineklok;
import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.MaatregelRegister;
import nl.zsm.hg.veiligheid.domain.Maatregelwijziging;
import nl.zsm.hg.veiligheid.domain.Politieregio;
import nl.zsm.hg.veiligheid.domain.Zaakregio;
import nl.zsm.hg.veiligheid.engine.ZaakInzage;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registered protective measures for whoever must act on a breach (L818-825): {@code GET /api/maatregelen?zaaknummer=}
 * (every registration with its status), {@code GET /api/maatregelen/actief[?zaaknummer=&datum=]} (only what is in
 * force) and {@code GET /api/maatregelen/historie?zaaknummer=} (every change). HTTP Basic like all of /api. The police
 * reads the cases of its own region (groups {@code regio-<code>}, {@link Politieregio}; cases of unknown region too),
 * also the overview of what is in force in its region; a police user of another region gets 403 with the reason. The
 * OM and Veilig Thuis read a case's measures only while the engine shows them a task of that case ({@link ZaakInzage});
 * others 403.
 * A bad parameter (Bean Validation, nl.zsm.hg.invoer.rest.ParameterfoutenAlsBadRequest) is 400 before any of that.
 */
@RestController
@RequestMapping(path = "/api/maatregelen", produces = MediaType.APPLICATION_JSON_VALUE)
public record MaatregelenController(MaatregelRegister register, IdentityService identityService, ZaakInzage zaakInzage,
    Zaakregio zaakregio) {

  static final Set<String> LEZERS = Set.of(Organisatie.POLITIE.groupId(), Organisatie.OM.groupId(),
      Organisatie.VEILIG_THUIS.groupId());

  static final String ZAAKNUMMER_ONTBREEKT =
      "Parameter 'zaaknummer' ontbreekt, bijvoorbeeld ?zaaknummer=ZSM-2026-000123.";

  @GetMapping
  public List<Beschermingsmaatregel> vanZaak(
      @RequestParam(required = false) @NotBlank(message = ZAAKNUMMER_ONTBREEKT) @GeldigZaaknummer String zaaknummer) {
    return vanLeesbareZaak(zaaknummer, register::vanZaak);
  }

  /** Every change of every measure of the case (imposed, changed, ended, suspended, breached), oldest first. */
  @GetMapping("/historie")
  public List<Maatregelwijziging> historie(
      @RequestParam(required = false) @NotBlank(message = ZAAKNUMMER_ONTBREEKT) @GeldigZaaknummer String zaaknummer) {
    return vanLeesbareZaak(zaaknummer, register::historie);
  }

  /**
   * Only what is in force on the day (default today): started, not ended, not suspended. Without a case number the
   * list across the cases of the police user's region(s), for the police only (docs/slachtoffer.md, Politie per regio).
   */
  @GetMapping("/actief")
  public List<Beschermingsmaatregel> actief(@RequestParam(required = false) @GeldigZaaknummer String zaaknummer,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum) {
    magLezen();
    LocalDate dag = datum == null ? Engineklok.vandaag() : datum;
    if (zaaknummer == null || zaaknummer.isBlank()) {
      // the list across all cases (with areas near victims) is for enforcement on the street only
      if (!groepen().contains(Organisatie.POLITIE.groupId())) {
        throw new GeenToegang("Alleen de politie mag de actieve maatregelen van alle zaken lezen; geef een zaaknummer op.");
      }
      return register.actiefInRegios(dag, regiosVanPolitie());
    }
    magZaakLezen(zaaknummer.trim());
    return register.actief(zaaknummer.trim(), dag);
  }

  /** Reads from the register after both checks: the reader's organisation, then this case. */
  private <T> T vanLeesbareZaak(String zaaknummer, Function<String, T> lezen) {
    magLezen();
    String nummer = zaaknummer.trim();
    magZaakLezen(nummer);
    return lezen.apply(nummer);
  }

  private void magZaakLezen(String zaaknummer) {
    if (groepen().contains(Organisatie.POLITIE.groupId())) {
      java.util.Optional<nl.zsm.hg.intake.domain.Regio> regioVanZaak = zaakregio.van(zaaknummer);
      if (!Politieregio.magLezen(regiosVanPolitie(), regioVanZaak)) {
        throw new GeenToegang("Geen toegang tot de maatregelen van deze zaak: de politie leest alleen de maatregelen"
            + " van zaken in de eigen regio, en deze zaak hoort bij regio " + regioVanZaak.get().naam() + ".");
      }
      return;
    }
    if (!zaakInzage.zietZaak(zaaknummer)) {
      throw new GeenToegang("Geen toegang tot de maatregelen van deze zaak: OM en Veilig Thuis lezen alleen de"
          + " maatregelen van een zaak waarin zij een taak hebben.");
    }
  }

  /** The regions of the police user; none is refused, so the account must be set up (docs/slachtoffer.md). */
  private java.util.Set<nl.zsm.hg.intake.domain.Regio> regiosVanPolitie() {
    java.util.Set<nl.zsm.hg.intake.domain.Regio> regios = Politieregio.van(groepen());
    if (regios.isEmpty()) {
      throw new GeenToegang(Politieregio.GEEN_REGIO);
    }
    return regios;
  }

  private void magLezen() {
    if (groepen().stream().noneMatch(LEZERS::contains)) {
      throw new GeenToegang("Alleen politie, OM en Veilig Thuis mogen geregistreerde beschermingsmaatregelen lezen.");
    }
  }

  private List<String> groepen() {
    return Engineaanmelding.groepen(identityService);
  }

  static final class GeenToegang extends RuntimeException {
    GeenToegang(String melding) {
      super(melding);
    }
  }

  record Fout(String type, String message) {}

  @ExceptionHandler(GeenToegang.class)
  ResponseEntity<Fout> geenToegang(GeenToegang e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Fout("GeenToegang", e.getMessage()));
  }
}
