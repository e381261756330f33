package vn.planflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.planflow.identity.IdentityAdminService;
import vn.planflow.identity.Role;
import vn.planflow.unit.LeaderPosition;
import vn.planflow.unit.UnitAdminService;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitLevel;
import vn.planflow.unit.UnitRequest;

/**
 * A generated country made through the administration services: the provinces below the ministry
 * (so its plan may demand theirs), the communes below their province. Every issuing body gets the
 * same shape: its office (checker, clerk), a drafting department (drafter, head), three consulted
 * departments (a drafter each), a clerk in every department and one of its own for incoming
 * documents, and a Vice Chairman who signs plans and approves reports (the signer role). A
 * user's id names the unit and role he was made for ({@code t01-s0.drafter}); the Vice
 * Chairman's ends in {@code .vc}.
 */
final class CountryFixture {
    static final String MINISTRY = "bo";

    private CountryFixture() {
    }

    static String province(int p) {
        return String.format("t%02d", p);
    }

    static String commune(int p, int c) {
        return String.format("t%02d-x%03d", p, c);
    }

    static List<String> communes(Size size, int p) {
        List<String> ids = new ArrayList<>();
        for (int c = 1; c <= size.communesPerProvince(); c++) {
            ids.add(commune(p, c));
        }
        return ids;
    }

    static void create(Size size, UnitAdminService units, IdentityAdminService people) {
        body(units, people, MINISTRY, "Bộ Văn hóa, Thể thao và Du lịch", UnitLevel.CENTRAL, null);
        for (int p = 1; p <= size.provinces(); p++) {
            body(units, people, province(p), "Ủy ban nhân dân tỉnh Số " + p, UnitLevel.PROVINCE, MINISTRY);
            for (int c = 1; c <= size.communesPerProvince(); c++) {
                body(units, people, commune(p, c), "Ủy ban nhân dân xã Số " + c + " tỉnh " + p, UnitLevel.COMMUNE,
                        province(p));
            }
        }
    }

    private static void body(UnitAdminService units, IdentityAdminService people, String id, String name,
                             UnitLevel level, String parent) {
        String place = name.contains("Số") ? name.substring(name.lastIndexOf("Số")) : "Hà Nội";
        units.create(new UnitRequest(id, name, name.replace("Ủy ban nhân dân", "UBND"),
                name.toUpperCase(Locale.forLanguageTag("vi")), UnitKind.COMMITTEE, level, parent, "UBND", place, true));
        unit(units, id + "-vp", "Văn phòng " + name, UnitKind.OFFICE, level, id, "VP", place);
        for (int s = 0; s <= 3; s++) {
            unit(units, id + "-s" + s, "Phòng Số " + s + " thuộc " + name, UnitKind.DEPARTMENT, level, id, "P" + s, place);
        }
        units.addLeader(id, id + ".vc", "Phó Chủ tịch " + place, LeaderPosition.VICE_CHAIRMAN);
        person(people, id, Role.CLERK);
        person(people, id + "-vp", Role.CHECKER);
        person(people, id + "-vp", Role.CLERK);
        person(people, id + "-s0", Role.DRAFTER);
        person(people, id + "-s0", Role.HEAD);
        for (int s = 1; s <= 3; s++) {
            person(people, id + "-s" + s, Role.DRAFTER);
        }
        // a commune's plan goes to its departments for action: each needs someone to acknowledge it
        for (int s = 0; s <= 3; s++) {
            person(people, id + "-s" + s, Role.CLERK);
        }
        people.ensureUser(id + ".vc", "Phó Chủ tịch", place, null, "demo");
        people.grantRole(id + ".vc", id, Role.SIGNER, "Phó Chủ tịch " + place);
    }

    private static void unit(UnitAdminService units, String id, String name, UnitKind kind, UnitLevel level,
                             String parent, String code, String place) {
        units.create(new UnitRequest(id, name, name, name.toUpperCase(Locale.forLanguageTag("vi")), kind, level,
                parent, code, place, true));
    }

    private static void person(IdentityAdminService people, String unitId, Role role) {
        String userId = unitId + "." + role.name().toLowerCase(Locale.ROOT);
        people.ensureUser(userId, "Cán bộ", userId, null, "demo");
        people.grantRole(userId, unitId, role, "Cán bộ " + userId);
    }
}
