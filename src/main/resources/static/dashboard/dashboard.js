// Draws the dashboard of one plan from GET /api/dashboard/plans/{id}. The Tasklist session cookie
// authenticates the call; every number drawn in a chart is also written in the table beside it.
(function () {
  'use strict';

  // Colours of the cascade statuses (ChildPlanProgress); unknown ones fall back to grey.
  var STATUS = {
    NOT_STARTED: ['Chưa khởi tạo dự thảo', '#a0aec0'],
    DRAFTING: ['Đang soạn thảo', '#d69e2e'],
    IN_APPROVAL: ['Đang trình duyệt', '#3182ce'],
    ISSUED: ['Đã ban hành', '#38a169'],
    OUTSIDE_SYSTEM: ['Ngoài hệ thống, chờ văn bản', '#805ad5'],
    REJECTED: ['Lãnh đạo không ban hành', '#e53e3e'],
    RECALLED: ['Đã ban hành, sau đó thu hồi', '#dd6b20'],
    CLOSED: ['Đã kết thúc theo dõi', '#4a5568'],
    CANCELLED: ['Đã hủy (kế hoạch cấp trên thu hồi)', '#718096'],
    TRANSFERRED: ['Chuyển sang kế hoạch thay thế', '#319795']
  };
  var LEVEL = { PROVINCE: 'tỉnh', DISTRICT: 'huyện', COMMUNE: 'xã' };
  // Numbers on the bars, but no "0" written on an empty segment.
  var LABEL = { show: true, formatter: function (p) { return p.value ? String(p.value) : ''; } };

  function $(id) { return document.getElementById(id); }

  // 2026-12-22 → 22/12/2026, as dates are written in Vietnamese documents.
  function viDate(iso) { var p = String(iso).split('-'); return p.length === 3 ? p[2] + '/' + p[1] + '/' + p[0] : iso; }

  function color(status) { return (STATUS[status] || [status, '#a0aec0'])[1]; }

  function label(status) { return (STATUS[status] || [status])[0]; }

  function cell(row, text, numeric) {
    var td = document.createElement('td');
    td.textContent = text;
    if (numeric) { td.className = 'n'; }
    row.appendChild(td);
  }

  function row(tbody, values) {
    var tr = document.createElement('tr');
    values.forEach(function (v, i) { cell(tr, String(v), i > 0); });
    tbody.appendChild(tr);
  }

  function refuse(title, message) {
    $('dashboard').hidden = true;
    $('refusal').hidden = false;
    $('refusal-title').textContent = title;
    $('refusal-message').textContent = message;
    document.title = title + ' — Bảng điều hành kế hoạch';
  }

  function chart(id, option) {
    var c = echarts.init($(id));
    c.setOption(Object.assign({ animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 60, containLabel: true } }, option));
    return c;
  }

  function levelName(level, index) {
    var names = (level.unitLevels || []).map(function (l) { return LEVEL[l] || l; });
    return 'Cấp ' + level.depth + (names.length ? ' (' + names.join(', ') + ')' : '');
  }

  function drawCascade(c) {
    $('cascade-summary').textContent = 'Tổng số kế hoạch cấp dưới phải xây dựng: ' + c.total
      + '; đã ban hành: ' + (c.byStatus.ISSUED || 0) + '; trễ hạn: ' + c.late + '.';
    var statuses = [];
    c.levels.forEach(function (l) {
      Object.keys(l.byStatus).forEach(function (s) {
        if (l.byStatus[s] > 0 && statuses.indexOf(s) < 0) { statuses.push(s); }
      });
    });
    var categories = c.levels.map(levelName);
    chart('cascade-chart', {
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: statuses.map(function (s) {
        return { name: label(s), type: 'bar', stack: 'cascade', itemStyle: { color: color(s) },
          label: LABEL, data: c.levels.map(function (l) { return l.byStatus[s] || 0; }) };
      })
    });
    var body = $('cascade-levels').querySelector('tbody');
    c.levels.forEach(function (l, i) {
      var issued = l.byStatus.ISSUED || 0;
      row(body, [categories[i], l.total, issued, l.total - issued, l.late]);
    });
    tree($('cascade-tree'), c.children);
    statuses.forEach(function (s) {
      var b = document.createElement('span');
      b.className = 'badge';
      b.style.background = color(s);
      b.textContent = label(s);
      $('legend').appendChild(b);
    });
  }

  function tree(ul, nodes) {
    nodes.forEach(function (n) {
      var li = document.createElement('li');
      li.dataset.status = n.status;
      var badge = document.createElement('span');
      badge.className = 'badge';
      badge.style.background = color(n.status);
      badge.textContent = n.statusLabel || label(n.status);
      li.appendChild(badge);
      li.appendChild(document.createTextNode(n.unitName + (n.code ? ' — Số ' + n.code : '')
        + (n.dueDate ? ' — hạn ' + viDate(n.dueDate) : '')));
      if (n.late) {
        var late = document.createElement('span');
        late.className = 'late';
        late.textContent = ' (trễ hạn)';
        li.appendChild(late);
      }
      if (n.children && n.children.length) {
        var sub = document.createElement('ul');
        tree(sub, n.children);
        li.appendChild(sub);
      }
      ul.appendChild(li);
    });
  }

  function drawCompliance(rounds) {
    var shown = rounds.filter(function (r) { return !r.cancelled; });
    if (!shown.length) {
      $('compliance-empty').hidden = false;
      $('compliance-chart').hidden = true;
      return;
    }
    var names = shown.map(function (r) { return r.label; });
    function series(name, key, colour) {
      return { name: name, type: 'bar', stack: 'rounds', itemStyle: { color: colour }, label: LABEL,
        data: shown.map(function (r) { return r[key]; }) };
    }
    chart('compliance-chart', {
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', minInterval: 1 },
      series: [series('Đúng hạn', 'onTime', '#38a169'), series('Trễ hạn', 'late', '#dd6b20'),
        series('Chưa nộp', 'missing', '#c53030')]
    });
    var body = $('compliance-table').querySelector('tbody');
    shown.forEach(function (r) { row(body, [r.label, r.onTime, r.late, r.missing]); });
  }

  function drawOverdue(units) {
    if (!units.length) {
      $('overdue-empty').hidden = false;
      $('overdue-chart').hidden = true;
      return;
    }
    chart('overdue-chart', {
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: units.map(function (u) { return u.unitName; }), inverse: true },
      series: [{ name: 'Quá hạn', type: 'bar', itemStyle: { color: '#c53030' }, label: LABEL,
        data: units.map(function (u) { return u.overdue; }) },
        { name: 'Đang thực hiện', type: 'bar', itemStyle: { color: '#3182ce' }, label: LABEL,
          data: units.map(function (u) { return u.open; }) }]
    });
    var body = $('overdue-table').querySelector('tbody');
    units.forEach(function (u) { row(body, [u.unitName, u.overdue, u.open, u.total]); });
  }

  function show(d) {
    $('title').textContent = 'Bảng điều hành: ' + d.title;
    $('subtitle').textContent = d.issuingUnitName + (d.code ? ' — Kế hoạch số ' + d.code : '');
    $('dashboard').hidden = false;
    drawCascade(d.cascade);
    drawCompliance(d.compliance);
    drawOverdue(d.overdue);
    document.body.dataset.ready = 'true';
  }

  var id = new URLSearchParams(window.location.search).get('plan');
  if (!/^[0-9]{1,18}$/.test(id || '')) {
    refuse('Địa chỉ không hợp lệ', 'Thiếu số hiệu kế hoạch: hãy chọn kế hoạch trong danh sách.');
    document.body.dataset.ready = 'true';
    return;
  }
  fetch('/api/dashboard/plans/' + id, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) {
        if (res.ok) {
          show(body);
          return;
        }
        if (res.status === 401) {
          // The session ended while the page was open: sign in again and come back to this plan.
          window.location.replace('/camunda/lib/planflow/signin.html?next='
            + encodeURIComponent(window.location.pathname + window.location.search));
          return;
        }
        if (res.status === 403) {
          refuse('Không có quyền xem kế hoạch này', body.message || 'Kế hoạch không thuộc đơn vị của bạn.');
        } else if (res.status === 404) {
          refuse('Không tìm thấy kế hoạch', body.message || 'Không có kế hoạch số hiệu ' + id + '.');
        } else {
          refuse('Không tải được bảng điều hành', body.message || 'Lỗi ' + res.status + '.');
        }
        document.body.dataset.ready = 'true';
      });
    })
    .catch(function () {
      refuse('Không tải được bảng điều hành', 'Mất kết nối tới máy chủ. Hãy thử lại.');
      document.body.dataset.ready = 'true';
    });
})();
