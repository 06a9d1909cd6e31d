package nl.zsm.hg.termijnen;

/** Input a deadline cannot be computed from; the message is Dutch and tells what is wrong. */
public class OngeldigeInvoerException extends IllegalArgumentException {

  public OngeldigeInvoerException(String melding) {
    super(melding);
  }
}
