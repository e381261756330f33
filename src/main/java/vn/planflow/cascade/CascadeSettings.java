package vn.planflow.cascade;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * planflow.cascade.*: how many working days before the due date the child unit is reminded, the
 * due date when a plan names none, and which department of a lower committee drafts a child plan
 * ("counterparts": body code of the parent's drafting unit -> codes of the matching departments
 * below; in YAML the keys need brackets, e.g. "[STTTT]": VHTT, VHXH).
 */
@Component
@ConfigurationProperties(prefix = "planflow.cascade")
public class CascadeSettings {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private int remindWorkingDays = 3;
    private int defaultDueWorkingDays = 10;
    private Map<String, List<String>> counterparts = new HashMap<>(Map.of(
            "STTTT", List.of("VHTT", "VHKHTT", "VHXH"),
            "SVHTTDL", List.of("VHTT", "VHKHTT", "VHXH"),
            "SKHCN", List.of("VHKHTT", "KTHT"),
            "STC", List.of("TCKH", "KT"),
            "SKHĐT", List.of("TCKH", "KT"),
            "SGDĐT", List.of("GDĐT", "VHXH"),
            "SYT", List.of("YT", "VHXH"),
            "SNV", List.of("NV"),
            "STNMT", List.of("TNMT", "KT"),
            "SNNPTNT", List.of("NNPTNT", "KT")));

    /** The codes a lower department may carry to count as the same sector as this one. */
    public Set<String> sectorCodes(String code) {
        String own = normal(code);
        Set<String> codes = new LinkedHashSet<>();
        codes.add(own);
        if (own.length() > 2 && own.startsWith("S")) {
            codes.add(own.substring(1)); // "Sở" prefix: STTTT and a district's TTTT are one sector
        }
        counterparts.forEach((key, values) -> {
            if (normal(key).equals(own)) {
                values.forEach(v -> codes.add(normal(v)));
            }
        });
        return codes;
    }

    static String normal(String code) {
        return code == null ? "" : code.strip().toUpperCase(VI);
    }

    public int getRemindWorkingDays() { return remindWorkingDays; }
    public void setRemindWorkingDays(int days) { this.remindWorkingDays = Math.max(0, days); }
    public int getDefaultDueWorkingDays() { return defaultDueWorkingDays; }
    public void setDefaultDueWorkingDays(int days) { this.defaultDueWorkingDays = Math.max(1, days); }
    public Map<String, List<String>> getCounterparts() { return counterparts; }
    public void setCounterparts(Map<String, List<String>> counterparts) { this.counterparts = counterparts; }
}
