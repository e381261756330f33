/*
 * PlanFlow: Camunda Forms (form-js, inside Tasklist) in Vietnamese.
 *
 * form-js 1.x in the 7.24 webjar (lib/deps.js) writes its validation messages and a few labels in
 * English and has no translation hook. Every text form-js renders is watched (MutationObserver on
 * .fjs-container) and the known English texts are rewritten as they appear; form-js's own later
 * changes come through the same observer. Texts covered (from deps.js):
 *   validation: "Field is required.", "Field must match pattern {p}.", "Field must have minimum|maximum
 *   value of {n}.", "Field must have minimum|maximum length of {n}.", "Field must be a valid email.",
 *   "Field must be a valid  international phone number. (e.g. +4930664040900)", "Value is not a
 *   number.", "Value is expected to be an integer.", "Value is expected to have at most {n} decimal
 *   digit(s).", "Please select a valid value, the two nearest valid values are {a} and {b}.",
 *   "Date and time must both be entered.", "Date and time must match pattern yyyy-MM-ddTHH:mm:ss[time zone]";
 *   labels: "Select", "Search", "No results", "All values selected", "Nothing to show.", "Add new",
 *   "Collapse", "Expand all ({n})", "Skip to search", the table's "{i} of {n}";
 *   aria-labels: "Remove tag", "Remove list item {n}", "Increment", "Decrement", "Previous page", "Next page".
 *
 * Dates: form-js takes the date picker's format from new Intl.DateTimeFormat('default'), i.e. the
 * browser's language (mm/dd/yyyy in an English browser). In Vietnamese that one call gets vi-VN with
 * two-digit day and month, so the picker shows and reads dd/mm/yyyy; flatpickr (form-js's calendar,
 * window.flatpickr) gets Vietnamese month and day names with weeks starting on Monday.
 */
define(['planflow-locale'], function (planflowLocale) {
  'use strict';

  if (!planflowLocale || planflowLocale.locale !== 'vi') {
    return {};
  }

  var EXACT = {
    'Field is required.': 'Đây là trường bắt buộc.',
    'Field must be a valid email.': 'Địa chỉ thư điện tử không hợp lệ.',
    'Field must be a valid  international phone number. (e.g. +4930664040900)':
      'Số điện thoại phải viết theo dạng quốc tế (ví dụ: +84912345678).',
    'Value is not a number.': 'Giá trị không phải là số.',
    'Value is expected to be an integer.': 'Giá trị phải là số nguyên.',
    'Date and time must both be entered.': 'Cần nhập cả ngày và giờ.',
    'Date and time must match pattern yyyy-MM-ddTHH:mm:ss[time zone]':
      'Ngày giờ phải theo dạng yyyy-MM-ddTHH:mm:ss[múi giờ].',
    'Select': 'Chọn',
    'Search': 'Tìm kiếm',
    'No results': 'Không có kết quả',
    'All values selected': 'Đã chọn tất cả',
    'Nothing to show.': 'Không có dữ liệu.',
    'Add new': 'Thêm mới',
    'Collapse': 'Thu gọn',
    'Skip to search': 'Chuyển tới ô tìm kiếm',
    'Remove tag': 'Bỏ mục đã chọn',
    'Increment': 'Tăng',
    'Decrement': 'Giảm',
    'Previous page': 'Trang trước',
    'Next page': 'Trang sau'
  };

  var PATTERNS = [
    [/^Field must match pattern (.+)\.$/, 'Giá trị phải khớp mẫu $1.'],
    [/^Field must have minimum value of (.+)\.$/, 'Giá trị nhỏ nhất được phép là $1.'],
    [/^Field must have maximum value of (.+)\.$/, 'Giá trị lớn nhất được phép là $1.'],
    [/^Field must have minimum length of (\d+)\.$/, 'Cần nhập ít nhất $1 ký tự.'],
    [/^Field must have maximum length of (\d+)\.$/, 'Chỉ được nhập tối đa $1 ký tự.'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Giá trị chỉ được có tối đa $1 chữ số thập phân.'],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
      'Hãy chọn giá trị hợp lệ; hai giá trị hợp lệ gần nhất là $1 và $2.'],
    [/^Expand all \((\d+)\)$/, 'Mở rộng tất cả ($1)'],
    [/^Remove list item (\d+)$/, 'Xóa mục $1']
  ];

  function vietnamese(text) {
    var trimmed = text.trim();
    if (!trimmed) {
      return null;
    }
    var found = EXACT[trimmed];
    for (var i = 0; !found && i < PATTERNS.length; i++) {
      if (PATTERNS[i][0].test(trimmed)) {
        found = trimmed.replace(PATTERNS[i][0], PATTERNS[i][1]);
      }
    }
    return found ? text.replace(trimmed, found) : null;
  }

  function inForm(node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    return !!(element && element.closest && element.closest('.fjs-container'));
  }

  function fixText(node) {
    if (node.parentElement && node.parentElement.classList.contains('fjs-table-nav-label') && node.nodeValue === ' of ') {
      node.nodeValue = ' / ';
      return;
    }
    var text = vietnamese(node.nodeValue || '');
    if (text !== null && text !== node.nodeValue) {
      node.nodeValue = text;
    }
  }

  function fixAttributes(element) {
    ['placeholder', 'aria-label', 'title'].forEach(function (name) {
      var value = element.getAttribute(name);
      var text = value && vietnamese(value);
      if (text && text !== value) {
        element.setAttribute(name, text);
      }
    });
  }

  function fixTree(root) {
    if (root.nodeType === 3) {
      fixText(root);
      return;
    }
    if (root.nodeType !== 1) {
      return;
    }
    fixAttributes(root);
    root.querySelectorAll('[placeholder], [aria-label], [title]').forEach(fixAttributes);
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      fixText(node);
    }
  }

  var FLATPICKR_VI = {
    weekdays: {
      shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
      longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
    },
    months: {
      shorthand: ['Thg 1', 'Thg 2', 'Thg 3', 'Thg 4', 'Thg 5', 'Thg 6', 'Thg 7', 'Thg 8', 'Thg 9', 'Thg 10',
        'Thg 11', 'Thg 12'],
      longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8',
        'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' đến ',
    weekAbbreviation: 'Tuần',
    scrollTitle: 'Cuộn để tăng giảm',
    toggleTitle: 'Bấm để đổi',
    yearAriaLabel: 'Năm',
    monthAriaLabel: 'Tháng',
    hourAriaLabel: 'Giờ',
    minuteAriaLabel: 'Phút',
    time_24hr: true
  };
  var calendarLocalized = false;

  function localizeCalendar() {
    if (!calendarLocalized && window.flatpickr && typeof window.flatpickr.localize === 'function') {
      window.flatpickr.localize(FLATPICKR_VI);
      calendarLocalized = true;
    }
  }

  // Only form-js asks for the 'default' locale without options (see the header comment).
  var NativeDateTimeFormat = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    if (locales === 'default' && options === undefined) {
      return new NativeDateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
    }
    return new NativeDateTimeFormat(locales, options);
  }
  DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat = DateTimeFormat;

  function added(node) {
    if (inForm(node)) {
      fixTree(node);
    } else if (node.nodeType === 1) {
      node.querySelectorAll('.fjs-container').forEach(fixTree);
    }
  }

  new MutationObserver(function (records) {
    localizeCalendar();
    records.forEach(function (record) {
      if (record.type === 'childList') {
        record.addedNodes.forEach(added);
      } else if (inForm(record.target)) {
        if (record.type === 'characterData') {
          fixText(record.target);
        } else {
          fixAttributes(record.target);
        }
      }
    });
  }).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true,
    attributes: true, attributeFilter: ['placeholder', 'aria-label', 'title']
  });

  return { vietnamese: vietnamese };
});
