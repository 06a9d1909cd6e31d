package nl.zsm.hg.veiligheid.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zsm.hg.intake.domain.Regio;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.security.engine.Engineaanmelding;
import nl.zsm.hg.tijd.Engineklok;
import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.MaatregelRegister;
import nl.zsm.hg.veiligheid.domain.Overtredingsmelding;
import nl.zsm.hg.veiligheid.domain.Politieregio;
import nl.zsm.hg.veiligheid.domain.Zaakregio;
import nl.zsm.hg.veiligheid.engine.OvertredingAanOm;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/maatregelen/{id}/overtreding} with {@code {"toelichting": "...", "tijdstip": "2026-11-30T21:15:00+01:00"}}:
 * the police of the case's region (the same rule as reading {@code /api/maatregelen}, {@link Politieregio}) report a
 * breach of a measure in force (Werkwijze, stap 7, L812-825). The measure gets status OVERTREDEN, stays in force, and
 * the OM gets the task "Overtreding beoordelen" ({@link OvertredingAanOm}). Answers: 200 with the measure as it now
 * stands; 400 with the Dutch reason for a bad body; 403 for anyone but the police of the region; 404 for an unknown
 * measure; 409 when the measure is not in force (ended, suspended, not yet started). A refusal changes nothing.
 */
@RestController
public record OvertredingController(MaatregelRegister register, Zaakregio zaakregio, OvertredingAanOm aanOm,
    IdentityService identityService) {

  static final String GEEN_POLITIE = "Alleen de politie meldt een overtreding van een beschermingsmaatregel.";

  /** The body; the messages are the Dutch reasons of a 400. */
  public record Overtreding(
      @NotBlank(message = "Beschrijf de overtreding in 'toelichting': wat gebeurde er, waar?")
      @Size(max = Overtredingsmelding.MAXIMALE_TOELICHTING,
          message = "De toelichting is te lang: ten hoogste 2000 tekens.") String toelichting,
      @NotNull(message = "'tijdstip' ontbreekt: wanneer was de overtreding? Bijvoorbeeld 2026-11-30T21:15:00+01:00.")
      OffsetDateTime tijdstip) {}

  @PostMapping(path = "/api/maatregelen/{id}/overtreding", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Beschermingsmaatregel meld(@PathVariable long id, @Valid @RequestBody Overtreding overtreding) {
    List<String> groepen = Engineaanmelding.groepen(identityService);
    if (!groepen.contains(Organisatie.POLITIE.groupId())) {
      throw new Weigering(HttpStatus.FORBIDDEN, "GeenToegang", GEEN_POLITIE);
    }
    Set<Regio> regios = Politieregio.van(groepen);
    if (regios.isEmpty()) {
      throw new Weigering(HttpStatus.FORBIDDEN, "GeenToegang", Politieregio.GEEN_REGIO);
    }
    Beschermingsmaatregel maatregel = register.metId(id).orElseThrow(() -> new Weigering(HttpStatus.NOT_FOUND,
        "NietGevonden", "Er is geen beschermingsmaatregel met nummer " + id + "."));
    Optional<Regio> regioVanZaak = zaakregio.van(maatregel.zaaknummer());
    if (!Politieregio.magLezen(regios, regioVanZaak)) {
      throw new Weigering(HttpStatus.FORBIDDEN, "GeenToegang", "Geen toegang: de politie meldt alleen overtredingen"
          + " van maatregelen in zaken van de eigen regio, en deze zaak hoort bij regio " + regioVanZaak.get().naam() + ".");
    }
    Instant nu = Engineklok.nu();
    if (!Overtredingsmelding.kanWordenGemeld(maatregel, Engineklok.vandaag())) {
      throw new Weigering(HttpStatus.CONFLICT, "MaatregelGeldtNiet", "Deze maatregel (" + maatregel.omschrijving()
          + ", status " + maatregel.status().naam() + ") geldt nu niet; een overtreding kan alleen worden gemeld van"
          + " een maatregel die geldt. Bel bij direct gevaar 112.");
    }
    Overtredingsmelding melding = new Overtredingsmelding(overtreding.toelichting(), overtreding.tijdstip().toInstant(),
        Engineaanmelding.gebruiker(identityService).orElse("onbekend"));
    melding.controleer(maatregel, nu);
    return aanOm.meld(maatregel, melding, nu);
  }

  static final class Weigering extends RuntimeException {
    private final HttpStatus status;
    private final String type;

    Weigering(HttpStatus status, String type, String melding) {
      super(melding);
      this.status = status;
      this.type = type;
    }
  }

  @ExceptionHandler(Weigering.class)
  ResponseEntity<String> weigering(Weigering w) {
    return antwoord(w.status, w.type, w.getMessage());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<String> ongeldig(MethodArgumentNotValidException fout) {
    return antwoord(HttpStatus.BAD_REQUEST, "OngeldigeInvoer", fout.getBindingResult().getAllErrors().stream()
        .map(e -> e.getDefaultMessage()).distinct().sorted().collect(Collectors.joining(" ")));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<String> onleesbaar(HttpMessageNotReadableException fout) {
    return antwoord(HttpStatus.BAD_REQUEST, "OngeldigeInvoer", "De melding is geen geldige JSON of bevat een ongeldig"
        + " tijdstip. Stuur {\"toelichting\": \"...\", \"tijdstip\": \"2026-11-30T21:15:00+01:00\"}.");
  }

  @ExceptionHandler(OngeldigeInvoerException.class)
  ResponseEntity<String> ongeldigeInvoer(OngeldigeInvoerException fout) {
    return antwoord(HttpStatus.BAD_REQUEST, "OngeldigeInvoer", fout.getMessage());
  }

  private static ResponseEntity<String> antwoord(HttpStatus status, String type, String melding) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new Foutantwoord(status.value(), type, melding).json());
  }
}
