package vn.planflow.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.planflow.support.ValidationException;

/** Reads the figures a unit sends: every figure of the regime, a number, not negative unless allowed. */
final class FigureValues {
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private FigureValues() {
    }

    static Map<String, BigDecimal> parse(List<RegimeFigure> definitions, Map<String, ?> raw) {
        Map<String, ?> given = raw == null ? Map.of() : raw;
        for (String key : given.keySet()) {
            if (definitions.stream().noneMatch(d -> d.getKey().equals(key))) {
                throw new ValidationException("figures." + key, "Chế độ báo cáo này không có chỉ tiêu \"" + key + "\"");
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (RegimeFigure d : definitions) {
            values.put(d.getKey(), number(d, given.get(d.getKey())));
        }
        return values;
    }

    private static BigDecimal number(RegimeFigure d, Object value) {
        String field = "figures." + d.getKey();
        if (value == null || value.toString().isBlank()) {
            throw new ValidationException(field, "Chưa nhập số liệu \"" + d.getLabel() + "\"");
        }
        BigDecimal n;
        try {
            if (!(value instanceof Number) && !(value instanceof String)) {
                throw new NumberFormatException();
            }
            n = new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "Số liệu \"" + d.getLabel() + "\" phải là một số, không phải \""
                    + value + "\"");
        }
        if (n.signum() < 0 && !d.isAllowNegative()) {
            throw new ValidationException(field, "Số liệu \"" + d.getLabel() + "\" không được là số âm");
        }
        if (n.abs().compareTo(LIMIT) >= 0 || n.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(field, "Số liệu \"" + d.getLabel()
                    + "\" quá lớn hoặc có quá 2 chữ số thập phân");
        }
        return n.setScale(2);
    }

    /** "12", "12,5": figures are printed the Vietnamese way, without trailing zeros. */
    static String format(BigDecimal n) {
        if (n == null) {
            return "";
        }
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
