package nl.zsm.hg.contract.domain;

/** A value that arrived as JSON (variable type Json), kept as its text. */
public record JsonTekst(String json) {
  @Override
  public String toString() {
    return json;
  }
}
