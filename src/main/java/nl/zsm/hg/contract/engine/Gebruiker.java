package nl.zsm.hg.contract.engine;

import java.util.List;
import nl.zsm.hg.security.domain.Organisatie;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The authenticated user of a command and what their groups make them. */
record Gebruiker(String id, List<String> groepen) {

  static Gebruiker van(Authentication authenticatie) {
    return new Gebruiker(authenticatie.getUserId(),
        authenticatie.getGroupIds() == null ? List.of() : List.copyOf(authenticatie.getGroupIds()));
  }

  boolean isBeheerder() {
    return groepen.contains(Groups.CAMUNDA_ADMIN);
  }

  /** A system account (the court's link), not a person: it may do exactly one thing. */
  boolean isKoppeling() {
    return !isBeheerder() && groepen.contains(Organisatie.RECHTSPRAAK_KOPPELING.groupId());
  }

  /** Works on cases in Tasklist as one of the chain partners (not only supervising, managing models or a system). */
  boolean isKetenpartner() {
    for (Organisatie organisatie : Organisatie.ketenpartners()) {
      if (groepen.contains(organisatie.groupId())) {
        return true;
      }
    }
    return false;
  }
}
