package vn.planflow.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Reads what Camunda Forms submit (strings, JSON arrays as Spin values) and writes what they
 * prefill (JSON for option lists and repeating groups), with errors naming the field.
 */
public final class FormValues {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private FormValues() {
    }

    public static String text(Map<String, Object> vars, String key) {
        Object v = vars.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    public static boolean flag(Map<String, Object> vars, String key) {
        Object v = vars.get(key);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    public static Integer integer(Map<String, Object> vars, String key) {
        Object v = vars.get(key);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return (int) Double.parseDouble(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(key, "Giá trị \"" + v + "\" không phải là số");
        }
    }

    /** ISO dates from the date picker, or dd/mm/yyyy as people type them. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            return s.contains("/") ? LocalDate.parse(s, VN_DATE) : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "Ngày \"" + s + "\" không đúng dạng ngày/tháng/năm");
        }
    }

    public static List<String> stringList(Map<String, Object> vars, String key) {
        return list(vars.get(key), key, new TypeReference<List<String>>() { });
    }

    public static List<Map<String, Object>> objectList(Map<String, Object> vars, String key) {
        return list(vars.get(key), key, new TypeReference<List<Map<String, Object>>>() { });
    }

    private static <T> List<T> list(Object v, String key, TypeReference<List<T>> type) {
        if (v == null) {
            return List.of();
        }
        try {
            if (v instanceof Collection<?> c) {
                return JSON.convertValue(c, type);
            }
            String json = v.toString().strip();
            if (json.isEmpty()) {
                return List.of();
            }
            return JSON.readValue(json, type);
        } catch (Exception e) {
            throw new ValidationException(key, "Giá trị của trường " + key + " không đọc được");
        }
    }

    /** A JSON variable for Camunda Forms (option lists, taglist values, dynamic lists). */
    public static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write form value", e);
        }
    }

    public static String isoDate(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
