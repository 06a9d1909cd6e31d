package nl.zsm.hg.contract.domain;

import java.util.List;
import java.util.Set;

/**
 * The result of checking a step's input against its contract: the Dutch messages (empty: accepted) and
 * the read-only fields that came back unchanged, which the caller removes so that they never write.
 */
public record Uitkomst(List<String> meldingen, Set<String> ongewijzigdAlleenLezen) {

  public Uitkomst {
    meldingen = List.copyOf(meldingen);
    ongewijzigdAlleenLezen = Set.copyOf(ongewijzigdAlleenLezen);
  }

  public boolean geweigerd() {
    return !meldingen.isEmpty();
  }
}
