package vn.planflow.unit;

import java.util.List;

/**
 * A leader's position and how he signs (Decree 30, art. 13). A deputy signs "KT." for the head;
 * the chairman of a committee signs on behalf of the collective body ("TM.").
 */
public enum LeaderPosition {
    CHAIRMAN("Chủ tịch", List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
    VICE_CHAIRMAN("Phó Chủ tịch", List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    DIRECTOR("Giám đốc", List.of("GIÁM ĐỐC")),
    DEPUTY_DIRECTOR("Phó Giám đốc", List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")),
    HEAD("Trưởng phòng", List.of("TRƯỞNG PHÒNG")),
    DEPUTY_HEAD("Phó Trưởng phòng", List.of("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG")),
    CHIEF_OF_OFFICE("Chánh Văn phòng", List.of("CHÁNH VĂN PHÒNG"));

    private final String title;
    private final List<String> signatureLines;

    LeaderPosition(String title, List<String> signatureLines) {
        this.title = title;
        this.signatureLines = signatureLines;
    }

    public String title() {
        return title;
    }

    /** The authority lines above the signature, upper case as printed. */
    public List<String> signatureLines() {
        return signatureLines;
    }
}
