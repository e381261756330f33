package vn.planflow.production;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.planflow.web.PlanRequests;

/**
 * The hostile requests, generated: a good request of each endpoint with one part broken at a time
 * (syntax, type, size, presence, id, the person sending it), and the answer each must get.
 */
final class HostileRequests {
    static final List<String> HOSTILE = List.of("' OR '1'='1", "1; DROP TABLE plan; --", "<script>alert(1)</script>",
            "../../etc/passwd", "${jndi:ldap://127.0.0.1/a}", "#{T(java.lang.Runtime).getRuntime()}", "{{7*7}}",
            "\u0000", "😀😀😀", "-1", "99999999999999999999", "NaN", "null", " ", "A".repeat(5000));

    private HostileRequests() {
    }

    static List<Case> all(Scenario s) {
        List<Case> cases = new ArrayList<>();
        plansCases(cases, s);
        pathCases(cases, s);
        taskCases(cases, s);
        registerCases(cases, s);
        unitAndAuditCases(cases);
        return cases;
    }

    private static void plansCases(List<Case> cases, Scenario s) {
        Set<Integer> bad = Set.of(400);
        for (String raw : List.of("{", "[", "{\"title\":", "null", "[]", "123", "\"x\"", "{\"title\": [1,2", "<plan/>",
                "{'title':'x'}", "{\"title\":\"a\",}", "\u0000", "{\"title\":\"x\"}}", "tiêu đề")) {
            cases.add(new Case("lan", "POST", "/api/plans", raw, bad));
            cases.add(new Case("lan", "PUT", "/api/plans/" + s.draft, raw, bad));
        }
        // one field at a time of a good draft replaced by a value of the wrong type
        Map<String, List<Object>> wrongTypes = new LinkedHashMap<>();
        Object object = Map.of("a", 1);
        for (String text : List.of("title", "periodLabel", "signerId", "purposes", "funding", "closing", "issuingUnitId")) {
            wrongTypes.put(text, List.of(object, List.of(1, 2)));
        }
        for (String date : List.of("periodStart", "periodEnd", "consultationDue")) {
            wrongTypes.put(date, List.of("31/12/2026", "2026-13-01", "ngày mai", object, true));
        }
        for (String list : List.of("legalBases", "implementation", "appendix", "recipients", "consultedUnitIds")) {
            wrongTypes.put(list, List.of("một chuỗi", 5, object));
        }
        wrongTypes.put("recipients", List.of("một chuỗi", 5, object, List.of(5), List.of(Map.of("purpose", "SAI")),
                List.of(Map.of("unitId", object))));
        wrongTypes.put("appendix", List.of(5, List.of(Map.of("start", "hôm qua", "content", "x"))));
        wrongTypes.forEach((field, values) -> values.forEach(v -> {
            cases.add(new Case("lan", "POST", "/api/plans", plan(field, v), bad));
            cases.add(new Case("lan", "PUT", "/api/plans/" + s.draft, plan(field, v), bad));
        }));
        // missing or empty required fields, and text longer than anything the form allows
        for (Object blank : java.util.Arrays.asList(null, "", "   ")) {
            cases.add(new Case("lan", "POST", "/api/plans", plan("title", blank), bad));
            cases.add(new Case("lan", "POST", "/api/plans", plan("periodLabel", blank), bad));
        }
        cases.add(new Case("lan", "POST", "/api/plans", "{}", bad));
        cases.add(new Case("lan", "POST", "/api/plans", null, bad));
        Map<String, Object> huge = new LinkedHashMap<>();
        huge.put("title", "T".repeat(1001));
        huge.put("periodLabel", "P".repeat(201));
        huge.put("purposes", "M".repeat(20001));
        huge.put("legalBases", List.of("C".repeat(2001)));
        huge.put("implementation", List.of(Map.of("unitName", "Đ".repeat(301), "duties", "x")));
        huge.put("recipients", List.of(Map.of("name", "N".repeat(301))));
        huge.put("appendix", List.of(Map.of("content", "N".repeat(2001))));
        huge.forEach((field, v) -> {
            cases.add(new Case("lan", "POST", "/api/plans", plan(field, v), bad));
            cases.add(new Case("lan", "PUT", "/api/plans/" + s.draft, plan(field, v), bad));
        });
        cases.add(new Case("lan", "POST", "/api/plans", plan("title", "T".repeat(2_000_000)), bad));
        // unknown or hostile ids where a unit is named, and units the drafter may not use
        for (String id : HOSTILE) {
            cases.add(new Case("lan", "POST", "/api/plans", plan("recipients", List.of(Map.of("unitId", id))),
                    Set.of(400, 404)));
            cases.add(new Case("lan", "POST", "/api/plans", plan("consultedUnitIds", List.of(id)), Set.of(400, 404)));
            cases.add(new Case("lan", "PUT", "/api/plans/" + s.draft, plan("issuingUnitId", id), Set.of(400, 404)));
        }
        cases.add(new Case("lan", "POST", "/api/plans", plan("recipients", List.of(Map.of("unitId", "na"),
                Map.of("unitId", "na"))), bad));
        cases.add(new Case("lan", "POST", "/api/plans", plan("periodEnd", "2025-01-01"), bad));
        // people who may not draft here at all, and plans that are not theirs
        for (String user : List.of("hung", "hoa", "binh", "nam", "vy")) {
            cases.add(new Case(user, "POST", "/api/plans", plan("title", "Kế hoạch hợp lệ"), Set.of(403)));
        }
        cases.add(new Case("lan", "PUT", "/api/plans/" + s.otherProvince, plan("title", "x"), Set.of(403)));
        cases.add(new Case("son", "PUT", "/api/plans/" + s.draft, plan("title", "x"), Set.of(403)));
        cases.add(new Case("lan", "PUT", "/api/plans/" + s.issued, plan("title", "Sửa văn bản đã ban hành"), Set.of(409)));
    }

    private static void pathCases(List<Case> cases, Scenario s) {
        for (String id : List.of("abc", "1.5", "-1", "0", "99999999999999999999", "1%20OR%201=1", "%27%3B", "null",
                "%F0%9F%98%80", "999999")) {
            Set<Integer> expected = Set.of(400, 404);
            cases.add(new Case("lan", "GET", "/api/plans/" + id, null, expected));
            cases.add(new Case("lan", "GET", "/api/plans/" + id + "/document", null, expected));
            cases.add(new Case("lan", "GET", "/api/plans/" + id + "/preview", null, expected));
            cases.add(new Case("lan", "PUT", "/api/plans/" + id, plan("title", "x"), expected));
        }
        cases.add(new Case("lan", "GET", "/api/plans/" + s.draft + "/document", null, Set.of(404)));
        for (String user : List.of("son", "tien", "khanh", "vy", "hien")) {
            cases.add(new Case(user, "GET", "/api/plans/" + s.issued, null, Set.of(403)));
            cases.add(new Case(user, "GET", "/api/plans/" + s.issued + "/document", null, Set.of(403)));
            cases.add(new Case(user, "GET", "/api/plans/" + s.draft + "/preview", null, Set.of(403)));
        }
    }

    private static void taskCases(List<Case> cases, Scenario s) {
        String own = "/api/tasks/" + s.draftTask + "/complete";
        for (String id : HOSTILE) {
            cases.add(new Case("lan", "POST", "/api/tasks/" + encode(id) + "/complete", "{}", Set.of(400, 404)));
        }
        for (String user : List.of("son", "hung", "khanh", "hoa")) {
            cases.add(new Case(user, "POST", own, "{}", Set.of(404)));
        }
        // an administrator sees every task, but the step itself still belongs to the drafter
        cases.add(new Case("admin", "POST", own, "{}", Set.of(403)));
        for (String raw : List.of("[]", "\"x\"", "5", "{", "{\"a\":", "<form/>")) {
            cases.add(new Case("lan", "POST", own, raw, Set.of(400)));
        }
        // the drafter's own task: the plan is not ready, or the values cannot be read
        cases.add(new Case("lan", "POST", own, Http.json(Map.of("signerId", "long")), Set.of(400)));
        cases.add(new Case("lan", "POST", own, Http.json(Map.of("signerId", "khong-co")), Set.of(400, 404)));
        cases.add(new Case("lan", "POST", own, Http.json(Map.of("consultedUnitIds", List.of("na-dh-tckh"),
                "consultationDueDate", "2020-01-01")), Set.of(400)));
        cases.add(new Case("lan", "POST", own, Http.json(Map.of("title", "")), Set.of(400)));
    }

    private static void registerCases(List<Case> cases, Scenario s) {
        int y = s.year;
        for (String base : List.of("/api/register", "/api/register/export")) {
            cases.add(new Case("hoa", "GET", base, null, Set.of(400)));
            cases.add(new Case("hoa", "GET", base + "?unitId=na-dh", null, Set.of(400)));
            cases.add(new Case("hoa", "GET", base + "?year=" + y, null, Set.of(400)));
            for (String year : List.of("abc", "2026.5", "99999999999", "%27", "")) {
                cases.add(new Case("hoa", "GET", base + "?unitId=na-dh&year=" + year, null, Set.of(400)));
            }
            for (String id : HOSTILE) {
                cases.add(new Case("hoa", "GET", base + "?unitId=" + encode(id) + "&year=" + y, null, Set.of(400, 404)));
            }
            for (String user : List.of("son", "khanh", "vy", "nam", "lan")) {
                cases.add(new Case(user, "GET", base + "?unitId=na-dh&year=" + y, null, Set.of(403)));
            }
        }
    }

    private static void unitAndAuditCases(List<Case> cases) {
        for (String id : HOSTILE) {
            cases.add(new Case("lan", "GET", "/api/units/" + encode(id), null, Set.of(400, 404)));
            cases.add(new Case("lan", "GET", "/api/units/" + encode(id) + "/children", null, Set.of(400, 404)));
        }
        Map<String, Object> unit = new LinkedHashMap<>(Map.of("id", "na-dh-moi", "name", "Phòng mới",
                "shortName", "Phòng mới", "headerName", "PHÒNG MỚI", "kind", "DEPARTMENT", "level", "DISTRICT",
                "parentId", "na-dh", "code", "PM", "placeName", "Đông Hà", "onSystem", true));
        List<Map<String, Object>> badUnits = new ArrayList<>();
        for (Object id : java.util.Arrays.asList("Có Dấu", "UPPER", "", null, "x".repeat(70), "' OR 1=1")) {
            badUnits.add(with(unit, "id", id));
        }
        badUnits.add(with(unit, "kind", "SAI"));
        badUnits.add(with(unit, "kind", null));
        badUnits.add(with(unit, "name", "T".repeat(301)));
        badUnits.add(with(unit, "code", " "));
        badUnits.add(with(unit, "onSystem", "có lẽ"));
        for (Map<String, Object> u : badUnits) {
            cases.add(new Case("admin", "POST", "/api/units", Http.json(u), Set.of(400)));
        }
        cases.add(new Case("admin", "POST", "/api/units", Http.json(with(unit, "parentId", "khong-co")), Set.of(404)));
        cases.add(new Case("admin", "POST", "/api/units", Http.json(with(unit, "id", "na")), Set.of(409)));
        cases.add(new Case("admin", "PUT", "/api/units/na-dh", Http.json(with(with(unit, "id", "na-dh"), "parentId",
                "na-dh-vhtt")), Set.of(400)));
        cases.add(new Case("lan", "POST", "/api/units", Http.json(unit), Set.of(403)));
        cases.add(new Case("hoa", "PUT", "/api/units/na-dh", Http.json(with(unit, "id", "na-dh")), Set.of(403)));
        for (String query : List.of("kind=SAI", "limit=0", "limit=1001", "limit=abc", "planId=abc")) {
            cases.add(new Case("admin", "GET", "/api/audit?" + query, null, Set.of(400)));
        }
        cases.add(new Case("lan", "GET", "/api/audit", null, Set.of(403)));
    }

    private static String plan(String field, Object value) {
        Map<String, Object> p = PlanRequests.districtPlan(List.of(), null);
        p.put(field, value);
        return Http.json(p);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    record Case(String user, String method, String path, String body, Set<Integer> expected) {
    }
}
