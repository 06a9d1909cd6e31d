// Indicatorenpagina: haalt /api/indicatoren op (met de inlog van de browser, HTTP Basic) en tekent eenvoudige
// staafdiagrammen in SVG. Geen externe bibliotheken of CDN.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var KLEUREN = ['#01689b', '#e17000'];
  var minimum = 5;

  function el(naam, attributen, tekst) {
    var e = document.createElementNS(SVG, naam);
    Object.keys(attributen || {}).forEach(function (k) { e.setAttribute(k, attributen[k]); });
    if (tekst !== undefined) { e.textContent = tekst; }
    return e;
  }

  function html(naam, klasse, tekst) {
    var e = document.createElement(naam);
    if (klasse) { e.className = klasse; }
    if (tekst !== undefined) { e.textContent = tekst; }
    return e;
  }

  function getal(w) {
    return w === null || w === undefined ? '' : w.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  }

  function onderdruktTekst() {
    return 'onderdrukt (minder dan ' + minimum + ' zaken)';
  }

  /**
   * Horizontaal staafdiagram. rijen: [{label, waarden: [indicator|undefined]}], reeksen: namen van de reeksen.
   */
  function staafdiagram(doel, rijen, opties) {
    doel.textContent = '';
    var reeksen = opties.reeksen || [''];
    if (reeksen.length > 1) {
      var legenda = html('div', 'legenda');
      reeksen.forEach(function (r, i) {
        var blok = html('span');
        blok.style.background = KLEUREN[i];
        legenda.appendChild(blok);
        legenda.appendChild(document.createTextNode(r));
      });
      doel.appendChild(legenda);
    }
    var labelBreedte = 560, staafBreedte = 420, rijHoogte = 18 * reeksen.length + 10;
    var max = opties.max || 0;
    rijen.forEach(function (rij) {
      rij.waarden.forEach(function (i) { if (i && !i.onderdrukt && i.waarde > max) { max = i.waarde; } });
    });
    if (max === 0) { max = 1; }
    var hoogte = rijen.length * rijHoogte + 10;
    var svg = el('svg', { width: labelBreedte + staafBreedte + 170, height: hoogte, role: 'img',
      'aria-label': opties.titel || 'staafdiagram' });
    rijen.forEach(function (rij, r) {
      var y = 5 + r * rijHoogte;
      var label = rij.label.length > 88 ? rij.label.slice(0, 86) + '…' : rij.label;
      var tekst = el('text', { x: labelBreedte - 8, y: y + rijHoogte / 2 + 2, 'text-anchor': 'end' }, label);
      tekst.appendChild(el('title', {}, rij.label));
      svg.appendChild(tekst);
      rij.waarden.forEach(function (i, s) {
        var ys = y + 4 + s * 18;
        if (!i || i.onderdrukt || i.waarde === null) {
          svg.appendChild(el('text', { x: labelBreedte + 4, y: ys + 12, 'class': 'onderdrukt' },
            i && i.onderdrukt ? onderdruktTekst() : 'geen gegevens'));
          return;
        }
        var breedte = Math.max(1, Math.round(staafBreedte * i.waarde / max));
        var staaf = el('rect', { x: labelBreedte, y: ys, width: breedte, height: 15, fill: KLEUREN[s % KLEUREN.length] });
        staaf.appendChild(el('title', {}, rij.label + ': ' + getal(i.waarde) + (opties.eenheid || '') + ' (' + i.aantalZaken + ' zaken)'));
        svg.appendChild(staaf);
        svg.appendChild(el('text', { x: labelBreedte + breedte + 5, y: ys + 12 },
          getal(i.waarde) + (opties.eenheid || '') + '  (n=' + i.aantalZaken + ')'));
      });
    });
    doel.appendChild(svg);
  }

  function korter(omschrijving) {
    return omschrijving.replace(/ \((%|uren)\)$/, '').replace(/, (mediaan|90e percentiel)$/, '');
  }

  function teken(lijst) {
    var perCode = {};
    lijst.forEach(function (i) { perCode[i.code] = i; });

    var tegels = document.getElementById('kerncijfers');
    tegels.textContent = '';
    [['zaken.aantal', 'zaken', ''], ['vt.beoordeling-voor-vrijheidsbeslissing.aandeel', 'VT-beoordeling vóór beslissing (vastzaken)', '%'],
      ['slachtoffer.geinformeerd.aandeel', 'slachtoffers telefonisch geïnformeerd', '%'],
      ['overschrijding.ophouden.aantal', 'overschrijdingen 9-uurstermijn', '']].forEach(function (t) {
      var i = perCode[t[0]];
      var tegel = html('div', 'tegel');
      tegel.appendChild(html('div', 'waarde', i && !i.onderdrukt ? getal(i.waarde) + t[2] : '–'));
      tegel.appendChild(html('div', 'label', t[1] + (i && i.onderdrukt ? ' (' + onderdruktTekst() + ')' : '')));
      tegels.appendChild(tegel);
    });

    staafdiagram(document.getElementById('grafiek-aandelen'),
      lijst.filter(function (i) { return /\.aandeel$/.test(i.code) && !/^overschrijding\./.test(i.code); })
        .map(function (i) { return { label: korter(i.omschrijving), waarden: [i] }; }),
      { max: 100, eenheid: '%', titel: 'Aandelen' });

    staafdiagram(document.getElementById('grafiek-doorlooptijden'),
      ['doorlooptijd.vt-beoordeling', 'doorlooptijd.advies', 'doorlooptijd.beslissing-ovj', 'slachtoffer.tijd-tot-telefonisch-contact']
        .map(function (c) {
          var m = perCode[c + '.mediaan'];
          return { label: m ? korter(m.omschrijving).replace(/^Tijd /, '') : c, waarden: [m, perCode[c + '.p90']] };
        }),
      { reeksen: ['mediaan', '90e percentiel'], eenheid: ' uur', titel: 'Doorlooptijden' });

    staafdiagram(document.getElementById('grafiek-overschrijdingen'),
      ['ophouden', 'vt-5-werkdagen', 'inverzekeringstelling'].map(function (t) {
        var a = perCode['overschrijding.' + t + '.aandeel'];
        return { label: a ? korter(a.omschrijving).replace(/^Zaken met een overschrijding van de /, '') : t,
          waarden: [a, perCode['overschrijding.' + t + '.tijd-voorbij.mediaan']] };
      }),
      { reeksen: ['aandeel zaken met overschrijding (%)', 'mediane tijd over de termijn (uren)'], titel: 'Overschrijdingen' });

    staafdiagram(document.getElementById('grafiek-aantallen'),
      lijst.filter(function (i) { return /\.aantal$/.test(i.code) && !/^(zaken|overschrijding)\./.test(i.code); })
        .concat(lijst.filter(function (i) { return /^vrijlating-acuut-onveilig\.maatregel\./.test(i.code); }))
        .map(function (i) { return { label: i.omschrijving.replace(/ \(Bijlage I\)$/, ''), waarden: [i] }; }),
      { titel: 'Aantallen' });

    var tbody = document.querySelector('#tabel tbody');
    tbody.textContent = '';
    lijst.forEach(function (i) {
      var tr = html('tr', i.onderdrukt ? 'onderdrukt' : '');
      tr.appendChild(html('td', '', i.omschrijving));
      tr.appendChild(html('td', '', i.code));
      tr.appendChild(html('td', 'getal', i.onderdrukt ? 'onderdrukt' : (i.waarde === null ? '–' : getal(i.waarde))));
      tr.appendChild(html('td', 'getal', i.onderdrukt ? '< ' + minimum : String(i.aantalZaken)));
      tbody.appendChild(tr);
    });
  }

  function adres(formaat, anderRegio) {
    var p = new URLSearchParams();
    p.set('van', document.getElementById('van').value);
    p.set('tot', document.getElementById('tot').value);
    var regio = anderRegio !== undefined ? anderRegio : document.getElementById('regio').value;
    if (regio) { p.set('regio', regio); }
    if (formaat) { p.set('formaat', formaat); }
    // absolute, from the origin: an address opened with a login in it (https://gebruiker@...) must not pass it on
    return window.location.origin + '/api/indicatoren?' + p.toString();
  }

  /** One call per region (the API answers one region at a time); small cells stay suppressed. */
  function tekenPerRegio() {
    var code = document.getElementById('regio-indicator').value;
    var opties = Array.prototype.slice.call(document.querySelectorAll('#regio option'))
      .filter(function (o) { return o.value; });
    Promise.all(opties.map(function (o) {
      return fetch(adres(undefined, o.value), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (a) { return a.ok ? a.json() : []; })
        .then(function (lijst) {
          return { label: o.textContent, waarden: [lijst.filter(function (i) { return i.code === code; })[0]] };
        });
    })).then(function (rijen) {
      staafdiagram(document.getElementById('grafiek-regio'), rijen,
        { max: /\.aandeel$/.test(code) ? 100 : 0, eenheid: /\.aandeel$/.test(code) ? '%' : '', titel: 'Per regio' });
    });
  }

  function toon(melding) {
    var m = document.getElementById('melding');
    m.textContent = melding;
    m.hidden = !melding;
  }

  function laad() {
    document.getElementById('csv').href = adres('csv');
    toon('');
    fetch(adres(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (antwoord) {
        minimum = Number(antwoord.headers.get('X-Minimum-Aantal-Zaken')) || minimum;
        document.getElementById('minimum').textContent = minimum;
        return antwoord.json().then(function (inhoud) {
          if (!antwoord.ok) { throw new Error(inhoud.message || ('Fout ' + antwoord.status)); }
          return inhoud;
        });
      })
      .then(function (lijst) {
        teken(lijst);
        document.getElementById('inhoud').hidden = false;
        document.body.setAttribute('data-geladen', 'ja');
        tekenPerRegio();
      })
      .catch(function (fout) {
        document.getElementById('inhoud').hidden = true;
        toon(fout.message);
        document.body.setAttribute('data-geladen', 'fout');
      });
  }

  var vandaag = new Date();
  var zoeken = new URLSearchParams(window.location.search);
  document.getElementById('tot').value = zoeken.get('tot') || vandaag.toISOString().slice(0, 10);
  document.getElementById('van').value = zoeken.get('van') || (vandaag.getFullYear() - 1) + vandaag.toISOString().slice(4, 10);
  document.getElementById('regio').value = zoeken.get('regio') || '';
  document.getElementById('regio-indicator').addEventListener('change', tekenPerRegio);
  document.getElementById('filter').addEventListener('submit', function (e) { e.preventDefault(); laad(); });
  laad();
}());
