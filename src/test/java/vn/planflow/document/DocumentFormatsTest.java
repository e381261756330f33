package vn.planflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFormatsTest {

    @Test
    void numberCodePadsSingleDigits() {
        assertThat(DocumentFormats.numberCode(7, "KH", "UBND")).isEqualTo("07/KH-UBND");
        assertThat(DocumentFormats.numberCode(12, "BC", "VHTT")).isEqualTo("12/BC-VHTT");
        assertThat(DocumentFormats.numberCode(123, "KH", "UBND")).isEqualTo("123/KH-UBND");
    }

    @Test
    void missingNumberLeavesBlankForHandFilling() {
        assertThat(DocumentFormats.numberCode(null, "KH", "UBND")).isEqualTo("     /KH-UBND");
    }

    @Test
    void placeAndDatePadsDaysAndOnlyJanuaryAndFebruary() {
        assertThat(DocumentFormats.placeAndDate("Đông Hà", LocalDate.of(2026, 2, 5), 2000))
            .isEqualTo("Đông Hà, ngày 05 tháng 02 năm 2026");
        assertThat(DocumentFormats.placeAndDate("Đông Hà", LocalDate.of(2026, 1, 20), 2000))
            .isEqualTo("Đông Hà, ngày 20 tháng 01 năm 2026");
        assertThat(DocumentFormats.placeAndDate("Đông Hà", LocalDate.of(2026, 3, 15), 2000))
            .isEqualTo("Đông Hà, ngày 15 tháng 3 năm 2026");
        assertThat(DocumentFormats.placeAndDate("Đông Hà", LocalDate.of(2026, 11, 9), 2000))
            .isEqualTo("Đông Hà, ngày 09 tháng 11 năm 2026");
    }

    @Test
    void missingDateKeepsDayAndMonthBlankWithTheGivenYear() {
        assertThat(DocumentFormats.placeAndDate("Đông Hà", null, 2026))
            .isEqualTo("Đông Hà, ngày     tháng     năm 2026");
    }

    @Test
    void shortDateIsDayMonthYear() {
        assertThat(DocumentFormats.shortDate(LocalDate.of(2026, 2, 5))).isEqualTo("05/02/2026");
        assertThat(DocumentFormats.shortDate(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2026");
    }

    @Test
    void romanNumerals() {
        assertThat(DocumentFormats.roman(1)).isEqualTo("I");
        assertThat(DocumentFormats.roman(4)).isEqualTo("IV");
        assertThat(DocumentFormats.roman(9)).isEqualTo("IX");
        assertThat(DocumentFormats.roman(14)).isEqualTo("XIV");
        assertThat(DocumentFormats.roman(40)).isEqualTo("XL");
        assertThat(DocumentFormats.roman(1994)).isEqualTo("MCMXCIV");
        assertThatThrownBy(() -> DocumentFormats.roman(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemLettersFollowTheVietnameseAlphabet() {
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            letters.add(DocumentFormats.itemLetter(i));
        }
        assertThat(letters).containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
            "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y");
        assertThat(letters).doesNotContain("f", "j", "w", "z");
        assertThat(letters.indexOf("đ")).isEqualTo(letters.indexOf("d") + 1);
        assertThat(DocumentFormats.itemLetter(23)).isEqualTo("aa");
    }

    @Test
    void sentenceCaseKeepsPlaceNamesCapitalised() {
        assertThat(DocumentFormats.sentenceCase("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG HÀ"))
            .isEqualTo("Ủy ban nhân dân huyện Đông Hà");
        assertThat(DocumentFormats.sentenceCase("UBND THỊ TRẤN AN BÌNH")).isEqualTo("UBND thị trấn An Bình");
        assertThat(DocumentFormats.sentenceCase("KẾ HOẠCH")).isEqualTo("Kế hoạch");
        assertThat(DocumentFormats.sentenceCase("BÁO CÁO")).isEqualTo("Báo cáo");
    }
}
