// ZSM huiselijk geweld: Dutch for everyone (locales/nl.json is ours), dates as people at the ZSM table write them,
// and the deadline board "Termijnbewaking" (scripts/termijnbewaking.js).
export default {
  app: { name: 'Cockpit', vendor: 'ZSM' },
  locales: { availableLocales: ['nl'], fallbackLocale: 'nl' },
  dateFormat: { normal: 'DD-MM-YYYY HH:mm', long: 'dddd D MMMM YYYY HH:mm' },
  disableWelcomeMessage: true,
  customScripts: ['../tasklist/scripts/inloggen-zonder-enginelijst.js', 'scripts/termijnbewaking.js']
};
