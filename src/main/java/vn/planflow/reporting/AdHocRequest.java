package vn.planflow.reporting;

import java.time.LocalDate;
import vn.planflow.document.DocumentFormats;
import vn.planflow.support.ValidationException;

/**
 * A leader's ad hoc request: what it is about, the data window and the date his unit must have
 * the summary by. The levels below get earlier due dates exactly as in a periodic round.
 */
public record AdHocRequest(String title, LocalDate windowStart, LocalDate windowEnd, LocalDate dueDate) {

    ReportingPeriod period(String key, LocalDate today) {
        if (title != null && title.length() > 300) {
            throw new ValidationException("title", "Nội dung yêu cầu dài quá 300 ký tự");
        }
        if (windowStart == null || windowEnd == null) {
            throw new ValidationException(windowStart == null ? "windowStart" : "windowEnd",
                    "Chưa nhập khoảng thời gian lấy số liệu");
        }
        if (windowEnd.isBefore(windowStart)) {
            throw new ValidationException("windowEnd", "Ngày chốt số liệu phải sau ngày bắt đầu lấy số liệu");
        }
        if (dueDate == null || !dueDate.isAfter(today) || !dueDate.isAfter(windowEnd)) {
            throw new ValidationException("dueDate", "Hạn báo cáo phải sau hôm nay và sau ngày chốt số liệu");
        }
        return new ReportingPeriod(PeriodKind.AD_HOC, key, "đột xuất (yêu cầu ngày " + DocumentFormats.shortDate(today)
                + ")", windowStart, windowEnd, dueDate);
    }

    void checkReachable(LocalDate earliestTopDue, LocalDate requested) {
        if (earliestTopDue.isAfter(requested)) {
            throw new ValidationException("dueDate", "Hạn " + DocumentFormats.shortDate(requested)
                    + " quá gần: để các cấp kịp nộp và tổng hợp, hạn sớm nhất là "
                    + DocumentFormats.shortDate(earliestTopDue));
        }
    }

    String note() {
        return title == null || title.isBlank() ? null : title.strip();
    }
}
