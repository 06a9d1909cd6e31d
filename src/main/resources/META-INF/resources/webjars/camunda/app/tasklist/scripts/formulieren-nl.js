// ZSM huiselijk geweld: Camunda Forms in Tasklist in Dutch (docs/tasklist-en-cockpit.md). The forms renderer inside
// Tasklist (form-js) writes its own messages ("Field is required.") and the calendar of a date field (flatpickr)
// in English, outside the webapp's locales/nl.json. This script gives the calendar Dutch months and days with
// Monday first, and puts form-js's own texts in Dutch as soon as they appear on the page. A date field reads and shows
// a date as dd-mm-jjjj: form-js takes the order of day and month from the browser's language (an English browser
// would read a typed 05-03-2026 as 3 May), so each date field's flatpickr gets the Dutch order before anyone types.

const KALENDER = {
  weekdays: {
    shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
      'november', 'december']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' t/m ',
  weekAbbreviation: 'wk',
  scrollTitle: 'Scroll om te wijzigen',
  toggleTitle: 'Klik om te wisselen',
  yearAriaLabel: 'Jaar',
  monthAriaLabel: 'Maand',
  hourAriaLabel: 'Uur',
  minuteAriaLabel: 'Minuut',
  time_24hr: true,
  ordinal: () => 'e'
};

// form-js's validation messages (its Validator writes them in English) and their Dutch
export const MELDINGEN = [
  [/^Field is required\.$/, () => 'Dit veld is verplicht.'],
  [/^Field must match pattern (.*)\.$/, (m) => 'Vul dit veld in volgens het patroon ' + m[1] + '.'],
  [/^Field must have minimum value of (.*)\.$/, (m) => 'De waarde moet minstens ' + m[1] + ' zijn.'],
  [/^Field must have maximum value of (.*)\.$/, (m) => 'De waarde mag hoogstens ' + m[1] + ' zijn.'],
  [/^Field must have minimum length of (.*)\.$/, (m) => 'Vul minstens ' + m[1] + ' tekens in.'],
  [/^Field must have maximum length of (.*)\.$/, (m) => 'Vul hoogstens ' + m[1] + ' tekens in.'],
  [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid\s+international phone number\..*$/,
    () => 'Vul een geldig internationaal telefoonnummer in (bijvoorbeeld +31201234567).'],
  [/^Time must match pattern hh:mm.*$/, () => 'Vul de tijd in als uu:mm.']
];

// other texts form-js shows in a form: the empty choice of a list, search boxes, the number buttons
const TEKSTEN = { Select: 'Kies…', Search: 'Zoeken', 'No results': 'Geen resultaten' };
const LABELS = { Increment: 'Verhogen', Decrement: 'Verlagen', 'Previous page': 'Vorige pagina', 'Next page': 'Volgende pagina' };

// the order flatpickr (inside form-js) uses to read a typed date and to show a chosen one; flatpickr reads any
// separator in its place, so 05-03-2026, 05/03/2026 and 05.03.2026 are all 5 March 2026
export const DATUMVORM = 'd-m-Y';
const DATUM_PLACEHOLDER = 'dd-mm-jjjj';

// form-js creates the flatpickr of a date field on the input itself (input._flatpickr) after drawing it; give each
// one the Dutch order once. flatpickr's set() redraws and writes a chosen date again in the new order.
export function datumveldNederlands(invoer) {
  const kalender = invoer._flatpickr;
  if (kalender && kalender.config && kalender.config.dateFormat !== DATUMVORM) {
    kalender.set('dateFormat', DATUMVORM);
  }
  if (invoer.getAttribute('placeholder') !== DATUM_PLACEHOLDER) invoer.setAttribute('placeholder', DATUM_PLACEHOLDER);
}

export function vertaalMelding(tekst) {
  for (const [patroon, nl] of MELDINGEN) {
    const m = patroon.exec(tekst.trim());
    if (m) return nl(m);
  }
  return null;
}

// Changes the text in the text node form-js (Preact) drew, never the node itself: Preact keeps that node and writes
// the next text into it (a chosen option, another message); a replaced node would keep showing the old text.
function vervang(element, nieuw) {
  if (nieuw === null) return;
  const tekst = Array.from(element.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim() !== '');
  if (tekst && tekst.data !== nieuw) tekst.data = nieuw;
}

function vertaal(wortel) {
  wortel.querySelectorAll('.fjs-form-field-error li').forEach((li) => vervang(li, vertaalMelding(li.textContent)));
  wortel.querySelectorAll('.fjs-select-placeholder, .fjs-dropdownlist-empty')
    .forEach((e) => vervang(e, TEKSTEN[e.textContent.trim()] || null));
  wortel.querySelectorAll('.fjs-form input[placeholder]').forEach((invoer) => {
    const nl = TEKSTEN[invoer.getAttribute('placeholder')];
    if (nl) invoer.setAttribute('placeholder', nl);
  });
  wortel.querySelectorAll('.fjs-form .fjs-datetime-subsection input.fjs-input').forEach((invoer) => {
    if (invoer._flatpickr) datumveldNederlands(invoer);
  });
  wortel.querySelectorAll('.fjs-form [aria-label]').forEach((e) => {
    const nl = LABELS[e.getAttribute('aria-label')];
    if (nl) e.setAttribute('aria-label', nl);
  });
}

function kalenderInHetNederlands() {
  if (window.flatpickr && typeof window.flatpickr.localize === 'function') {
    window.flatpickr.localize(KALENDER);
    return true;
  }
  return false;
}

// flatpickr is part of Tasklist's libraries; set the Dutch calendar before the first date field opens
if (!kalenderInHetNederlands()) {
  const wachten = setInterval(() => { if (kalenderInHetNederlands()) clearInterval(wachten); }, 100);
  setTimeout(() => clearInterval(wachten), 30000);
}

let gepland = false;
new MutationObserver(() => {
  if (gepland) return;
  gepland = true;
  // once per batch of changes, after form-js has drawn them
  requestAnimationFrame(() => { gepland = false; vertaal(document); });
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder', 'aria-label']
});
vertaal(document);

export default [];
