package nl.zsm.hg.termijnen.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * The legal deadlines of an HG-zaak, each with a Dutch explanation of how it was counted. Knows
 * nothing of Camunda or HTTP; all moments are in Europe/Amsterdam.
 */
public class TermijnenService {

  /** A plandatumzaak returns to the OvJ at the start of the ZSM working day on the planned date. */
  static final int PLANDATUM_UUR = 9;
  /** The werkdagen Veilig Thuis has for its veiligheidsbeoordeling after a melding (L529-535). */
  public static final int WERKDAGEN_VEILIGHEIDSBEOORDELING = 5;

  private final OphoudenVoorOnderzoek ophouden = new OphoudenVoorOnderzoek();
  private final Inverzekeringstelling inverzekeringstelling = new Inverzekeringstelling();
  private final Werkdagen werkdagen;

  public TermijnenService(Feestdagen feestdagen) {
    this.werkdagen = new Werkdagen(Objects.requireNonNull(feestdagen, "feestdagen"));
  }

  /** Ophouden voor onderzoek, art. 56a Sv (see {@link OphoudenVoorOnderzoek}). */
  public Termijn ophouden(ZonedDateTime aanvang, boolean voorlopigeHechtenisToegestaan, Duration transport,
      List<Verhoorperiode> nachtverhoren) {
    return ophouden.bereken(aanvang, voorlopigeHechtenisToegestaan, transport, nachtverhoren);
  }

  /** Inverzekeringstelling, art. 58 Sv: 3 days, or 6 when extended once, from the order. */
  public Termijn inverzekeringstelling(ZonedDateTime aanvang, boolean verlengd) {
    return inverzekeringstelling.einde(aanvang, verlengd, false);
  }

  /** Inverzekeringstelling counted from the arrest, when the moment of the order is not known yet. */
  public Termijn inverzekeringstellingVanafAanhouding(ZonedDateTime aanhouding, boolean verlengd) {
    return inverzekeringstelling.einde(aanhouding, verlengd, true);
  }

  /** Voorgeleiding to the rechter-commissaris, art. 59a Sv: 3 days and 18 hours after arrest. */
  public Termijn voorgeleiding(ZonedDateTime aanhouding) {
    return inverzekeringstelling.voorgeleiding(aanhouding);
  }

  /** The N-th working day after the given day (day 0). */
  public Dagtermijn werkdagen(LocalDate vanaf, int aantal) {
    return werkdagen.na(vanaf, aantal);
  }

  /** VT's veiligheidsbeoordeling: five working days after the melding (L529-535). */
  public Dagtermijn veiligheidsbeoordeling(LocalDate melding) {
    return werkdagen.na(melding, WERKDAGEN_VEILIGHEIDSBEOORDELING);
  }

  /** Still the same calendar day: until 23:59:59 Europe/Amsterdam of the day of the moment. */
  public Termijn zelfdeDag(ZonedDateTime moment, String waarom) {
    Objects.requireNonNull(moment, "moment");
    ZonedDateTime hier = Amsterdam.inAmsterdam(moment);
    ZonedDateTime einde = Amsterdam.middernacht(hier.toLocalDate().plusDays(1)).minusSeconds(1);
    return new Termijn(einde, List.of(
        "Aanleiding: " + Amsterdam.moment(hier) + ".",
        (waarom == null || waarom.isBlank() ? "Dezelfde dag" : waarom) + ": uiterlijk aan het einde van die kalenderdag.",
        "Uiterlijk: " + Amsterdam.dagEnDatum(einde.toLocalDate()) + " 23:59:59 (" + Amsterdam.tijdAanduiding(einde) + ")."));
  }

  /** A plandatumzaak returns to the OvJ at 09:00 Europe/Amsterdam on the planned date (L584-588, L784-786). */
  public Termijn plandatum(LocalDate datum) {
    Objects.requireNonNull(datum, "datum");
    ZonedDateTime moment = Amsterdam.om(datum, PLANDATUM_UUR);
    return new Termijn(moment, List.of(
        "Plandatumzaak: de OvJ heeft de afdoeningsbeslissing uitgesteld tot " + Amsterdam.dagEnDatum(datum) + " (Werkwijze, stap 3: beoordeling van het bewijs; stap 6: afdoenings- of routeringsbeslissing).",
        "De zaak komt terug bij de OvJ aan het begin van de ZSM-werkdag op die datum: " + Amsterdam.moment(moment) + "."));
  }
}
