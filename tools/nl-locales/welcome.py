L = {
"ADMIN":"Beheer","APPLICATIONS":"Toepassingen","CHANGES_SAVED":"Wijzigingen opgeslagen","CHANGE_PASSWORD":"Wachtwoord wijzigen","CHANGE_YOUR_PASSWORD":"Wijzig je wachtwoord",
"COCKPIT":"Cockpit","CONFIRM_NEW_PASSWORD":"Nieuw wachtwoord herhalen","CURRENT_PASSWORD":"Huidig wachtwoord","DOCUMENTATION":"Documentatie",
"DOCUMENTATION_DESCRIPTION":"Handleiding van de webapplicaties (Engels)","EDIT_PROFILE":"Profiel wijzigen","EDIT_YOUR_PROFILE":"Wijzig je profiel","EMAIL":"E-mail",
"ERROR_WHILE_CHANGING_PASSWORD":"Er ging iets mis bij het wijzigen van het wachtwoord","ERROR_WHILE_SAVING":"Er ging iets mis bij het opslaan",
"FIRST_NAME":"Voornaam","LAST_NAME":"Achternaam","LINKS":"Handige links","NEW_PASSWORD":"Nieuw wachtwoord","PASSWORD_CHANGED":"Wachtwoord gewijzigd",
"PASSWORD_NOT_MATCHING":"Het nieuwe wachtwoord en de herhaling zijn niet gelijk.","PASSWORD_POLICY_DIGIT":"{{minDigit}} cijfers","PASSWORD_POLICY_LENGTH":"{{minLength}} tekens",
"PASSWORD_POLICY_LOWERCASE":"{{minLowerCase}} kleine letters","PASSWORD_POLICY_SPECIAL":"{{minSpecial}} speciale tekens",
"PASSWORD_POLICY_TOOLTIP":"Je wachtwoord moet voldoen aan:","PASSWORD_POLICY_TOOLTIP_ERROR":"Er ging iets mis bij het controleren van het wachtwoord.",
"PASSWORD_POLICY_TOOLTIP_PARTIAL":"Je wachtwoord voldoet nog niet aan:","PASSWORD_POLICY_UPPERCASE":"{{minUpperCase}} hoofdletters",
"PASSWORD_POLICY_USER_DATA":"Het mag geen gegevens van jezelf bevatten","PROFILE":"Profiel","TASKLIST":"Tasklist","UPDATE":"Bijwerken","USERNAME":"Gebruikersnaam",
"USERNAME_FOR_AUTHENTICATION":"Gebruikersnaam om in te loggen: {{username}}",
}
