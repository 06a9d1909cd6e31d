package nl.zsm.hg.privacy.rest;

import jakarta.validation.constraints.Size;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.invoer.rest.GeldigZaaknummer;
import nl.zsm.hg.privacy.domain.Toegangslog;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.security.rest.Rolvereiste;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log for the privacy officer (group privacy) and the administrator: read only. There is no
 * endpoint to change or delete entries. Bad parameters: 400 in Dutch (nl.zsm.hg.invoer.rest.ParameterfoutenAlsBadRequest).
 */
@RestController
public record ToegangslogController(Toegangslog log, Rolvereiste rolvereiste) {

  @GetMapping("/api/toegangslog")
  public ResponseEntity<?> zoek(
      @RequestParam(name = "zaaknummer", required = false) @GeldigZaaknummer String zaaknummer,
      @RequestParam(name = "gebruiker", required = false)
      @Size(max = 255, message = "Een gebruikersnaam is hooguit 255 tekens.") String gebruiker) {
    rolvereiste.vereis(Organisatie.PRIVACY,
        "Alleen de privacyfunctionaris (groep privacy) en de beheerder lezen het toegangslog.");
    String zaak = Formulierwaarden.tekst(zaaknummer);
    String wie = Formulierwaarden.tekst(gebruiker);
    if (zaak == null && wie == null) {
      throw new OngeldigeInvoerException(
          "Geef een zaaknummer of een gebruiker op, bijvoorbeeld /api/toegangslog?zaaknummer=ZSM-2026-000123.");
    }
    return ResponseEntity.ok(log.zoek(zaak, wie));
  }
}
