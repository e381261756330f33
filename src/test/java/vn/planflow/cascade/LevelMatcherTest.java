package vn.planflow.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitLevel;

/** What a parent plan gives a unit, how the title is adapted, and which codes count as one sector. */
class LevelMatcherTest {
    private static final Unit DISTRICT = committee("na-dh", "huyện Đông Hà", UnitLevel.DISTRICT);
    private static final Unit COMMUNE = committee("hl-bs", "xã Bình Sơn", UnitLevel.COMMUNE);
    private static final Unit WARD = committee("hl-tm", "phường Trung Mỹ", UnitLevel.COMMUNE);
    private static final Unit TOWN = committee("na-tx", "thị xã Cửa Lò", UnitLevel.DISTRICT);

    @Test
    void aSectionForTheWholeLevelOrForTheUnitItselfIsItsTask() {
        assertThat(LevelMatcher.names("UBND các huyện", DISTRICT)).isTrue();
        assertThat(LevelMatcher.names("UBND các huyện, thị xã, thành phố", TOWN)).isTrue();
        assertThat(LevelMatcher.names("UBND các xã, phường", COMMUNE)).isTrue();
        assertThat(LevelMatcher.names("UBND các xã, phường", WARD)).isTrue();
        assertThat(LevelMatcher.names("UBND huyện Đông Hà", DISTRICT)).isTrue();
        // "thị xã" is a district-level town, not a commune; another commune's name is not this one's
        assertThat(LevelMatcher.names("UBND các huyện, thị xã", COMMUNE)).isFalse();
        assertThat(LevelMatcher.names("UBND các xã", DISTRICT)).isFalse();
        assertThat(LevelMatcher.names("UBND xã Số 10", committee("fx-x001", "xã Số 1", UnitLevel.COMMUNE))).isFalse();
        assertThat(LevelMatcher.names("UBND xã Số 1, UBND xã Số 2", committee("fx-x001", "xã Số 1", UnitLevel.COMMUNE)))
                .isTrue();
        assertThat(LevelMatcher.names("Sở Tài chính", COMMUNE)).isFalse();
        assertThat(LevelMatcher.names(null, COMMUNE)).isFalse();
    }

    @Test
    void theTitleNamesTheChildsAreaInsteadOfTheParents() {
        assertThat(ChildDraftComposer.adaptTitle("Chuyển đổi số năm 2026 trên địa bàn tỉnh Ninh An", DISTRICT))
                .isEqualTo("Chuyển đổi số năm 2026 trên địa bàn huyện Đông Hà");
        assertThat(ChildDraftComposer.adaptTitle("Phát triển văn hóa đọc năm 2026", WARD))
                .isEqualTo("Phát triển văn hóa đọc năm 2026 trên địa bàn phường Trung Mỹ");
        Unit department = new Unit("hl-stc", "Sở Tài chính tỉnh Hòa Lâm", "Sở Tài chính", "SỞ TÀI CHÍNH",
                UnitKind.DEPARTMENT, UnitLevel.PROVINCE, "hl", "STC", "Hòa Lâm", true);
        assertThat(ChildDraftComposer.adaptTitle("Thực hành tiết kiệm năm 2026", department))
                .isEqualTo("Thực hành tiết kiệm năm 2026 của Sở Tài chính");
    }

    @Test
    void aDepartmentOfTheSameSectorIsFoundByCodeOrCounterpart() {
        CascadeSettings settings = new CascadeSettings();
        assertThat(settings.sectorCodes("STTTT")).contains("STTTT", "TTTT", "VHTT", "VHXH");
        assertThat(settings.sectorCodes("svhttdl")).contains("VHXH", "VHTTDL");
        assertThat(settings.sectorCodes("VHTT")).containsExactly("VHTT");
        assertThat(settings.sectorCodes("GDĐT")).containsExactly("GDĐT");
    }

    private static Unit committee(String id, String area, UnitLevel level) {
        return new Unit(id, "Ủy ban nhân dân " + area, "UBND " + area, "ỦY BAN NHÂN DÂN", UnitKind.COMMITTEE, level,
                null, "UBND", area, true);
    }
}
