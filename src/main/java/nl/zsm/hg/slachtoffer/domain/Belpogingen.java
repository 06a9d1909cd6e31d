package nl.zsm.hg.slachtoffer.domain;

/**
 * When phoning an unreached victim stops. The source asks to inform the victim as soon as possible
 * by phone (L801-807) but names no number of attempts (L798-828); this project chooses three: after
 * the third unsuccessful call the ZSM-supervisor chooses another way (letter or e-mail via the OM,
 * the police calling by). See docs/slachtoffer.md.
 */
public final class Belpogingen {

  /** Unsuccessful calls after which phoning stops (a choice, not from the source). */
  public static final int MAXIMUM = 3;

  private Belpogingen() {}

  /** True when the victim was not reached and the maximum number of calls has been made. */
  public static boolean andereWegKiezen(boolean bereikt, int aantalBelpogingen) {
    return !bereikt && aantalBelpogingen >= MAXIMUM;
  }
}
