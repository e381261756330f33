package vn.planflow.reporting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.planflow.document.DocumentFormats;
import vn.planflow.plan.Plan;
import vn.planflow.support.ConflictException;
import vn.planflow.support.ValidationException;

/**
 * What the drafter sends to set up reporting for a plan.
 *
 * @param periods          MONTH, QUARTER, HALF_YEAR, YEAR and/or OWN_DATE
 * @param ownDueDate       "dd/MM" for OWN_DATE, e.g. "01/10" for "trước ngày 01 tháng 10 hằng năm"
 * @param reportingUnitIds units at the bottom that report; empty: every committee at the bottom
 * @param figures          the structured figures each unit reports
 */
public record RegimeRequest(List<PeriodKind> periods, String ownDueDate, List<String> reportingUnitIds,
                            List<Figure> figures, Integer levelGapWorkingDays, Integer reminderWorkingDays) {
    static final int MAX_FIGURES = 20;

    public record Figure(String key, String label, String measure, Boolean allowNegative) {
    }

    Set<PeriodKind> periodKinds() {
        if (periods == null || periods.isEmpty() || periods.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ValidationException("periods", "Chọn ít nhất một kỳ báo cáo (tháng, quý, 6 tháng, năm hoặc ngày riêng)");
        }
        if (periods.contains(PeriodKind.AD_HOC)) {
            throw new ValidationException("periods", "Báo cáo đột xuất do lãnh đạo yêu cầu từng lần, không đặt lịch trước");
        }
        if (periods.contains(PeriodKind.OWN_DATE) != (ownDueDate != null && !ownDueDate.isBlank())) {
            throw new ValidationException("ownDueDate", "Kỳ theo ngày riêng của kế hoạch cần đúng một ngày/tháng, ví dụ 01/10");
        }
        return EnumSet.copyOf(periods);
    }

    MonthDay ownDue() {
        if (ownDueDate == null || ownDueDate.isBlank()) {
            return null;
        }
        String[] parts = ownDueDate.strip().split("/");
        try {
            MonthDay day = MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            if (parts.length != 2 || day.equals(MonthDay.of(2, 29))) {
                throw new DateTimeException("no such yearly date");
            }
            return day;
        } catch (RuntimeException e) {
            throw new ValidationException("ownDueDate", "Ngày \"" + ownDueDate + "\" không đúng dạng ngày/tháng có trong mọi năm");
        }
    }

    List<String> unitIds() {
        return reportingUnitIds == null ? List.of() : reportingUnitIds.stream().distinct().toList();
    }

    List<RegimeFigure> figureList() {
        List<Figure> given = figures == null ? List.of() : figures;
        if (given.size() > MAX_FIGURES) {
            throw new ValidationException("figures", "Tối đa " + MAX_FIGURES + " chỉ tiêu số liệu");
        }
        Set<String> keys = new HashSet<>();
        return given.stream().map(f -> {
            if (f == null || f.key() == null || !f.key().matches("[a-zA-Z][a-zA-Z0-9_]{0,39}")) {
                throw new ValidationException("figures", "Mã chỉ tiêu chỉ gồm chữ không dấu, số, dấu gạch dưới (tối đa 40 ký tự)");
            }
            if (!keys.add(f.key())) {
                throw new ValidationException("figures", "Mã chỉ tiêu \"" + f.key() + "\" bị trùng");
            }
            if (f.label() == null || f.label().isBlank() || f.label().length() > 200) {
                throw new ValidationException("figures", "Chỉ tiêu \"" + f.key() + "\" cần tên (tối đa 200 ký tự)");
            }
            String measure = f.measure() == null || f.measure().isBlank() ? null : f.measure().strip();
            if (measure != null && measure.length() > 50) {
                throw new ValidationException("figures", "Đơn vị tính của \"" + f.label() + "\" dài quá 50 ký tự");
            }
            return new RegimeFigure(f.key(), f.label().strip(), measure, Boolean.TRUE.equals(f.allowNegative()));
        }).toList();
    }

    int gap() {
        return bounded("levelGapWorkingDays", levelGapWorkingDays, 2, 1, 10,
                "Khoảng cách hạn giữa hai cấp phải từ 1 đến 10 ngày làm việc");
    }

    int reminder() {
        return bounded("reminderWorkingDays", reminderWorkingDays, 2, 0, 10,
                "Số ngày nhắc trước hạn phải từ 0 đến 10 ngày làm việc");
    }

    /** The loop runs to the end of the plan's period, so a plan needs one that is not over. */
    static LocalDate requirePlanEnd(Plan plan, LocalDate today) {
        if (plan.getPeriodEnd() == null) {
            throw new ValidationException("periodEnd", "Kế hoạch chưa có ngày kết thúc thời kỳ thực hiện, chưa lập được lịch báo cáo");
        }
        if (plan.getPeriodEnd().isBefore(today)) {
            throw new ConflictException("periodEnd", "Kế hoạch đã hết thời kỳ thực hiện (đến ngày "
                    + DocumentFormats.shortDate(plan.getPeriodEnd()) + "), không mở kỳ báo cáo mới");
        }
        return plan.getPeriodEnd();
    }

    private static int bounded(String field, Integer value, int fallback, int min, int max, String message) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw new ValidationException(field, message);
        }
        return v;
    }
}
