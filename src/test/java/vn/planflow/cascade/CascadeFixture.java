package vn.planflow.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.planflow.identity.IdentityAdminService;
import vn.planflow.identity.Role;
import vn.planflow.plan.PlanContent;
import vn.planflow.plan.RecipientPurpose;
import vn.planflow.unit.LeaderPosition;
import vn.planflow.unit.UnitAdminService;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitLevel;
import vn.planflow.unit.UnitRequest;

/**
 * A generated province of two levels for the service tests, made through the administration
 * services: UBND tỉnh Phú Xuân ("fx") with its office and Sở VHTTDL, a hundred communes (the last
 * five not on the system), and one district with a commune of its own for the three-level case.
 */
final class CascadeFixture {
    static final int COMMUNES = 100;
    static final int OFF_SYSTEM = 5;
    static final String PROVINCE = "fx";
    static final String DRAFTER = "fx.drafter";
    static final String CHECKER = "fx.checker";
    static final String CLERK = "fx.clerk";
    static final String DISTRICT = "fx-d1";
    static final String DISTRICT_COMMUNE = "fx-d1-x";
    static final String DISTRICT_DRAFTER = "fxd1.drafter";

    private CascadeFixture() {
    }

    static void create(UnitAdminService units, IdentityAdminService people) {
        units.create(committee(PROVINCE, "tỉnh Phú Xuân", UnitLevel.PROVINCE, null, true));
        units.create(new UnitRequest("fx-vp", "Văn phòng UBND tỉnh Phú Xuân", "Văn phòng UBND tỉnh", "VĂN PHÒNG",
                UnitKind.OFFICE, UnitLevel.PROVINCE, PROVINCE, "VP", "Phú Xuân", true));
        units.create(new UnitRequest("fx-svhttdl", "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Xuân",
                "Sở Văn hóa, Thể thao và Du lịch", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", UnitKind.DEPARTMENT,
                UnitLevel.PROVINCE, PROVINCE, "SVHTTDL", "Phú Xuân", true));
        for (int i = 1; i <= COMMUNES; i++) {
            units.create(committee(commune(i), "xã Số " + i, UnitLevel.COMMUNE, PROVINCE, i <= COMMUNES - OFF_SYSTEM));
        }
        units.create(committee(DISTRICT, "huyện Một", UnitLevel.DISTRICT, PROVINCE, true));
        units.create(committee(DISTRICT_COMMUNE, "xã Mười", UnitLevel.COMMUNE, DISTRICT, true));
        units.addLeader(PROVINCE, "fx.vc", "Đào Văn Tỉnh", LeaderPosition.VICE_CHAIRMAN);
        person(people, DRAFTER, "Ngô Thị Soạn", "fx-svhttdl", Role.DRAFTER);
        person(people, CHECKER, "Lý Văn Kiểm", "fx-vp", Role.CHECKER);
        person(people, CLERK, "Hà Thị Thư", "fx-vp", Role.CLERK);
        person(people, "x001.drafter", "Tô Văn Xã", commune(1), Role.DRAFTER);
        person(people, DISTRICT_DRAFTER, "Mạc Thị Huyện", DISTRICT, Role.DRAFTER);
    }

    static String commune(int i) {
        return String.format("fx-x%03d", i);
    }

    /** A province plan signed by its Vice Chairman that demands a plan of each unit by {@code due}. */
    static PlanContent plan(String title, LocalDate due, List<String> demanded) {
        List<PlanContent.RecipientItem> recipients = new ArrayList<>();
        demanded.forEach(u -> recipients.add(new PlanContent.RecipientItem(u, null, RecipientPurpose.ACTION, true, due)));
        return new PlanContent(title, "năm 2026", null, null, PROVINCE, "fx.vc",
                List.of("Căn cứ Luật Thư viện ngày 21/11/2019"), "- Phát triển văn hóa đọc", null, null, null, null,
                null, null, List.of(new PlanContent.ImplementationItem(null, "UBND các xã", "- Duy trì tủ sách cộng đồng")),
                null, List.of(), recipients, List.of(), null);
    }

    private static UnitRequest committee(String id, String area, UnitLevel level, String parent, boolean onSystem) {
        return new UnitRequest(id, "Ủy ban nhân dân " + area, "UBND " + area,
                "ỦY BAN NHÂN DÂN\n" + area.toUpperCase(java.util.Locale.forLanguageTag("vi")), UnitKind.COMMITTEE,
                level, parent, "UBND", area.substring(area.indexOf(' ') + 1), onSystem);
    }

    private static void person(IdentityAdminService people, String userId, String name, String unit, Role role) {
        int split = name.lastIndexOf(' ');
        people.ensureUser(userId, name.substring(0, split), name.substring(split + 1), null, "demo");
        people.grantRole(userId, unit, role, name);
    }
}
