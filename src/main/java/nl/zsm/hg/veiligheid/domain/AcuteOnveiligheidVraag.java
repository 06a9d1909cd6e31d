package nl.zsm.hg.veiligheid.domain;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.ACHT_JAARS_FEIT;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.DREIGING_MET_GEWELD_OF_DODEN;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.GEWELD_TIJDENS_ZWANGERSCHAP;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.INTIEM_TERREUR_OF_GEWELD;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.LETSEL_OF_VERWURGING;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.ONTHOUDEN_ZORG_ACUUT;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.SCHENDING_VEILIGHEIDSVOORWAARDEN;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.SEKSUEEL_MISBRUIK;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.STALKING_SLACHTOFFER_ZEER_BANG;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.VERDACHTE_HEEFT_TOEGANG;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.VUURWAPEN;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.ZICHT_DOOR_DERDEN;


/**
 * The questions of Bijlage II "Wanneer is er sprake van acute onveiligheid?" (L976-1013) that VT answers with
 * ja, nee or onbekend: the criteria, and whether the suspect has access and third parties have sight. The keys are
 * the form fields and the inputs of the decision AcuteOnveiligheid.
 */
public enum AcuteOnveiligheidVraag {
  ACHT_JAARS_FEIT_VRAAG(ACHT_JAARS_FEIT, "Vermoeden van een strafbaar feit waarop 8 jaar of meer gevangenisstraf staat"),
  VUURWAPEN_VRAAG(VUURWAPEN, "Vuurwapengebruik of -bezit"),
  LETSEL_OF_VERWURGING_VRAAG(LETSEL_OF_VERWURGING, "Geweld met letsel of (poging tot) verwurging"),
  GEWELD_TIJDENS_ZWANGERSCHAP_VRAAG(GEWELD_TIJDENS_ZWANGERSCHAP,
      "Geweld of dreiging daarmee tijdens de zwangerschap van het slachtoffer"),
  SEKSUEEL_MISBRUIK_VRAAG(SEKSUEEL_MISBRUIK, "(Vermoeden van) seksueel misbruik"),
  ONTHOUDEN_ZORG_ACUUT_VRAAG(ONTHOUDEN_ZORG_ACUUT, "Onthouden van zorg waardoor de fysieke gezondheid acuut wordt bedreigd"),
  INTIEM_TERREUR_OF_GEWELD_VRAAG(INTIEM_TERREUR_OF_GEWELD, "Intiem terreur of geweld na een verbroken relatie"),
  DREIGING_MET_GEWELD_OF_DODEN_VRAAG(DREIGING_MET_GEWELD_OF_DODEN,
      "Aankondigen van of dreigen met geweld, vrouwelijke genitale verminking, doden of vrijheidsbeneming"),
  STALKING_SLACHTOFFER_ZEER_BANG_VRAAG(STALKING_SLACHTOFFER_ZEER_BANG,
      "Stalkingpatroon en het slachtoffer is erg bang voor ernstig letsel of de dood"),
  SCHENDING_VEILIGHEIDSVOORWAARDEN_VRAAG(SCHENDING_VEILIGHEIDSVOORWAARDEN,
      "Schending van eerder opgelegde veiligheidsvoorwaarden of -afspraken"),
  VERDACHTE_HEEFT_TOEGANG_VRAAG(VERDACHTE_HEEFT_TOEGANG,
      "De verdachte heeft toegang tot het (toekomstige) slachtoffer of derden, ook na vrijlating"),
  ZICHT_DOOR_DERDEN_VRAAG(ZICHT_DOOR_DERDEN, "Derden hebben zicht op de situatie");

  private final String sleutel;
  private final String vraag;

  AcuteOnveiligheidVraag(String sleutel, String vraag) {
    this.sleutel = sleutel;
    this.vraag = vraag;
  }

  /** The form field and decision input. */
  public String sleutel() {
    return sleutel;
  }

  /** The question as VT reads it in the form. */
  public String vraag() {
    return vraag;
  }
}
