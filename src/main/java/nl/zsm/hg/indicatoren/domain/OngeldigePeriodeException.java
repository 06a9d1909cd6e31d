package nl.zsm.hg.indicatoren.domain;

/** A period or filter a person asked for that cannot be measured; the message is Dutch. */
public class OngeldigePeriodeException extends RuntimeException {

  public OngeldigePeriodeException(String melding) {
    super(melding);
  }
}
