/*
 * PlanFlow: Tasklist lists tasks soonest due first for a person who has not chosen a sorting.
 *
 * Tasklist 7.24 keeps the sorting only in the address (?sorting=[{"sortBy":..,"sortOrder":..}]); it
 * stores none in localStorage, and without the parameter its task list query and its sort menu both
 * fall back to "created", newest first (CREATION_DATE, "Ngày tạo"). Before the task list route
 * starts, this module puts the person's last own choice into the address, or "Hạn xử lý" ascending
 * when there is none. The choice is remembered per browser in localStorage 'planflow.tasklist.sorting'
 * every time the task list shows with a sorting, so a change in the sort menu is never overridden.
 */
define(['angular'], function (angular) {
  'use strict';

  var STORAGE_KEY = 'planflow.tasklist.sorting';
  var DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

  function valid(sorting) {
    try {
      var parsed = JSON.parse(sorting);
      return Array.isArray(parsed) && parsed.length > 0 && parsed.every(function (s) {
        return s && typeof s.sortBy === 'string' && (s.sortOrder === 'asc' || s.sortOrder === 'desc');
      });
    } catch (e) {
      return false;
    }
  }

  function remembered() {
    try {
      var stored = window.localStorage.getItem(STORAGE_KEY);
      return valid(stored) ? stored : null;
    } catch (e) {
      return null; // storage unavailable: the default
    }
  }

  function remember(sorting) {
    try {
      window.localStorage.setItem(STORAGE_KEY, sorting);
    } catch (e) {
      // storage unavailable: the choice lasts as long as the address
    }
  }

  angular.module('planflow.sorting', []).run(['$rootScope', '$location', function ($rootScope, $location) {
    function onTaskList() {
      return $location.path() === '/' || $location.path() === '';
    }

    $rootScope.$on('$routeChangeStart', function () {
      if (onTaskList() && !valid($location.search().sorting)) {
        $location.search('sorting', remembered() || DUE_DATE_FIRST).replace();
      }
    });

    $rootScope.$on('$locationChangeSuccess', function () {
      var sorting = $location.search().sorting;
      if (onTaskList() && valid(sorting)) {
        remember(sorting);
      }
    });
  }]);

  return { storageKey: STORAGE_KEY };
});
