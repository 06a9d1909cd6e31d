package nl.zsm.hg.veiligheid.domain;

import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import nl.zsm.hg.invoer.domain.Formulierwaarden;

/**
 * What the rechter-commissaris decided after the voorgeleiding (Werkwijze, stap 5, L838-842; Spreekuur huiselijk
 * geweld L4368-4375: the OM tells the victim and VT up to and including the outcome of the voorgeleiding). The
 * names are the values of the form field {@value #VARIABELE}.
 */
public enum UitkomstVoorgeleiding {
  /** The RC orders the bewaring: the suspect stays in custody, the inverzekeringstelling ends. */
  INBEWARINGSTELLING("Inbewaringstelling: de verdachte blijft vast",
      "De rechter-commissaris heeft bevolen dat de verdachte langer vast blijft zitten (inbewaringstelling)."
          + " U hoort van ons als dat verandert."),
  /** The RC orders the bewaring and suspends it at once under conditions: the suspect goes free. */
  SCHORSING("Bewaring geschorst onder voorwaarden: de verdachte is vrij",
      "De rechter-commissaris heeft besloten dat de verdachte vrij mag zijn, maar alleen als hij of zij zich aan"
          + " voorwaarden houdt (schorsing van de voorlopige hechtenis). Houdt de verdachte zich daar niet aan, dan kan"
          + " hij of zij opnieuw worden vastgezet."),
  /** The RC refuses the bewaring: the suspect goes free without conditions of the RC. */
  INVRIJHEIDSTELLING("Invrijheidstelling: de verdachte is vrij zonder voorwaarden van de rechter-commissaris",
      "De rechter-commissaris heeft besloten de verdachte vrij te laten. De strafzaak gaat door: de verdachte wordt"
          + " gedagvaard en de zaak komt voor de rechter.");

  /** The form field of the OM's task "Uitkomst voorgeleiding vastleggen". */
  public static final String VARIABELE = ZsmHuiselijkGeweldContract.UITKOMST_VOORGELEIDING;
  /** The conditions of a schorsing (checklist of Veiligheidsmaatregel names). */
  public static final String VOORWAARDEN = ZsmHuiselijkGeweldContract.SCHORSINGSVOORWAARDEN;
  public static final String GEBIED = ZsmHuiselijkGeweldContract.SCHORSING_GEBIED;
  public static final String VOORWAARDEN_TOELICHTING = ZsmHuiselijkGeweldContract.SCHORSING_VOORWAARDEN_TOELICHTING;
  public static final String TOELICHTING = ZsmHuiselijkGeweldContract.TOELICHTING_UITKOMST_VOORGELEIDING;
  /** Set by the registration: the RC released an acutely unsafe suspect without a protective measure in force. */
  public static final String ZONDER_BESCHERMING = ZsmHuiselijkGeweldContract.VOORGELEIDING_ZONDER_BESCHERMING;
  /** The warning in words (or null), for the partners' mail and the OM's task. */
  public static final String WAARSCHUWING = ZsmHuiselijkGeweldContract.VOORGELEIDING_WAARSCHUWING;

  private final String naam;
  private final String uitlegSlachtoffer;

  UitkomstVoorgeleiding(String naam, String uitlegSlachtoffer) {
    this.naam = naam;
    this.uitlegSlachtoffer = uitlegSlachtoffer;
  }

  public String naam() {
    return naam;
  }

  /** What the caller and the e-mail tell the victim. */
  public String uitlegSlachtoffer() {
    return uitlegSlachtoffer;
  }

  /** The decision as recorded in the register ({@code beslissing}, {@code gewijzigdDoor}), e.g. RC_SCHORSING. */
  public String beslissing() {
    return "RC_" + name();
  }

  /** The suspect leaves custody. */
  public boolean vrijlating() {
    return this != INBEWARINGSTELLING;
  }

  public static UitkomstVoorgeleiding van(Object waarde) {
    return Formulierwaarden.keuze(UitkomstVoorgeleiding.class, waarde,
        "Kies de uitkomst van de voorgeleiding: inbewaringstelling, schorsing onder voorwaarden of invrijheidstelling.",
        onbekend -> "Onbekende uitkomst van de voorgeleiding '" + onbekend
            + "'. Kies uit: INBEWARINGSTELLING, SCHORSING, INVRIJHEIDSTELLING.");
  }

  /** The RC's outcome recorded in a case (null when there is none): the victim's and partners' texts use it. */
  public static UitkomstVoorgeleiding vanZaak(Object waarde) {
    return waarde == null || waarde.toString().isBlank() ? null : van(waarde);
  }
}
