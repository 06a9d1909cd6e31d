package nl.zsm.hg.termijnen.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.zsm.hg.tijd.Amsterdam;
import org.springframework.stereotype.Component;

/**
 * The deadlines of one case as the process needs them: at intake (ophouden, voorgeleiding, VT's
 * veiligheidsbeoordeling) and when the OvJ orders inverzekeringstelling. Reads the values as the
 * case holds them (Date, java.time or ISO-8601 text); knows nothing of Camunda.
 */
@Component
public record ZaakTermijnen(TermijnenService service) {

  public ZaakTermijnen {
    Objects.requireNonNull(service, "service");
  }

  /**
   * @param ophouden end of the ophouden voor onderzoek; null when the suspect is not held
   * @param voorgeleiding latest voorgeleiding to the rechter-commissaris; null when not held
   * @param veiligheidsbeoordeling VT's deadline: the end of the ophouden when held (L393-404), else
   *     the fifth working day after the VT-melding (L529-535)
   */
  public record BijIntake(Termijn ophouden, Termijn voorgeleiding, Termijn veiligheidsbeoordeling) {}

  /**
   * The arrest as the deadlines count from it.
   *
   * @param tijdstip the moment of the arrest
   * @param transport travel time that does not count towards the ophouden
   * @param nachtverhoren interrogations between 0:00 and 9:00 that do count (art. 56a lid 3 Sv)
   */
  public record Aanhouding(ZonedDateTime tijdstip, boolean voorlopigeHechtenisToegestaan, Duration transport,
      List<Verhoorperiode> nachtverhoren) {
    public Aanhouding {
      Objects.requireNonNull(tijdstip, "tijdstip");
      transport = transport == null ? Duration.ZERO : transport;
      nachtverhoren = nachtverhoren == null ? List.of() : List.copyOf(nachtverhoren);
    }
  }

  /**
   * @param vast false for a niet-vastzaak (an unknown answer counts as held, the strictest deadline:
   *     {@link Termijnwaarden#vast})
   * @param aanhouding the arrest, or null when its moment is not known
   * @param datumVtMelding day 0 of the five werkdagen; when not yet known (null) the VT-melding is made today
   *     (the same day, L4343-4345)
   */
  public BijIntake bijIntake(boolean vast, Aanhouding aanhouding, LocalDate datumVtMelding, Instant nu) {
    if (vast && aanhouding != null) {
      ZonedDateTime tijdstip = aanhouding.tijdstip();
      Termijn ophouden = service.ophouden(tijdstip, aanhouding.voorlopigeHechtenisToegestaan(), aanhouding.transport(),
          aanhouding.nachtverhoren());
      List<String> uitleg = new ArrayList<>();
      uitleg.add("Vastzaak: Veilig Thuis beoordeelt binnen het ophouden voor onderzoek, want de officier beslist "
          + "daarna over inverzekeringstelling (Werkwijze, stap 2: veiligheidsbeoordeling).");
      uitleg.addAll(ophouden.uitleg());
      return new BijIntake(ophouden, service.voorgeleiding(tijdstip), new Termijn(ophouden.uiterlijk(), uitleg));
    }
    LocalDate melding = datumVtMelding == null
        ? Amsterdam.inAmsterdam(nu.atZone(Amsterdam.ZONE)).toLocalDate()
        : datumVtMelding;
    Dagtermijn vijfWerkdagen = service.veiligheidsbeoordeling(melding);
    List<String> uitleg = new ArrayList<>();
    uitleg.add(datumVtMelding == null
        ? "Niet-vastzaak; de VT-melding wordt vandaag gedaan (Eerste contactmoment ZSM-reclassering en Veilig Thuis), dus vandaag is dag 0 van de vijf werkdagen (Werkwijze, stap 2: veiligheidsbeoordeling)."
        : "Niet-vastzaak: Veilig Thuis beoordeelt binnen vijf werkdagen na de VT-melding (Werkwijze, stap 2: veiligheidsbeoordeling).");
    uitleg.addAll(vijfWerkdagen.uitleg());
    return new BijIntake(null, null, new Termijn(vijfWerkdagen.eindeVanDeDag(), uitleg));
  }

  /**
   * The end of the inverzekeringstelling the OvJ just ordered or extended: from the recorded moment of
   * the order, or else from now, the moment the decision was taken. When the extended end falls after
   * the latest voorgeleiding to the rechter-commissaris (art. 59a Sv), the OvJ must decide by then: the
   * deadline is the voorgeleiding, and the uitleg says so.
   *
   * @param voorgeleiding the latest voorgeleiding, or null when unknown
   */
  public Termijn inverzekeringstelling(Object tijdstipInverzekeringstelling, Object verlengd, Object voorgeleiding, Instant nu) {
    ZonedDateTime aanvang = tijdstipInverzekeringstelling == null
        ? nu.atZone(Amsterdam.ZONE)
        : Tijdstippen.moment(tijdstipInverzekeringstelling, "Tijdstip inverzekeringstelling");
    Termijn einde = service.inverzekeringstelling(aanvang, Boolean.TRUE.equals(verlengd) || "true".equals(String.valueOf(verlengd)));
    if (voorgeleiding == null) {
      return einde;
    }
    ZonedDateTime uiterlijkVoorgeleiden = Tijdstippen.moment(voorgeleiding, "Uiterlijk voorgeleiden");
    if (!uiterlijkVoorgeleiden.isBefore(einde.uiterlijk())) {
      return einde;
    }
    List<String> uitleg = new ArrayList<>(einde.uitleg());
    uitleg.add("Maar de verdachte moet uiterlijk " + Amsterdam.moment(uiterlijkVoorgeleiden) + " aan de rechter-commissaris "
        + "worden voorgeleid (art. 59a Sv, 3 dagen en 18 uur na de aanhouding); dat is eerder, dus de officier beslist uiterlijk dan.");
    return new Termijn(uiterlijkVoorgeleiden, uitleg);
  }
}
