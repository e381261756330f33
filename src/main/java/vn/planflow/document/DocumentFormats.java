package vn.planflow.document;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** Text conventions of Decree 30/2020/ND-CP: numbers, dates, numerals and item letters. */
public final class DocumentFormats {

    /** Spaces left for hand-filling a number or a day/month on a draft. */
    static final String BLANK = "     ";

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    // Vietnamese alphabet order without f, j, w, z; đ follows d.
    private static final String[] LETTERS = {
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
        "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"
    };

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_SYMBOLS =
        {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    // Administrative levels after which a place name follows, e.g. "huyện Đông Hà".
    private static final Set<String> LEVELS = Set.of("tỉnh", "huyện", "quận", "xã", "phường");
    private static final Set<String> TWO_WORD_LEVELS = Set.of("thị trấn", "thị xã", "thành phố");
    private static final Set<String> ACRONYMS = Set.of("UBND", "HĐND", "MTTQ");

    private DocumentFormats() {
    }

    /** "07/KH-UBND"; a null number leaves blanks for the clerk to fill in by hand. */
    public static String numberCode(Integer number, String typeCode, String bodyCode) {
        String left = number == null ? BLANK : twoDigits(number);
        return left + "/" + nullToEmpty(typeCode) + "-" + nullToEmpty(bodyCode);
    }

    /** "Đông Hà, ngày 05 tháng 02 năm 2026"; a null date keeps day and month blank. */
    public static String placeAndDate(String place, LocalDate date, int yearIfNull) {
        String prefix = place == null || place.isBlank() ? "" : place.strip() + ", ";
        if (date == null) {
            return prefix + "ngày" + BLANK + "tháng" + BLANK + "năm " + yearIfNull;
        }
        return prefix + "ngày " + twoDigits(date.getDayOfMonth())
            + " tháng " + month(date.getMonthValue())
            + " năm " + date.getYear();
    }

    /** "05/02/2026". */
    public static String shortDate(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
    }

    /** Roman numeral for 1..3999. */
    public static String roman(int value) {
        if (value < 1 || value > 3999) {
            throw new IllegalArgumentException("Roman numerals cover 1..3999, got " + value);
        }
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_SYMBOLS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /**
     * Item letter for a zero-based index: 0 -> "a", 4 -> "đ", 22 -> "y".
     * Past "y" the letters repeat doubled ("aa", "bb" ...) rather than failing.
     */
    public static String itemLetter(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("Item index must not be negative, got " + index);
        }
        return LETTERS[index % LETTERS.length].repeat(index / LETTERS.length + 1);
    }

    /**
     * Turns an upper-case issuer name into running text: "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG HÀ" becomes
     * "Ủy ban nhân dân huyện Đông Hà". Words after an administrative level are taken as a place
     * name and capitalised; other proper names cannot be guessed and stay lower case.
     */
    static String sentenceCase(String upperName) {
        if (upperName == null || upperName.isBlank()) {
            return "";
        }
        String[] words = upperName.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        boolean placeName = false;
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(VIETNAMESE);
            String rendered;
            if (ACRONYMS.contains(words[i])) {
                rendered = words[i];
            } else if (isLevel(words, i)) {
                rendered = i == 0 ? capitalise(lower) : lower;
                placeName = true;
            } else {
                rendered = i == 0 || placeName ? capitalise(lower) : lower;
            }
            out.append(i == 0 ? "" : " ").append(rendered);
        }
        return out.toString();
    }

    private static boolean isLevel(String[] words, int i) {
        String word = words[i].toLowerCase(VIETNAMESE);
        if (LEVELS.contains(word)) {
            return true;
        }
        boolean firstOfPair = i + 1 < words.length
            && TWO_WORD_LEVELS.contains(word + " " + words[i + 1].toLowerCase(VIETNAMESE));
        boolean secondOfPair = i > 0
            && TWO_WORD_LEVELS.contains(words[i - 1].toLowerCase(VIETNAMESE) + " " + word);
        return firstOfPair || secondOfPair;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(VIETNAMESE) + word.substring(1);
    }

    /** Decree 30 pads months 1 and 2 only, so "tháng 1" cannot later be turned into "tháng 11". */
    private static String month(int month) {
        return month < 3 ? "0" + month : Integer.toString(month);
    }

    private static String twoDigits(int value) {
        return value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
