// ZSM huiselijk geweld: Dutch for everyone (locales/nl.json is ours), dates as people at the ZSM table write them.
export default {
  app: { name: 'Welkom', vendor: 'ZSM' },
  locales: { availableLocales: ['nl'], fallbackLocale: 'nl' },
  dateFormat: { normal: 'DD-MM-YYYY HH:mm', long: 'dddd D MMMM YYYY HH:mm' },
  disableWelcomeMessage: true,
  // log in without reading the list of engines first (it needs a login)
  customScripts: ['../tasklist/scripts/inloggen-zonder-enginelijst.js']
};
