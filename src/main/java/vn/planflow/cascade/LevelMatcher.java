package vn.planflow.cascade;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitKind;

/**
 * Finds what a parent plan gives a unit: a section or task row that names the unit itself, or its
 * whole level ("UBND các xã, phường", "UBND các huyện, thị xã, thành phố").
 */
final class LevelMatcher {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<String> TWO_WORD_KINDS = List.of("thị xã", "thị trấn", "thành phố");
    private static final List<String> ONE_WORD_KINDS = List.of("tỉnh", "huyện", "quận", "xã", "phường");

    private LevelMatcher() {
    }

    static boolean names(String text, Unit unit) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = text.toLowerCase(VI);
        if (containsWords(lower, unit.getShortName().toLowerCase(VI)) || containsWords(lower, unit.getName().toLowerCase(VI))) {
            return true;
        }
        String kind = kindOf(unit);
        if (kind == null || !lower.contains("các")) {
            return false;
        }
        List<String> words = Arrays.asList(lower.split("[\\s,;/()]+"));
        if (kind.contains(" ")) {
            String[] pair = kind.split(" ");
            for (int i = 0; i + 1 < words.size(); i++) {
                if (words.get(i).equals(pair[0]) && words.get(i + 1).equals(pair[1])) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            boolean partOfPair = i > 0 && TWO_WORD_KINDS.contains(words.get(i - 1) + " " + words.get(i));
            if (words.get(i).equals(kind) && !partOfPair) {
                return true;
            }
        }
        return false;
    }

    /** "xã Số 1" is not found in "xã Số 10": the name must stand on its own. */
    private static boolean containsWords(String text, String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /** "huyện" for "UBND huyện Đông Hà", "thị xã" for "UBND thị xã ...", null for a department. */
    static String kindOf(Unit unit) {
        if (unit.getKind() != UnitKind.COMMITTEE) {
            return null;
        }
        String area = areaOf(unit).toLowerCase(VI);
        for (String kind : TWO_WORD_KINDS) {
            if (area.startsWith(kind + " ")) {
                return kind;
            }
        }
        return ONE_WORD_KINDS.stream().filter(k -> area.startsWith(k + " ")).findFirst().orElse(null);
    }

    /** "huyện Đông Hà" for the committee "UBND huyện Đông Hà"; the short name for anything else. */
    static String areaOf(Unit unit) {
        String shortName = unit.getShortName();
        if (unit.getKind() == UnitKind.COMMITTEE) {
            if (shortName.startsWith("UBND ")) {
                return shortName.substring(5);
            }
            if (unit.getName().startsWith("Ủy ban nhân dân ")) {
                return unit.getName().substring("Ủy ban nhân dân ".length());
            }
        }
        return shortName;
    }
}
