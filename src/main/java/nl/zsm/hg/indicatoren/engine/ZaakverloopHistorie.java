package nl.zsm.hg.indicatoren.engine;

import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.ADVIES_UITGEBRACHT_DOOR;
import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.B_SAFER_TOEGEPAST;
import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.RISC_TOEGEPAST;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.DATUM_VT_MELDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INCIDENT_TERMIJN_OVERSCHREDEN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INFORMERENDE_ORGANISATIE;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INVERZEKERINGSTELLING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.LABEL_HUISELIJK_GEWELD;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.OPHOUDEN_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.REGIO;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TIJDSTIP_AANHOUDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.UITKOMST_VOORGELEIDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VAST;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VEILIGHEIDSBEOORDELING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ZAAKNUMMER;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_ANDERE_WEG_KIEZEN;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_BEREIKT;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_GEINFORMEERD_OP;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_GEMAILD_OP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.zsm.hg.indicatoren.domain.Periode;
import nl.zsm.hg.indicatoren.domain.Termijnsoort;
import nl.zsm.hg.indicatoren.domain.Zaakverloop;
import nl.zsm.hg.intake.domain.Regio;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.security.engine.Engineaanmelding;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the facts of the cases of a period from the engine's history through the {@link HistoryService} (set-based:
 * one query per kind of fact and activity, never one per case) and the measures from the product's table
 * {@code beschermingsmaatregel}. The reading runs without the caller's engine authorizations: the policy officer
 * has none, and only aggregates leave this package.
 */
@Component
public record ZaakverloopHistorie(HistoryService historyService, IdentityService identityService, JdbcTemplate jdbc) {

  static final String HOOFDPROCES = "zsmHuiselijkGeweld";
  private static final int BLOK = 500;
  private static final String[] VARIABELEN = {ZAAKNUMMER, REGIO, VAST, TIJDSTIP_AANHOUDING, DATUM_VT_MELDING,
      LABEL_HUISELIJK_GEWELD, LABEL_EX_PARTNERSTALKING, "vrijheidsbeslissing", "onveiligheid", OPHOUDEN_UITERLIJK,
      VEILIGHEIDSBEOORDELING_UITERLIJK, INVERZEKERINGSTELLING_UITERLIJK, ADVIES_UITGEBRACHT_DOOR, RISC_TOEGEPAST,
      B_SAFER_TOEGEPAST, "route", "risiconiveau", INFORMERENDE_ORGANISATIE, SLACHTOFFER_BEREIKT,
      SLACHTOFFER_GEINFORMEERD_OP, SLACHTOFFER_GEMAILD_OP, SLACHTOFFER_ANDERE_WEG_KIEZEN, UITKOMST_VOORGELEIDING};
  /** The decision that registered measures with the vrijheidsbeslissing (MaatregelenRegistrerenDelegate). */
  private static final String VRIJHEIDSBENEMING = "VRIJHEIDSBENEMING";

  public List<Zaakverloop> lees(Periode periode) {
    return Engineaanmelding.zonderAutorisatie(identityService, () -> leesAlles(periode));
  }

  private List<Zaakverloop> leesAlles(Periode periode) {
    Date begin = Date.from(periode.begin());
    List<HistoricProcessInstance> zaken = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(HOOFDPROCES).startedAfter(begin).startedBefore(Date.from(periode.einde())).list().stream()
        .filter(p -> periode.bevat(p.getStartTime().toInstant())).toList();
    if (zaken.isEmpty()) {
      return List.of();
    }
    Set<String> zaakIds = new HashSet<>(zaken.stream().map(HistoricProcessInstance::getId).toList());
    List<String> alleIds = new ArrayList<>(zaakIds);
    historyService.createHistoricProcessInstanceQuery().startedAfter(begin).list().stream()
        .filter(p -> !zaakIds.contains(p.getId()) && zaakIds.contains(p.getRootProcessInstanceId()))
        .forEach(p -> alleIds.add(p.getId()));

    Map<String, Map<String, Object>> hoofd = new HashMap<>();
    Map<String, Map<String, Object>> deel = new HashMap<>();
    for (int i = 0; i < alleIds.size(); i += BLOK) {
      List<String> blok = alleIds.subList(i, Math.min(i + BLOK, alleIds.size()));
      for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(blok.toArray(String[]::new)).variableNameIn(VARIABELEN)
          .disableCustomObjectDeserialization().disableBinaryFetching().list()) {
        if (HistoricVariableInstance.STATE_DELETED.equals(v.getState())) {
          continue;
        }
        boolean inHoofdproces = v.getProcessInstanceId().equals(v.getRootProcessInstanceId());
        Map<String, Map<String, Object>> doel = inHoofdproces && v.getActivityInstanceId() != null
            && v.getActivityInstanceId().equals(v.getProcessInstanceId()) ? hoofd : deel;
        if (doel == hoofd || v.getValue() != null) {
          doel.computeIfAbsent(v.getRootProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        }
      }
    }

    Map<String, List<HistoricActivityInstance>> vrijheid = activiteiten("Task_Vrijheidsbeneming", begin, zaakIds);
    Map<String, List<HistoricActivityInstance>> classificatie = activiteiten("Activity_Classificeren", begin, zaakIds);
    Map<String, List<HistoricActivityInstance>> advies = activiteiten("Call_Advies", begin, zaakIds);
    Map<String, List<HistoricActivityInstance>> afdoening = activiteiten("Task_Afdoeningsbeslissing", begin, zaakIds);
    Map<String, List<HistoricActivityInstance>> informeren = activiteiten("Call_SlachtofferInformeren", begin, zaakIds);
    Map<String, List<HistoricActivityInstance>> stalking = activiteiten("Call_StalkingAanpak", begin, zaakIds);
    Map<String, Set<Termijnsoort>> overschrijdingen = overschrijdingen(zaakIds);
    Map<String, String> eersteAfdoening = eersteWaarde(AFDOENINGSBESLISSING, zaakIds);
    Map<String, Map<String, List<String>>> maatregelen = maatregelenPerBeslissing();

    List<Zaakverloop> uitkomst = new ArrayList<>();
    for (HistoricProcessInstance zaak : zaken) {
      Feiten f = new Feiten(hoofd.getOrDefault(zaak.getId(), Map.of()), deel.getOrDefault(zaak.getId(), Map.of()));
      String zaaknummer = Optional.ofNullable(f.tekst(ZAAKNUMMER)).orElse(zaak.getBusinessKey());
      boolean vast = f.ja(VAST);
      Instant intakeOp = zaak.getStartTime().toInstant();
      uitkomst.add(new Zaakverloop(
          zaaknummer,
          Regio.vanZaak(f.waarde(REGIO)),
          intakeOp,
          vast,
          vast ? Optional.ofNullable(f.moment(TIJDSTIP_AANHOUDING)).orElse(intakeOp) : vtMelding(f.waarde(DATUM_VT_MELDING), intakeOp),
          f.ja(LABEL_HUISELIJK_GEWELD),
          f.ja(LABEL_EX_PARTNERSTALKING),
          f.tekst("vrijheidsbeslissing"),
          laatsteEinde(vrijheid.get(zaak.getId())),
          eersteEinde(classificatie.get(zaak.getId())),
          f.tekst("onveiligheid"),
          f.moment(OPHOUDEN_UITERLIJK),
          f.moment(VEILIGHEIDSBEOORDELING_UITERLIJK),
          f.moment(INVERZEKERINGSTELLING_UITERLIJK),
          eersteEinde(advies.get(zaak.getId())),
          f.tekst(ADVIES_UITGEBRACHT_DOOR),
          f.ja(RISC_TOEGEPAST),
          f.ja(B_SAFER_TOEGEPAST),
          eersteEinde(afdoening.get(zaak.getId())),
          f.tekst("route"),
          stalking.containsKey(zaak.getId()),
          f.tekst("risiconiveau"),
          eersteStart(informeren.get(zaak.getId())),
          f.tekst(INFORMERENDE_ORGANISATIE),
          f.ja(SLACHTOFFER_BEREIKT),
          f.ja(SLACHTOFFER_BEREIKT) ? f.moment(SLACHTOFFER_GEINFORMEERD_OP) : null,
          f.moment(SLACHTOFFER_GEMAILD_OP),
          f.ja(SLACHTOFFER_ANDERE_WEG_KIEZEN),
          overschrijdingen.getOrDefault(zaak.getId(), Set.of()),
          maatregelenBij(maatregelen, zaaknummer, VRIJHEIDSBENEMING),
          eersteAfdoening.get(zaak.getId()),
          f.tekst(UITKOMST_VOORGELEIDING),
          maatregelenBij(maatregelen, zaaknummer, eersteAfdoening.get(zaak.getId()))));
    }
    return uitkomst;
  }

  /** The instances of one activity in the cases, by case (root process instance), oldest first. */
  private Map<String, List<HistoricActivityInstance>> activiteiten(String activiteit, Date begin, Set<String> zaakIds) {
    Map<String, List<HistoricActivityInstance>> perZaak = new HashMap<>();
    historyService.createHistoricActivityInstanceQuery().activityId(activiteit).startedAfter(begin).list().stream()
        .filter(a -> zaakIds.contains(a.getRootProcessInstanceId()))
        .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
        .forEach(a -> perZaak.computeIfAbsent(a.getRootProcessInstanceId(), k -> new ArrayList<>()).add(a));
    return perZaak;
  }

  private Map<String, Set<Termijnsoort>> overschrijdingen(Set<String> zaakIds) {
    Map<String, Set<Termijnsoort>> perZaak = new HashMap<>();
    for (HistoricIncident incident : historyService.createHistoricIncidentQuery()
        .incidentType(INCIDENT_TERMIJN_OVERSCHREDEN).list()) {
      String zaak = incident.getRootProcessInstanceId() != null ? incident.getRootProcessInstanceId() : incident.getProcessInstanceId();
      if (zaakIds.contains(zaak)) {
        Termijnsoort.vanIncident(incident.getConfiguration())
            .ifPresent(t -> perZaak.computeIfAbsent(zaak, k -> EnumSet.noneOf(Termijnsoort.class)).add(t));
      }
    }
    return perZaak;
  }

  /**
   * The first value a variable of the main process ever had, by case: e.g. the first afdoeningsbeslissing, where the
   * variable itself holds the last (a plandatumzaak comes back to the OvJ). Read from the variable updates of the
   * history (history level full), in blocks of cases.
   */
  private Map<String, String> eersteWaarde(String naam, Set<String> zaakIds) {
    Map<String, HistoricVariableUpdate> eerste = new HashMap<>();
    List<String> ids = new ArrayList<>(zaakIds);
    for (int i = 0; i < ids.size(); i += BLOK) {
      List<String> blok = ids.subList(i, Math.min(i + BLOK, ids.size()));
      for (HistoricDetail detail : historyService.createHistoricDetailQuery().variableUpdates()
          .processInstanceIdIn(blok.toArray(String[]::new)).variableNameLike(naam)
          .disableCustomObjectDeserialization().disableBinaryFetching().list()) {
        if (detail instanceof HistoricVariableUpdate wijziging && naam.equals(wijziging.getVariableName())
            && wijziging.getValue() != null && !wijziging.getValue().toString().isBlank()) {
          eerste.merge(wijziging.getProcessInstanceId(), wijziging, (a, b) -> eerder(a, b) ? a : b);
        }
      }
    }
    Map<String, String> waarden = new HashMap<>();
    eerste.forEach((zaak, wijziging) -> waarden.put(zaak, wijziging.getValue().toString().trim()));
    return waarden;
  }

  private static boolean eerder(HistoricVariableUpdate a, HistoricVariableUpdate b) {
    int tijd = a.getTime().compareTo(b.getTime());
    return tijd != 0 ? tijd < 0 : a.getRevision() <= b.getRevision();
  }

  /** Kinds of measure by zaaknummer and by the decision that registered them (VRIJHEIDSBENEMING or an afdoening). */
  private Map<String, Map<String, List<String>>> maatregelenPerBeslissing() {
    Map<String, Map<String, List<String>>> perZaak = new HashMap<>();
    jdbc.query("SELECT zaaknummer, beslissing, soort FROM beschermingsmaatregel", rs -> {
      perZaak.computeIfAbsent(rs.getString("zaaknummer"), k -> new HashMap<>())
          .computeIfAbsent(rs.getString("beslissing"), k -> new ArrayList<>()).add(rs.getString("soort"));
    });
    return perZaak;
  }

  private static List<String> maatregelenBij(Map<String, Map<String, List<String>>> maatregelen, String zaaknummer,
      String beslissing) {
    return beslissing == null ? List.of()
        : maatregelen.getOrDefault(zaaknummer, Map.of()).getOrDefault(beslissing, List.of());
  }

  private static Instant eersteEinde(List<HistoricActivityInstance> activiteiten) {
    return activiteiten == null ? null : activiteiten.stream().map(HistoricActivityInstance::getEndTime)
        .filter(Objects::nonNull).map(Date::toInstant).min(Comparator.naturalOrder()).orElse(null);
  }

  private static Instant laatsteEinde(List<HistoricActivityInstance> activiteiten) {
    return activiteiten == null ? null : activiteiten.stream().map(HistoricActivityInstance::getEndTime)
        .filter(Objects::nonNull).map(Date::toInstant).max(Comparator.naturalOrder()).orElse(null);
  }

  private static Instant eersteStart(List<HistoricActivityInstance> activiteiten) {
    return activiteiten == null || activiteiten.isEmpty() ? null : activiteiten.get(0).getStartTime().toInstant();
  }

  /**
   * The VT-melding of a niet-vastzaak: the intake, unless the police recorded an earlier day; then the start of
   * that day (the source counts days, not hours).
   */
  static Instant vtMelding(Object datum, Instant intakeOp) {
    LocalDate dag = Feiten.datum(datum);
    LocalDate intakeDag = intakeOp.atZone(Periode.AMSTERDAM).toLocalDate();
    if (dag == null || !dag.isBefore(intakeDag)) {
      return intakeOp;
    }
    return dag.atStartOfDay(Periode.AMSTERDAM).toInstant();
  }


  /**
   * The variables of one case: the main process's value first, else the value in a called process (a result not yet
   * copied back). The intake's facts belong to the main process only: the called processes hold copies.
   */
  private record Feiten(Map<String, Object> hoofd, Map<String, Object> deel) {

    private static final Set<String> INTAKE = Set.of(ZAAKNUMMER, REGIO, VAST, TIJDSTIP_AANHOUDING, DATUM_VT_MELDING,
        LABEL_HUISELIJK_GEWELD, LABEL_EX_PARTNERSTALKING);

    Object waarde(String naam) {
      Object waarde = hoofd.get(naam);
      return waarde != null || INTAKE.contains(naam) ? waarde : deel.get(naam);
    }

    String tekst(String naam) {
      Object waarde = waarde(naam);
      return waarde == null || waarde.toString().isBlank() ? null : waarde.toString().trim();
    }

    boolean ja(String naam) {
      Object waarde = waarde(naam);
      return Boolean.TRUE.equals(waarde) || (waarde instanceof String s && s.trim().equalsIgnoreCase("true"));
    }

    Instant moment(String naam) {
      return Formulierwaarden.moment(waarde(naam)).orElse(null);
    }

    static LocalDate datum(Object waarde) {
      return Formulierwaarden.moment(waarde).map(moment -> moment.atZone(Periode.AMSTERDAM).toLocalDate()).orElse(null);
    }
  }
}
