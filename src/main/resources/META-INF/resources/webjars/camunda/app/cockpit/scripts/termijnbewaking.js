// ZSM huiselijk geweld: the deadline board "Termijnbewaking" in Cockpit (docs/tasklist-en-cockpit.md).
// Every open case with its running deadlines, time left, the organisation that must act and a traffic
// light; overruns on top; one click to the case. Data: the engine REST API through Cockpit's own session
// (so the person's own authorizations apply): timer jobs with their due dates, the open incidents of type
// termijnOverschreden, and the zaaknummer (business key) of each case.

const OM = 'OM (ZSM-officier)';

// the timer that ends a deadline, per activity id of the models (docs/termijnbewaking.md)
const TIMERS = {
  Timer_OphoudenVerstreken: () => ({ termijn: 'Ophouden voor onderzoek (9 uur)', organisatie: OM }),
  Timer_InverzekeringstellingVerstreken: () => ({ termijn: 'Inverzekeringstelling', organisatie: OM }),
  Timer_VeiligheidsbeoordelingVerstreken: (zaak) => ({
    termijn: zaak.vast === false ? 'Veiligheidsbeoordeling (5 werkdagen)' : 'Veiligheidsbeoordeling (binnen het ophouden)',
    organisatie: 'Veilig Thuis'
  }),
  Timer_Plandatum: () => ({ termijn: 'Plandatum: zaak terug bij de officier', organisatie: OM }),
  Timer_SpreekuurTermijn: () => ({ termijn: 'Spreekuur huiselijk geweld (2 weken)', organisatie: 'Reclassering / RvdK' })
};

const MINUUT = 60 * 1000;
const UUR = 60 * MINUUT;
const POGINGEN = 2;

/** A date as the engine REST API writes it (2026-11-25T20:00:00.000+0100). */
function datum(tekst) {
  return new Date(String(tekst).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

function organisatieVanOverschrijding(termijn) {
  return /veiligheidsbeoordeling/i.test(termijn) ? 'Veilig Thuis' : OM;
}

async function lees(api, pad, body) {
  for (let poging = 1; ; poging++) {
    let antwoord;
    try {
      antwoord = await fetch(api.engineApi + pad, {
        method: body ? 'POST' : 'GET',
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
        body: body ? JSON.stringify(body) : undefined
      });
    } catch (netwerk) {
      if (poging < POGINGEN) continue; // a dropped connection: ask once more
      throw new Error('geen verbinding met de server (' + pad + ')');
    }
    if (antwoord.ok) {
      return antwoord.json();
    }
    if (antwoord.status < 500 || poging >= POGINGEN) {
      throw new Error('De server antwoordde ' + antwoord.status + ' op ' + pad);
    }
  }
}

// Lists are read page by page: an engine with a query limit (queryMaxResultsLimit) refuses unbounded lists, and
// one answer with thousands of cases is slow. Without a sortBy the engine orders by id, so pages do not overlap.
const PAGINA = 500;
// ids per request: the engine turns them into an IN list; many small lists instead of one of thousands
const IDS_PER_VRAAG = 200;

async function alles(api, pad, body) {
  const rijen = [];
  for (let vanaf = 0; ; vanaf += PAGINA) {
    const scheiding = pad.indexOf('?') < 0 ? '?' : '&';
    const pagina = await lees(api, pad + scheiding + 'firstResult=' + vanaf + '&maxResults=' + PAGINA, body);
    rijen.push(...pagina);
    if (pagina.length < PAGINA) {
      return rijen;
    }
  }
}

/** A POST query per group of ids (field {@code veld} of the body), every page of every group. */
async function allesVoorIds(api, pad, veld, ids, body) {
  const groepen = [];
  for (let i = 0; i < ids.length; i += IDS_PER_VRAAG) {
    groepen.push(ids.slice(i, i + IDS_PER_VRAAG));
  }
  const antwoorden = await Promise.all(groepen.map((groep) => alles(api, pad, { ...body, [veld]: groep })));
  return antwoorden.flat();
}

/** All rows of the board, earliest deadline (so every overrun) first. */
export async function termijnen(api) {
  const [jobs, definities, incidenten] = await Promise.all([
    alles(api, '/job?timers=true'),
    alles(api, '/job-definition'),
    alles(api, '/incident?incidentType=termijnOverschreden')
  ]);
  const activiteit = Object.fromEntries(definities.map((d) => [d.id, d.activityId]));
  const lopend = jobs.filter((j) => TIMERS[activiteit[j.jobDefinitionId]] && j.processInstanceId && !j.suspended);
  const instantieIds = [...new Set(lopend.map((j) => j.processInstanceId).concat(incidenten.map((i) => i.processInstanceId)))];
  if (instantieIds.length === 0) {
    return [];
  }
  const [instanties, vast, voorgeleiding] = await Promise.all([
    allesVoorIds(api, '/process-instance', 'processInstanceIds', instantieIds, {}),
    allesVoorIds(api, '/variable-instance?deserializeValues=false', 'processInstanceIdIn', instantieIds, { variableName: 'vast' }),
    allesVoorIds(api, '/variable-instance?deserializeValues=false', 'processInstanceIdIn', instantieIds,
      { variableName: 'voorgeleidingUiterlijk' })
  ]);
  const zaken = Object.fromEntries(instanties.map((p) => [p.id, { id: p.id, zaaknummer: p.businessKey || '(geen zaaknummer)' }]));
  vast.forEach((v) => { if (zaken[v.processInstanceId]) zaken[v.processInstanceId].vast = v.value; });
  // the supervisor reads no case variables (need-to-know): a case whose custody is watched is a vastzaak
  const inBewaring = new Set(lopend
    .filter((j) => ['Timer_OphoudenVerstreken', 'Timer_InverzekeringstellingVerstreken'].includes(activiteit[j.jobDefinitionId]))
    .map((j) => j.processInstanceId));
  Object.values(zaken).forEach((z) => { if (z.vast === undefined) z.vast = inBewaring.has(z.id); });

  const rijen = [];
  const vastgehouden = new Set();
  for (const job of lopend) {
    const zaak = zaken[job.processInstanceId];
    if (!zaak) continue;
    const soort = activiteit[job.jobDefinitionId];
    if (soort === 'Timer_OphoudenVerstreken' || soort === 'Timer_InverzekeringstellingVerstreken') {
      vastgehouden.add(zaak.id);
    }
    rijen.push({ zaak, ...TIMERS[soort](zaak), uiterlijk: datum(job.dueDate), verstreken: false });
  }
  // the voorgeleiding (art. 59a Sv) runs while the suspect is held
  for (const v of voorgeleiding) {
    const zaak = zaken[v.processInstanceId];
    if (zaak && vastgehouden.has(zaak.id) && v.value) {
      rijen.push({ zaak, termijn: 'Voorgeleiding (art. 59a Sv)', organisatie: OM, uiterlijk: datum(v.value), verstreken: false });
    }
  }
  for (const incident of incidenten) {
    const zaak = zaken[incident.processInstanceId];
    if (!zaak) continue;
    rijen.push({
      zaak,
      termijn: 'OVERSCHREDEN: ' + incident.configuration,
      organisatie: organisatieVanOverschrijding(incident.configuration || ''),
      uiterlijk: datum(incident.incidentTimestamp),
      verstreken: true
    });
  }
  return rijen.sort(volgorde);
}

function tijd(datum) {
  const ms = datum instanceof Date ? datum.getTime() : NaN;
  return Number.isNaN(ms) ? Number.MAX_SAFE_INTEGER : ms;
}

/**
 * Overruns first, then the earliest deadline; equal deadlines by zaaknummer and termijn, so two loads of the
 * same data give the same order (a deadline that cannot be read goes last instead of upsetting the sort).
 */
export function volgorde(a, b) {
  return (Number(b.verstreken) - Number(a.verstreken))
    || (tijd(a.uiterlijk) - tijd(b.uiterlijk))
    || a.zaak.zaaknummer.localeCompare(b.zaak.zaaknummer)
    || a.termijn.localeCompare(b.termijn);
}

function kleur(rij, nu) {
  const over = rij.uiterlijk - nu;
  if (rij.verstreken || over <= UUR) return 'rood';
  if (over <= 4 * UUR) return 'oranje';
  return 'groen';
}

function resterend(rij, nu) {
  if (tijd(rij.uiterlijk) === Number.MAX_SAFE_INTEGER) return rij.verstreken ? 'verstreken' : 'onbekend';
  let over = rij.uiterlijk - nu;
  const voorbij = over < 0;
  over = Math.abs(over);
  const dagen = Math.floor(over / (24 * UUR));
  const uren = Math.floor((over % (24 * UUR)) / UUR);
  const minuten = Math.floor((over % UUR) / MINUUT);
  const tekst = (dagen ? dagen + ' d ' : '') + (dagen || uren ? uren + ' u ' : '') + minuten + ' min';
  return voorbij || rij.verstreken ? 'verstreken, ' + tekst + ' geleden' : 'nog ' + tekst;
}

const TIJD = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit'
});

function tijdstip(datum) {
  if (tijd(datum) === Number.MAX_SAFE_INTEGER) return 'onbekend';
  const delen = Object.fromEntries(TIJD.formatToParts(datum).map((d) => [d.type, d.value]));
  return delen.hour + ':' + delen.minute + ' op ' + delen.day + '-' + delen.month + '-' + delen.year;
}

const KLEUREN = { rood: '#c0392b', oranje: '#e8a33d', groen: '#2e7d32' };

function cel(tr, tekst, stijl) {
  const td = document.createElement('td');
  td.textContent = tekst;
  if (stijl) td.style.cssText = stijl;
  tr.appendChild(td);
  return td;
}

// Cockpit may render the route more than once (a second render, a route update): only the newest load may
// draw, into its own node; an older load that finishes later is dropped instead of drawing over the newer one.
let laatsteLading = 0;

async function teken(node, api) {
  const lading = ++laatsteLading;
  node.textContent = 'Termijnen laden…';
  let rijen;
  try {
    rijen = await termijnen(api);
  } catch (e) {
    if (lading === laatsteLading) {
      node.textContent = 'Er ging iets mis bij het laden van de termijnen: ' + e.message;
    }
    return;
  }
  if (lading !== laatsteLading || !node.isConnected) {
    return;
  }
  const nu = new Date();
  node.textContent = '';
  const kop = document.createElement('h2');
  kop.textContent = 'Termijnbewaking';
  const uitleg = document.createElement('p');
  uitleg.textContent = 'Alle open zaken met hun lopende termijnen, de eerstvolgende bovenaan en overschrijdingen voorop. '
    + 'Rood: verstreken of binnen 1 uur; oranje: binnen 4 uur; groen: later. Tijden in Europe/Amsterdam. '
    + 'Klik op een zaaknummer om de zaak te openen.';
  node.append(kop, uitleg);
  if (rijen.length === 0) {
    const leeg = document.createElement('p');
    leeg.textContent = 'Geen lopende termijnen.';
    node.appendChild(leeg);
    return;
  }
  const tabel = document.createElement('table');
  tabel.className = 'table table-condensed zsm-termijnbewaking';
  const thead = tabel.createTHead().insertRow();
  ['', 'Zaaknummer', 'Termijn', 'Uiterlijk', 'Resterend', 'Moet handelen'].forEach((t) => {
    const th = document.createElement('th');
    th.textContent = t;
    thead.appendChild(th);
  });
  const tbody = tabel.createTBody();
  for (const rij of rijen) {
    const licht = kleur(rij, nu);
    const tr = tbody.insertRow();
    tr.className = 'zsm-termijn zsm-termijn-' + licht;
    tr.dataset.zaaknummer = rij.zaak.zaaknummer;
    tr.dataset.uiterlijk = String(tijd(rij.uiterlijk));
    cel(tr, licht, 'width:1%;color:#fff;font-weight:bold;background:' + KLEUREN[licht]);
    const link = document.createElement('a');
    link.href = '#/process-instance/' + rij.zaak.id + '/runtime';
    link.textContent = rij.zaak.zaaknummer;
    cel(tr, '').appendChild(link);
    cel(tr, rij.termijn, rij.verstreken ? 'font-weight:bold;color:' + KLEUREN.rood : '');
    cel(tr, tijdstip(rij.uiterlijk));
    cel(tr, resterend(rij, nu));
    cel(tr, rij.organisatie);
  }
  node.appendChild(tabel);
}

export default [
  {
    id: 'zsm-termijnbewaking-route',
    pluginPoint: 'cockpit.route',
    properties: { path: '/termijnbewaking', label: 'Termijnbewaking' },
    render: (node, { api }) => {
      node.style.cssText = 'padding:15px 20px';
      teken(node, api);
    }
  },
  {
    id: 'zsm-termijnbewaking-navigatie',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {
      path: '/termijnbewaking',
      label: 'Termijnbewaking',
      checkActive: (pad) => pad.indexOf('#/termijnbewaking') > -1
    },
    render: (node) => {
      const link = document.createElement('a');
      link.href = '#/termijnbewaking';
      link.textContent = 'Termijnbewaking';
      node.appendChild(link);
    }
  }
];
