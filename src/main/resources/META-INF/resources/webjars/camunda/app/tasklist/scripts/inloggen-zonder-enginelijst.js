// ZSM huiselijk geweld: log in without reading the list of engines first. Camunda's login reads
// /camunda/api/engine/engine/ before it sends the password, only to receive a fresh CSRF token (the XSRF-TOKEN
// cookie that every GET through the webapps' CSRF filter sets when the session has none), and gives up when that
// read is refused. The list of engines needs a login here (issue 11, exposure), so the login first asks the
// webapps' own login state (/camunda/api/admin/auth/user/default: open by design, says only "not logged in"),
// which sets the same token, and reads the list of engines after the login, as Camunda does.
// Used by Tasklist, Cockpit, Beheer and Welkom (their scripts/config.js).
const angular = window.angular;

angular.module('cam.commons.auth').config(['$provide', ($provide) => {
  $provide.decorator('AuthenticationService', ['$delegate', '$http', '$q', '$rootScope', 'Uri',
    (service, $http, $q, $rootScope, Uri) => {
      service.login = (username, password) => {
        const formulier = new URLSearchParams({ username, password }).toString();
        return $http.get(Uri.appUri('admin://auth/user/:engine'))
          .catch(() => null)
          .then(() => $http({
            method: 'POST',
            url: Uri.appUri('admin://auth/user/:engine/login/:appName'),
            data: formulier,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' }
          }))
          .then((antwoord) => {
            if (antwoord.status !== 200) {
              return $q.reject(antwoord);
            }
            const gebruiker = {
              name: antwoord.data.userId,
              authorizedApps: antwoord.data.authorizedApps,
              canAccess(app) {
                return !!this.authorizedApps && this.authorizedApps.indexOf(app) !== -1;
              }
            };
            // the login starts a new session: this read (now allowed) gives it its CSRF token
            return $http.get(Uri.appUri('engine://engine/')).then(() => {
              service.updateAuthentication(gebruiker);
              $rootScope.$broadcast('authentication.login.success', gebruiker);
              return gebruiker;
            });
          })
          .catch((fout) => {
            $rootScope.$broadcast('authentication.login.failure', fout);
            return $q.reject(fout);
          });
      };
      return service;
    }]);
}]);

export default [];
