// The start page: the plans of GET /api/dashboard/plans (the same scope as each plan's dashboard),
// each opening /dashboard/plan.html?plan={id}. Without a session the person is sent to the
// dashboard's own sign-in, which brings them back here.
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  function viDate(iso) { var p = String(iso || '').split('-'); return p.length === 3 ? p[2] + '/' + p[1] + '/' + p[0] : ''; }

  function signIn() {
    window.location.replace('/camunda/lib/planflow/signin.html?next='
      + encodeURIComponent(window.location.pathname + window.location.search));
  }

  function refuse(title, message) {
    $('refusal').hidden = false;
    $('refusal-title').textContent = title;
    $('refusal-message').textContent = message;
    document.body.dataset.ready = 'true';
  }

  function cell(tr, content) {
    var td = document.createElement('td');
    if (typeof content === 'string') { td.textContent = content; } else { td.appendChild(content); }
    tr.appendChild(td);
  }

  function row(plan) {
    var tr = document.createElement('tr');
    tr.dataset.planId = plan.id;
    tr.dataset.search = [plan.code, plan.title, plan.issuingUnitName].join(' ').toLowerCase();
    var link = document.createElement('a');
    link.href = 'plan.html?plan=' + plan.id;
    link.textContent = plan.title;
    cell(tr, plan.code || 'Chưa có số');
    cell(tr, link);
    cell(tr, plan.issuingUnitName);
    cell(tr, plan.statusLabel);
    cell(tr, viDate(plan.issuedOn));
    return tr;
  }

  function narrow() {
    var words = $('plan-filter').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    var rows = $('plan-table').querySelectorAll('tbody tr');
    rows.forEach(function (tr) {
      var match = words.every(function (w) { return tr.dataset.search.indexOf(w) >= 0; });
      tr.hidden = !match;
      shown += match ? 1 : 0;
    });
    $('plan-count').textContent = shown + ' / ' + rows.length + ' kế hoạch';
    $('plan-none-found').hidden = shown > 0 || rows.length === 0;
  }

  function show(plans) {
    var body = $('plan-table').querySelector('tbody');
    plans.forEach(function (p) { body.appendChild(row(p)); });
    $('picker').hidden = false;
    $('plan-empty').hidden = plans.length > 0;
    $('plan-table').hidden = plans.length === 0;
    $('plan-filter').addEventListener('input', narrow);
    narrow();
    document.body.dataset.ready = 'true';
  }

  fetch('/api/dashboard/plans', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (res) {
      if (res.status === 401) { signIn(); return null; }
      return res.json().catch(function () { return {}; }).then(function (body) {
        if (res.ok) { show(body); } else {
          refuse('Không tải được danh sách kế hoạch', body.message || 'Lỗi ' + res.status + '.');
        }
      });
    })
    .catch(function () { refuse('Không tải được danh sách kế hoạch', 'Mất kết nối tới máy chủ. Hãy thử lại.'); });
})();
