package nl.zsm.hg.stalking.domain;

/**
 * The 14 questions of the Vragenlijst bij stalking (L5814-5887), answered by the police from the melding
 * and/or the aangiftegesprek, each yes/no with a description; the more yes, the more risk for the victim.
 * Variables: {@code stalkingVraag01}..{@code stalkingVraag14} (boolean) and
 * {@code stalkingVraag01Beschrijving}.. (text); form {@code vragenlijst-stalking}.
 */
public enum VragenlijstStalking {
  VRAAG_01("Investeert de stalker veel tijd, energie en/of geld?", "Zo ja, geef een beschrijving."),
  VRAAG_02("Wordt de stalking de laatste tijd erger (vaker, heviger, beangstigender)?", "Zo ja, geef een beschrijving."),
  VRAAG_03("Is de stalker een ex-partner?", "Eventuele toelichting."),
  VRAAG_04("Is er nog (verplicht) contact tussen stalker en slachtoffer?", "Zo ja, geef een beschrijving."),
  VRAAG_05("Zijn er conflicten over gezamenlijke kinderen of bezittingen?", "Zo ja, geef een beschrijving."),
  VRAAG_06("Heeft de stalker het slachtoffer fysiek benaderd of zich toegang verschaft tot de woning van het slachtoffer?", "Zo ja, geef een beschrijving."),
  VRAAG_07("Heeft de stalker eerder geweld gebruikt?", "Check de antecedenten van de stalker en vermeld eerdere geweldsincidenten."),
  VRAAG_08("Heeft de stalker spullen van het slachtoffer vernield?", "Zo ja, geef een beschrijving."),
  VRAAG_09("Heeft de stalker aangegeven ten einde raad te zijn en dat hem niets anders rest dan geweld te gebruiken?", "Zo ja, beschrijf zo veel mogelijk de letterlijke woorden van de stalker."),
  VRAAG_10("Heeft de stalker expliciet gedreigd met geweld, moord of zelfmoord?", "Zo ja, beschrijf de letterlijke dreiging."),
  VRAAG_11("Heeft de stalker ervaring of affiniteit met wapens?", "Zo ja, geef een beschrijving."),
  VRAAG_12("Heeft de stalker problemen die veroorzaakt worden door middelengebruik?", "Zo ja, geef een beschrijving."),
  VRAAG_13("Heeft de stalker recent een ingrijpend verlies ervaren dat veel stress oplevert?", "Zo ja, geef een beschrijving."),
  VRAAG_14("Geeft het slachtoffer aan erg bang te zijn voor geweld door de stalker?", "Zo ja, beschrijf de letterlijke woorden van het slachtoffer.");

  private final String vraag;
  private final String beschrijvingVraag;

  VragenlijstStalking(String vraag, String beschrijvingVraag) {
    this.vraag = vraag;
    this.beschrijvingVraag = beschrijvingVraag;
  }

  public String vraag() {
    return vraag;
  }

  public String beschrijvingVraag() {
    return beschrijvingVraag;
  }

  /** Process variable of the yes/no answer, e.g. stalkingVraag01. */
  public String sleutel() {
    return StalkingAanpakContract.VRAGENLIJST_STALKING_PREFIX + String.format("%02d", ordinal() + 1);
  }

  /** Process variable of the description, e.g. stalkingVraag01Beschrijving. */
  public String beschrijvingSleutel() {
    return sleutel() + "Beschrijving";
  }
}
