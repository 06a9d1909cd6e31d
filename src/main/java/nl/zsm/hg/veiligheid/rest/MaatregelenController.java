package nl.zsm.hg.veiligheid.rest;

import nl.zsm.hg.security.engine.Engineaanmelding;
import nl.zsm.hg.tijd.Engineklok;

import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.MaatregelRegister;
import nl.zsm.hg.veiligheid.domain.Maatregelwijziging;
import nl.zsm.hg.veiligheid.engine.ZaakInzage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import nl.zsm.hg.security.domain.Organisatie;
import org.camunda.bpm.engine.IdentityService;
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
 * reads every case (enforcement on the street, also the overview of all active measures); the OM and Veilig Thuis read
 * a case's measures only while the engine shows them a task of that case ({@link ZaakInzage}); others 403.
 */
@RestController
@RequestMapping(path = "/api/maatregelen", produces = MediaType.APPLICATION_JSON_VALUE)
public class MaatregelenController {

  static final Set<String> LEZERS = Set.of(Organisatie.POLITIE.groupId(), Organisatie.OM.groupId(),
      Organisatie.VEILIG_THUIS.groupId());

  private final MaatregelRegister register;
  private final IdentityService identityService;
  private final ZaakInzage zaakInzage;

  public MaatregelenController(MaatregelRegister register, IdentityService identityService, ZaakInzage zaakInzage) {
    this.register = register;
    this.identityService = identityService;
    this.zaakInzage = zaakInzage;
  }

  @GetMapping
  public List<Beschermingsmaatregel> vanZaak(@RequestParam(required = false) String zaaknummer) {
    magLezen();
    if (zaaknummer == null || zaaknummer.isBlank()) {
      throw new OngeldigVerzoek("Parameter 'zaaknummer' ontbreekt, bijvoorbeeld ?zaaknummer=ZSM-2026-000123.");
    }
    magZaakLezen(zaaknummer.trim());
    return register.vanZaak(zaaknummer.trim());
  }

  /** Every change of every measure of the case (imposed, changed, ended, suspended, breached), oldest first. */
  @GetMapping("/historie")
  public List<Maatregelwijziging> historie(@RequestParam(required = false) String zaaknummer) {
    magLezen();
    if (zaaknummer == null || zaaknummer.isBlank()) {
      throw new OngeldigVerzoek("Parameter 'zaaknummer' ontbreekt, bijvoorbeeld ?zaaknummer=ZSM-2026-000123.");
    }
    return register.historie(zaaknummer.trim());
  }

  /**
   * Only what is in force on the day (default today): started, not ended, not suspended. Without a case number the
   * list across all cases, for the police only; a case has no police region in this product, so the police see
   * all cases (docs/slachtoffer.md).
   */
  @GetMapping("/actief")
  public List<Beschermingsmaatregel> actief(@RequestParam(required = false) String zaaknummer,
      @RequestParam(required = false) String datum) {
    magLezen();
    LocalDate dag;
    try {
      dag = datum == null || datum.isBlank() ? Engineklok.vandaag() : LocalDate.parse(datum.trim());
    } catch (DateTimeParseException e) {
      throw new OngeldigVerzoek("Parameter 'datum' is geen geldige datum; gebruik jjjj-mm-dd, bijvoorbeeld 2026-11-29.");
    }
    if (zaaknummer == null || zaaknummer.isBlank()) {
      // the list across all cases (with areas near victims) is for enforcement on the street only
      if (!groepen().contains(Organisatie.POLITIE.groupId())) {
        throw new GeenToegang("Alleen de politie mag de actieve maatregelen van alle zaken lezen; geef een zaaknummer op.");
      }
      return register.actief(null, dag);
    }
    magZaakLezen(zaaknummer.trim());
    return register.actief(zaaknummer.trim(), dag);
  }

  private void magZaakLezen(String zaaknummer) {
    if (!groepen().contains(Organisatie.POLITIE.groupId()) && !zaakInzage.zietZaak(zaaknummer)) {
      throw new GeenToegang("Geen toegang tot de maatregelen van deze zaak: OM en Veilig Thuis lezen alleen de"
          + " maatregelen van een zaak waarin zij een taak hebben.");
    }
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

  static final class OngeldigVerzoek extends RuntimeException {
    OngeldigVerzoek(String melding) {
      super(melding);
    }
  }

  record Fout(String type, String message) {}

  @ExceptionHandler(GeenToegang.class)
  ResponseEntity<Fout> geenToegang(GeenToegang e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Fout("GeenToegang", e.getMessage()));
  }

  @ExceptionHandler(OngeldigVerzoek.class)
  ResponseEntity<Fout> ongeldig(OngeldigVerzoek e) {
    return ResponseEntity.badRequest().body(new Fout("OngeldigeInvoer", e.getMessage()));
  }
}
