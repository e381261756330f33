/*
 * PlanFlow override of Camunda Cockpit's scripts/config.js. The application's copy under
 * src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/ comes first on the
 * classpath and replaces the webjar's file of the same path, so every setting the webjar's
 * file sets must be repeated here.
 */

/*
 * The "It is time to migrate to Camunda 8" banner (div.ce-eol-banner in the shared header
 * widget) is shown when $scope.isCommunityEdition, which the 7.24 bundle hard-codes to true;
 * there is no configuration switch for it, so it is hidden with a style rule.
 */
(function hideCamunda8Banner(doc) {
  if (!doc || doc.getElementById('planflow-hide-ce-eol-banner')) {
    return;
  }
  var style = doc.createElement('style');
  style.id = 'planflow-hide-ce-eol-banner';
  style.textContent = '.ce-eol-banner { display: none !important; }';
  (doc.head || doc.documentElement).appendChild(style);
})(typeof document === 'undefined' ? null : document);

export default {
  // Header and browser title show '<vendor> <name>'; the login page shows the name.
  app: {
    name: 'Giám sát',
    vendor: 'PlanFlow'
  },

  // Vietnamese and English; any key missing from locales/vi.json is shown from locales/en.json.
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },

  // Loads /camunda/lib/planflow-locale.js (an AMD module) before the app starts and adds its
  // AngularJS module to the app: it makes 'vi' the default language even for a browser that
  // asks for English (?lang=en switches, ?lang=vi switches back) and keeps dates in that language.
  // planflow-brand.js writes PlanFlow on the login page (the logos: styles/user-styles.css).
  requireJsConfig: {
    deps: ['planflow-locale', 'planflow-brand'],
    ngDeps: ['planflow.locale', 'planflow.brand'],
    paths: {
      'planflow-locale': '../../lib/planflow-locale',
      'planflow-brand': '../../lib/planflow-brand'
    }
  }
};
