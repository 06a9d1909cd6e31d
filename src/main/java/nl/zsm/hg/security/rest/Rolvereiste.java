package nl.zsm.hg.security.rest;

import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.security.engine.Groepstoegang;
import org.springframework.stereotype.Component;

/**
 * The access rule of the product's own endpoints that belong to a role rather than to a case (procesbeheer,
 * privacy): the logged-in user is in the role's group or is the administrator; otherwise 403 with a Dutch
 * reason ({@link GeenRoltoegangAlsVerboden}).
 */
@Component
public record Rolvereiste(Groepstoegang toegang) {

  /**
   * @param melding the Dutch reason the refused user reads, e.g. "Alleen procesbeheer en de beheerder lezen ..."
   */
  public void vereis(Organisatie rol, String melding) {
    if (!toegang.isLidVanEen(rol.groupId(), Groepstoegang.BEHEERDER)) {
      throw new GeenRoltoegangException(melding);
    }
  }

  /** Refused by {@link #vereis}; answered with 403. */
  public static class GeenRoltoegangException extends RuntimeException {
    GeenRoltoegangException(String melding) {
      super(melding);
    }
  }
}
