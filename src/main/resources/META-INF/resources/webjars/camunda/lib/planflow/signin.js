// The dashboard's own sign-in. It opens the same session as Tasklist's login page, through the same
// Camunda endpoint (so Tasklist, the dashboard and the document links all know the person), and then
// shows the page the person asked for (?next=/dashboard/...).
//
// Camunda's CSRF filter wants every POST to carry the session's token in the X-XSRF-TOKEN header. A
// GET through the filter gives the session its token: in the response's X-XSRF-TOKEN header when the
// token is new, otherwise it is in the XSRF-TOKEN cookie, whose path (/camunda) covers this page.
// A POST with a wrong token ends the session; the next GET then starts a new one with a new token.
(function () {
  'use strict';

  var AUTH = '/camunda/api/admin/auth/user/default';
  var LOGIN = AUTH + '/login/tasklist';
  var next = safeNext(new URLSearchParams(window.location.search).get('next'));

  function $(id) { return document.getElementById(id); }

  /** Only a page of the dashboard on this server: never another site (no open redirect). */
  function safeNext(value) {
    var ok = typeof value === 'string' && /^\/dashboard(\/[^\\]*)?$/.test(value)
      && value.indexOf('//') < 0 && value.indexOf('..') < 0 && !/[\u0000-\u001f]/.test(value);
    return ok ? value : '/dashboard/';
  }

  function cookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }

  /** Resolves to {token, fresh, user}: fresh when the filter had to start a new token (a new session). */
  function session() {
    return fetch(AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (res) {
      var header = res.headers.get('X-XSRF-TOKEN');
      var user = res.ok ? res.json().catch(function () { return null; }) : Promise.resolve(null);
      return user.then(function (u) {
        return { token: header || cookie('XSRF-TOKEN'), fresh: !!header, user: u && u.userId };
      });
    });
  }

  function login(token, username, password) {
    return fetch(LOGIN, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': token || '', 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ username: username, password: password }).toString()
    });
  }

  function showError(message) {
    $('error').textContent = message;
    $('error').hidden = false;
    document.body.dataset.state = 'error';
  }

  function busy(on) {
    $('signin').disabled = on;
    $('signin').textContent = on ? 'Đang đăng nhập…' : 'Đăng nhập';
  }

  // After a wrong password Camunda refuses that account for a while (3 s, then twice as long after
  // each further failure, at most 60 s, by the engine's default settings): the button waits as long,
  // so a correct password typed at once is not refused as if it were wrong.
  var failures = 0;
  var waitingUntil = 0;

  function waitAfterFailure() {
    failures++;
    waitingUntil = Date.now() + Math.min(60, 3 * Math.pow(2, failures - 1)) * 1000;
    (function tick() {
      var left = Math.ceil((waitingUntil - Date.now()) / 1000);
      if (left > 0) {
        $('signin').disabled = true;
        $('signin').textContent = 'Thử lại sau ' + left + ' giây';
        window.setTimeout(tick, 250);
      } else {
        busy(false);
      }
    })();
  }

  function answer(res, retry) {
    if (res.ok) {
      document.body.dataset.state = 'signed-in';
      window.location.replace(next);
      return null;
    }
    if (res.status === 401) {
      showError('Tên đăng nhập hoặc mật khẩu không đúng. Hãy nhập lại; sau mỗi lần nhập sai, '
        + 'hệ thống chờ vài giây mới nhận lần đăng nhập tiếp theo.');
      $('password').value = '';
      $('password').focus();
      waitAfterFailure();
      return null;
    }
    if (res.status === 403) {
      // Refused by the CSRF filter (it ended the session: the next GET starts a fresh token) or by
      // Camunda because the account may not use Tasklist (the session lives on).
      return session().then(function (s) {
        if (s.fresh && retry) {
          return retry(s.token);
        }
        showError('Tài khoản này chưa được cấp quyền dùng ứng dụng Công việc (Tasklist). '
          + 'Hãy liên hệ người quản trị hệ thống.');
        return null;
      });
    }
    showError('Không đăng nhập được (mã lỗi ' + res.status + '). Hãy thử lại sau ít phút.');
    return null;
  }

  $('signin-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var username = $('username').value.trim();
    var password = $('password').value;
    $('error').hidden = true;
    if (!username || !password) {
      showError('Hãy nhập tên đăng nhập và mật khẩu.');
      return;
    }
    busy(true);
    session()
      .then(function (s) { return login(s.token, username, password); })
      .then(function (res) {
        return answer(res, function (token) {
          return login(token, username, password).then(function (again) { return answer(again, null); });
        });
      })
      .catch(function () { showError('Mất kết nối tới máy chủ. Hãy kiểm tra mạng rồi thử lại.'); })
      .then(function () {
        if (Date.now() >= waitingUntil) {
          busy(false);
        }
      });
  });

  // Someone already signed in (e.g. in Tasklist) may go straight on, or sign in as someone else.
  session().then(function (s) {
    if (s.user) {
      $('signed-in-user').textContent = s.user;
      $('continue').href = next;
      $('signed-in').hidden = false;
    }
    document.body.dataset.ready = 'true';
  }).catch(function () { document.body.dataset.ready = 'true'; });
})();
