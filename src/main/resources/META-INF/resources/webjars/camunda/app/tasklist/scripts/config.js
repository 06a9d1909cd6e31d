// ZSM huiselijk geweld: Dutch for everyone (locales/nl.json is ours), dates as people at the ZSM table write them,
// the zaaknummer shown after starting a case (scripts/zaaknummer-na-start.js) found with one search (scripts/zaaknummer-zoeken.js); lists sorted by deadline (scripts/termijn-eerst.js).
// form-js's own messages and the date picker in Dutch (scripts/formulieren-nl.js).
export default {
  app: { name: 'Tasklist', vendor: 'ZSM' },
  locales: { availableLocales: ['nl'], fallbackLocale: 'nl' },
  dateFormat: { normal: 'DD-MM-YYYY HH:mm', long: 'dddd D MMMM YYYY HH:mm' },
  disableWelcomeMessage: true,
  customScripts: ['scripts/inloggen-zonder-enginelijst.js', 'scripts/zaaknummer-na-start.js', 'scripts/zaaknummer-zoeken.js', 'scripts/termijn-eerst.js', 'scripts/formulieren-nl.js'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claimt de gekozen taak' },
    focusFilter: { key: 'ctrl+shift+f', description: 'naar het eerste filter' },
    focusList: { key: 'ctrl+alt+l', description: 'naar de eerste taak in de lijst' },
    focusForm: { key: 'ctrl+alt+f', description: 'naar het eerste veld van het formulier' },
    startProcess: { key: 'ctrl+alt+p', description: 'opent het venster om een zaak te starten' }
  }
};
