/*
 * PlanFlow: the language of Camunda's webapps (Tasklist, Cockpit, Admin, Welcome).
 *
 * Loaded by each app's scripts/config.js through the documented requireJsConfig switch
 * (deps: ['planflow-locale'], ngDeps: ['planflow.locale']): the app then adds the AngularJS
 * module below to its "cam.<app>.custom" module before it bootstraps.
 *
 * 1. Vietnamese by default. Camunda 7.24 has no default-locale setting: it picks the browser's
 *    first language when that is one of locales.availableLocales and otherwise
 *    locales.fallbackLocale (determinePreferredLanguage in the app bundle), so a browser asking
 *    for English would get English. This config block runs after the app's own and sets the
 *    preferred language to 'vi' - or to 'en' after the user opened any app once with ?lang=en
 *    (remembered in localStorage 'planflow.locale'; ?lang=vi switches back). Keys missing from
 *    vi.json still come from the fallback locale 'en', never as raw keys.
 *
 * 2. Dates in the same language. The app's localeLoader hands every loaded locale file's
 *    dateLocales to moment, and moment makes the locale defined last the global one. The
 *    fallback file en.json is loaded next to vi.json, so relative dates ("in 8 days") and month
 *    names flipped to English whenever en.json arrived last (always, once both are cached).
 *    Only the chosen language's file may set moment's locale.
 *
 * 3. The header's app menu (the house icon) lists the other apps with English labels that the
 *    header widget hard-codes ("Admin", "Cockpit", "Tasklist", "Welcome") instead of taking them
 *    from the locale files; in Vietnamese they get the names the apps have in PlanFlow.
 *
 * 4. Tasklist's filter dialog uses its English criterion names, group names and hints as
 *    translation keys ("Candidate Group", "Dates", ...) that no locale file contains; they are
 *    added to the Vietnamese table when vi.json is loaded (vi.json itself keeps exactly the keys
 *    of the shipped en.json).
 *
 * 5. The date pickers (due date, follow-up date) take month and day names from AngularJS's
 *    $locale, which the bundle ships as en-us only; in Vietnamese they get Vietnamese names and
 *    weeks starting on Monday, as in the locale files' dateLocales.
 */
define(['angular'], function (angular) {
  'use strict';

  var STORAGE_KEY = 'planflow.locale';
  var SUPPORTED = ['vi', 'en'];
  var DEFAULT_LOCALE = 'vi';

  function chosenLocale() {
    var chosen = null;
    try {
      var match = /[?&]lang=([A-Za-z]+)/.exec(window.location.search || '');
      if (match && SUPPORTED.indexOf(match[1].toLowerCase()) > -1) {
        chosen = match[1].toLowerCase();
        window.localStorage.setItem(STORAGE_KEY, chosen);
      } else {
        chosen = window.localStorage.getItem(STORAGE_KEY);
      }
    } catch (e) {
      chosen = null; // storage unavailable: use the default
    }
    return SUPPORTED.indexOf(chosen) > -1 ? chosen : DEFAULT_LOCALE;
  }

  var locale = chosenLocale();

  // The names of the apps as the header and the Welcome page show them in Vietnamese.
  var APP_LABELS_VI = {welcome: 'Trang chủ', admin: 'Quản trị', cockpit: 'Giám sát', tasklist: 'Công việc'};

  // Tasklist filter dialog: criterion, group and hint texts that are their own translation keys.
  var EXTRA_LABELS_VI = {
    'Process Instance': 'Hồ sơ quy trình',
    'Process definition': 'Định nghĩa quy trình',
    'Case Instance': 'Hồ sơ vụ việc',
    'Case definition': 'Định nghĩa vụ việc',
    'Task': 'Công việc',
    'User / Group': 'Người dùng / Nhóm',
    'Dates': 'Ngày',
    'Other': 'Khác',
    'ID': 'Mã',
    'Active': 'Đang hoạt động',
    'Activity Instance ID In': 'Mã lượt hoạt động thuộc',
    'Assigned': 'Đã giao',
    'Unassigned': 'Chưa giao',
    'Assignee': 'Người được giao',
    'Assignee in': 'Người được giao thuộc',
    'Assignee Like': 'Người được giao giống',
    'Owner': 'Chủ sở hữu',
    'Candidate Group': 'Nhóm xử lý',
    'Candidate Groups': 'Các nhóm xử lý',
    'Candidate User': 'Người xử lý dự kiến',
    'Involved User': 'Người dùng liên quan',
    'Delegation State': 'Trạng thái ủy quyền',
    'Business Key': 'Khóa nghiệp vụ',
    'Business Key Like': 'Khóa nghiệp vụ giống',
    'Key': 'Khóa',
    'Key In': 'Khóa thuộc',
    'Definition Key': 'Khóa định nghĩa',
    'Definition Key In': 'Khóa định nghĩa thuộc',
    'Definition Key Like': 'Khóa định nghĩa giống',
    'Name': 'Tên',
    'Name Like': 'Tên giống',
    'Description': 'Mô tả',
    'Description Like': 'Mô tả giống',
    'Execution ID': 'Mã lượt thực thi',
    'Priority': 'Độ ưu tiên',
    'Priority Max': 'Độ ưu tiên tối đa',
    'Priority Min': 'Độ ưu tiên tối thiểu',
    'Created After': 'Tạo sau',
    'Created Before': 'Tạo trước',
    'Due After': 'Hạn xử lý sau',
    'Due Before': 'Hạn xử lý trước',
    'Without Due Date': 'Không có hạn xử lý',
    'Follow Up After': 'Ngày theo dõi sau',
    'Follow Up Before': 'Ngày theo dõi trước',
    'Follow Up Before or Not Existent': 'Ngày theo dõi trước hoặc chưa đặt',
    'Tenant ID In': 'Mã đơn vị thuê thuộc',
    'Without Tenant ID': 'Không có mã đơn vị thuê',
    'E.g.: `${ now() }`, `${ dateTime() }` or `${ dateTime().plusWeeks(2) }`':
      'Ví dụ: `${ now() }`, `${ dateTime() }` hoặc `${ dateTime().plusWeeks(2) }`',
    'E.g.: `${ currentUser() }`': 'Ví dụ: `${ currentUser() }`',
    'List of values seperated by comma. E.g.: `keyC, keyA, keyB`':
      'Danh sách giá trị phân tách bằng dấu phẩy. Ví dụ: `keyC, keyA, keyB`'
  };

  // AngularJS $locale.DATETIME_FORMATS names (FIRSTDAYOFWEEK 0 is Monday).
  var DATETIME_NAMES_VI = {
    MONTH: ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6',
      'tháng 7', 'tháng 8', 'tháng 9', 'tháng 10', 'tháng 11', 'tháng 12'],
    SHORTMONTH: ['thg 1', 'thg 2', 'thg 3', 'thg 4', 'thg 5', 'thg 6',
      'thg 7', 'thg 8', 'thg 9', 'thg 10', 'thg 11', 'thg 12'],
    STANDALONEMONTH: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
      'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
    DAY: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
    SHORTDAY: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    FIRSTDAYOFWEEK: 0
  };

  function relabelAppMenu($scope) {
    $scope.$watch('apps', function (apps) {
      angular.forEach(apps, function (app, name) {
        if (app && APP_LABELS_VI[name]) {
          app.label = APP_LABELS_VI[name];
        }
      });
    });
  }

  angular
    .module('planflow.locale', ['pascalprecht.translate'])
    .config([
      '$translateProvider',
      function ($translateProvider) {
        $translateProvider.preferredLanguage(locale);
      }
    ])
    .config([
      '$provide',
      function ($provide) {
        $provide.decorator('localeLoader', [
          '$delegate',
          function (loadLocale) {
            return function (options) {
              if (options && options.key !== locale && typeof options.callback === 'function') {
                options = angular.extend({}, options, {callback: null});
              }
              var labels = loadLocale(options);
              if (options && options.key === 'vi') {
                labels = labels.then(function (table) {
                  return angular.extend({}, EXTRA_LABELS_VI, table);
                });
              }
              return labels;
            };
          }
        ]);

        if (locale !== 'vi') {
          return;
        }
        $provide.decorator('$locale', [
          '$delegate',
          function ($locale) {
            angular.extend($locale.DATETIME_FORMATS, DATETIME_NAMES_VI);
            return $locale;
          }
        ]);
        try {
          $provide.decorator('camWidgetHeaderDirective', [
            '$delegate',
            function ($delegate) {
              var directive = $delegate[0];
              var controller = directive && directive.controller;
              if (!angular.isArray(controller)) {
                return $delegate;
              }
              var deps = controller.slice(0, -1);
              var original = controller[controller.length - 1];
              directive.controller = deps.concat([
                '$scope',
                function () {
                  var args = Array.prototype.slice.call(arguments);
                  var $scope = args.pop();
                  var result = original.apply(this, args);
                  relabelAppMenu($scope);
                  return result;
                }
              ]);
              return $delegate;
            }
          ]);
        } catch (e) {
          // a Camunda version without this header widget: its menu keeps its own labels
        }
      }
    ]);

  return {locale: locale};
});
