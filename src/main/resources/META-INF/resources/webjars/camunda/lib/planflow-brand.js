/*
 * PlanFlow: the name on the login page of Camunda's webapps (Tasklist, Cockpit, Admin, Welcome).
 *
 * Loaded by each app's scripts/config.js like planflow-locale.js (requireJsConfig deps 'planflow-brand',
 * ngDeps 'planflow.brand'). The login page shows Camunda's logo and only the app's name; the logo is
 * replaced by PlanFlow's in planflow/brand.css (imported by each app's styles/user-styles.css), and
 * this directive writes "PlanFlow" above the app's name. It matches the class of the login page's
 * header block, so no Camunda template is copied or changed.
 */
define(['angular'], function (angular) {
  'use strict';

  angular.module('planflow.brand', []).directive('loginHeader', function () {
    return {
      restrict: 'C',
      link: function (scope, element) {
        var header = element[0];
        if (header.querySelector('.planflow-brand')) {
          return;
        }
        var brand = document.createElement('div');
        brand.className = 'planflow-brand';
        brand.textContent = 'PlanFlow';
        header.insertBefore(brand, header.querySelector('.app-name'));
      }
    };
  });

  return {};
});
