package vn.planflow.obligation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitLevel;
import vn.planflow.unit.UnitService;

/**
 * Finds units named in a plan's free text ("Phòng Văn hóa và Thông tin; UBND các xã"), looking
 * only inside the issuing committee's part of the tree, where the plan's authority reaches.
 * A name matches a unit's id, full name or short name; "UBND các xã" means every commune.
 */
@Component
public class UnitNames {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private final UnitService units;

    public UnitNames(UnitService units) {
        this.units = units;
    }

    public List<Unit> resolve(String text, Unit scope) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Unit> candidates = new ArrayList<>();
        candidates.add(scope);
        candidates.addAll(units.descendants(scope.getId()));
        Set<Unit> found = new LinkedHashSet<>();
        for (String part : text.split("[,;\\n]")) {
            String name = normal(part);
            if (name.isEmpty()) {
                continue;
            }
            List<Unit> exact = candidates.stream().filter(u -> u.getId().equals(part.strip())
                    || normal(u.getName()).equals(name) || normal(u.getShortName()).equals(name)).toList();
            if (!exact.isEmpty()) {
                found.add(exact.get(0));
                continue;
            }
            UnitLevel plural = plural(name);
            if (plural != null) {
                candidates.stream().filter(u -> u.getKind() == UnitKind.COMMITTEE && u.getLevel() == plural)
                        .forEach(found::add);
                continue;
            }
            // "Văn hoá" and "Văn hóa" are both written: compare without tone marks if that is unambiguous.
            List<Unit> loose = candidates.stream().filter(u -> bare(u.getName()).equals(bare(name))
                    || bare(u.getShortName()).equals(bare(name))).toList();
            if (loose.size() == 1) {
                found.add(loose.get(0));
            }
        }
        return List.copyOf(found);
    }

    /** "UBND các xã", "các xã, phường", "UBND các huyện": every committee of that level. */
    private static UnitLevel plural(String name) {
        String n = name.replaceFirst("^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+", "");
        if (!n.startsWith("các ")) {
            return null;
        }
        if (n.contains("xã") || n.contains("phường") || n.contains("thị trấn")) {
            return UnitLevel.COMMUNE;
        }
        return n.contains("huyện") || n.contains("quận") || n.contains("thị xã") ? UnitLevel.DISTRICT : null;
    }

    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .replaceAll("[.]+$", "").toLowerCase(VI);
    }

    private static String bare(String s) {
        return Normalizer.normalize(normal(s), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
    }
}
