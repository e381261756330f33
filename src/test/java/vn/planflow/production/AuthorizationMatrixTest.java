package vn.planflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planflow.web.PlanDriver;

/**
 * Who may touch what, across units, for every kind of thing PlanFlow keeps: plans, their
 * documents, outgoing registers, tasks, process instances and their history, the audit log.
 * Each row is one person of a unit trying one door; the expected answer is the one they must get.
 */
class AuthorizationMatrixTest extends PostgresDemoContext {
    private static final Set<Integer> OK = Set.of(200);
    private static final Set<Integer> FORBIDDEN = Set.of(403);
    private static final Set<Integer> HIDDEN = Set.of(403, 404);
    Http http;
    Scenario s;

    @BeforeEach
    void scenario() {
        http = new Http(port);
        s = Scenario.of(port);
    }

    @Test
    void everyResourceKindIsRefusedAcrossUnits() {
        String p = "/api/plans/" + s.issued;
        String d = "/api/plans/" + s.draft;
        String h = "/api/plans/" + s.otherProvince;
        String reg = "/api/register?unitId=na-dh&year=" + s.year;
        String task = "/engine-rest/task/" + s.draftTask;
        String pi = "/engine-rest/process-instance/" + s.draftInstance;
        List<Row> rows = List.of(
                // plans: the units involved and the signer see it; another district or province does not
                row("lan", "GET", p, OK), row("hoa", "GET", p, OK), row("nam", "GET", p, OK), row("binh", "GET", p, OK),
                row("admin", "GET", p, OK), row("son", "GET", p, FORBIDDEN), row("tien", "GET", p, FORBIDDEN),
                row("khanh", "GET", p, FORBIDDEN), row("vy", "GET", p, FORBIDDEN),
                row("khanh", "GET", h, OK), row("lan", "GET", h, FORBIDDEN), row("hoa", "GET", h, FORBIDDEN),
                // saving a draft: only its drafter
                row("son", "PUT", d, FORBIDDEN), row("khanh", "PUT", d, FORBIDDEN), row("hung", "PUT", d, FORBIDDEN),
                row("lan", "PUT", h, FORBIDDEN),
                // documents: the issued DOCX and the unnumbered preview
                row("nam", "GET", p + "/document", OK), row("son", "GET", p + "/document", FORBIDDEN),
                row("khanh", "GET", p + "/document", FORBIDDEN), row("tien", "GET", p + "/document", FORBIDDEN),
                row("binh", "GET", d + "/preview", OK), row("son", "GET", d + "/preview", FORBIDDEN),
                row("khanh", "GET", d + "/preview", FORBIDDEN),
                // outgoing registers: the issuing body and its office only
                row("hoa", "GET", reg, OK), row("admin", "GET", reg, OK), row("son", "GET", reg, FORBIDDEN),
                row("khanh", "GET", reg, FORBIDDEN), row("vy", "GET", reg, FORBIDDEN), row("nam", "GET", reg, FORBIDDEN),
                row("son", "GET", reg.replace("register", "register/export"), FORBIDDEN),
                row("hoa", "GET", "/api/register?unitId=na-ts&year=" + s.year, FORBIDDEN),
                row("vy", "GET", "/api/register?unitId=hl-svhttdl&year=" + s.year, OK),
                // tasks through the domain API and through Camunda REST
                row("son", "POST", "/api/tasks/" + s.draftTask + "/complete", HIDDEN),
                row("hung", "POST", "/api/tasks/" + s.draftTask + "/complete", HIDDEN),
                row("khanh", "POST", "/api/tasks/" + s.draftTask + "/complete", HIDDEN),
                row("son", "GET", task, HIDDEN), row("son", "GET", task + "/variables", HIDDEN),
                row("son", "POST", task + "/claim", HIDDEN, "{\"userId\":\"son\"}"),
                row("son", "POST", task + "/complete", HIDDEN, "{\"variables\":{}}"),
                row("khanh", "PUT", task + "/variables/title", HIDDEN, "{\"value\":\"x\",\"type\":\"String\"}"),
                // process instances: nobody outside administration reads, changes or deletes them
                row("son", "GET", pi, HIDDEN), row("lan", "GET", pi, HIDDEN), row("lan", "GET", pi + "/variables", HIDDEN),
                row("son", "DELETE", pi, HIDDEN), row("lan", "DELETE", pi, HIDDEN),
                row("son", "POST", pi + "/modification", HIDDEN,
                        "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_WriteDraft\"}]}"),
                row("son", "POST", pi + "/variables", HIDDEN, "{\"modifications\":{\"drafterId\":{\"value\":\"son\"}}}"),
                row("son", "PUT", pi + "/suspended", HIDDEN, "{\"suspended\":true}"),
                // a message nobody may correlate is refused without saying whether the instance exists
                row("son", "POST", "/engine-rest/message", Set.of(400, 403, 404),
                        "{\"messageName\":\"Message_PlanRecalled\",\"businessKey\":\"" + s.draft + "\"}"),
                row("son", "GET", "/engine-rest/history/process-instance/" + s.issuedInstance, HIDDEN),
                row("son", "GET", "/engine-rest/history/variable-instance?processInstanceId=" + s.issuedInstance,
                        Set.of(200)),
                row("admin", "GET", "/engine-rest/history/process-instance/" + s.issuedInstance, OK),
                row("admin", "GET", pi, OK),
                // administration: units, people, the audit log, operations
                row("lan", "POST", "/api/units", FORBIDDEN, "{}"),
                row("hoa", "POST", "/api/units/na-dh/members", FORBIDDEN, "{}"),
                row("binh", "GET", "/api/audit", FORBIDDEN), row("admin", "GET", "/api/audit", OK),
                row("hoa", "GET", "/actuator/info", FORBIDDEN), row("son", "GET", "/engine-rest/user", OK),
                row("son", "POST", "/engine-rest/user/create", FORBIDDEN,
                        "{\"profile\":{\"id\":\"eve\"},\"credentials\":{\"password\":\"x1234\"}}"),
                row("son", "POST", "/engine-rest/authorization/create", FORBIDDEN,
                        "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"son\",\"resourceType\":8,\"resourceId\":\"*\"}"));

        SoftAssertions soft = new SoftAssertions();
        List<String> table = new ArrayList<>();
        for (Row r : rows) {
            Http.Reply reply = http.send(r.method, r.user, DEMO, r.path, r.body, Map.of());
            table.add(String.format("%-6s %-6s %-70s %d", r.user, r.method, r.path, reply.status()));
            soft.assertThat(reply.status()).as(r.user + " " + r.method + " " + r.path + " -> " + reply.text())
                    .isIn(r.expected);
        }
        System.out.println("[authorization] " + rows.size() + " checks\n" + String.join("\n", table));
        soft.assertAll();
    }

    @Test
    void listsAndQueriesShowOnlyOwnUnitsThings() {
        assertThat(ids(http.get("son", DEMO, "/api/plans").json())).doesNotContain(s.issued, s.draft, s.otherProvince);
        assertThat(ids(http.get("khanh", DEMO, "/api/plans").json())).contains(s.otherProvince)
                .doesNotContain(s.issued, s.draft);
        assertThat(ids(http.get("lan", DEMO, "/api/plans").json())).contains(s.issued, s.draft)
                .doesNotContain(s.otherProvince);
        assertThat(http.get("son", DEMO, "/api/tasks").text()).doesNotContain(s.draftTask);
        assertThat(http.get("lan", DEMO, "/api/tasks").text()).contains(s.draftTask);

        for (String user : List.of("son", "khanh", "hung", "lan", "hoa")) {
            assertThat(http.get(user, DEMO, "/engine-rest/process-instance?businessKey=" + s.issued).json())
                    .as(user).isEmpty();
            assertThat(http.get(user, DEMO, "/engine-rest/history/process-instance?processInstanceBusinessKey="
                    + s.issued).json()).as(user).isEmpty();
            assertThat(http.get(user, DEMO, "/engine-rest/history/variable-instance?processInstanceId="
                    + s.issuedInstance).json()).as(user).isEmpty();
        }
        for (String user : List.of("son", "khanh", "hung")) {
            assertThat(http.get(user, DEMO, "/engine-rest/variable-instance?processInstanceIdIn=" + s.draftInstance)
                    .json()).as(user).isEmpty();
        }
        assertThat(http.get("son", DEMO, "/engine-rest/task?processInstanceBusinessKey=" + s.draft).json()).isEmpty();
        assertThat(http.get("lan", DEMO, "/engine-rest/task?processInstanceBusinessKey=" + s.draft).json()).hasSize(1);
    }

    @Test
    void aDrafterElsewhereCannotAttachAProcessToAnotherUnitsPlan() {
        Http.Reply hijack = http.send("POST", "son", DEMO, "/engine-rest/process-definition/key/PlanIssuance/start",
                "{\"businessKey\":\"" + s.draft + "\",\"variables\":{\"planId\":{\"value\":" + s.draft
                        + ",\"type\":\"Long\"}}}", Map.of());
        assertThat(hijack.status()).as(hijack.text()).isIn(400, 403, 409);
        assertThat(http.get("lan", DEMO, "/engine-rest/task?processInstanceBusinessKey=" + s.draft).json()).hasSize(1);
        JsonNode plan = http.get("lan", DEMO, "/api/plans/" + s.draft).json();
        assertThat(plan.get("status").asText()).isEqualTo("DRAFTING");
        assertThat(http.get("admin", DEMO, "/engine-rest/process-instance?businessKey=" + s.draft
                + "&processDefinitionKey=PlanIssuance").json()).hasSize(1);
    }

    /**
     * Reports of an ad hoc round on a fresh Đông Hà plan: communes Hòa Bình (nam) and An Phú (linh)
     * report to UBND huyện Đông Hà, prepared by its office (thu) and approved by binh. Another
     * commune, another district (son, tien) and another province (khanh, vy) are refused each door
     * of the other unit's report and of the district's summary; the rightful person gets through.
     */
    @Test
    void reportsAndSummariesAreRefusedAcrossUnits() {
        PlanDriver driver = new PlanDriver(port);
        long planId = driver.throughSigning();
        Http.await(() -> driver.plan("hoa", planId), p -> p.get("documentAvailable").asBoolean(),
                java.time.Duration.ofSeconds(60), "plan " + planId + " issued");
        String regimePath = MonthlyReports.regimePath(planId);
        MonthlyReports.configure(http, DEMO, planId);
        String adHoc = MonthlyReports.adHocRequest();
        Http.Reply opened = http.send("POST", "binh", DEMO, regimePath + "/ad-hoc", adHoc, Map.of());
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        long hb = reportOf(planId, "na-dh-hb");
        long ap = reportOf(planId, "na-dh-ap");
        long dh = reportOf(planId, "na-dh");
        String hbPath = "/api/reports/" + hb;
        String apPath = "/api/reports/" + ap;
        String dhPath = "/api/reports/" + dh;
        String submit = Http.json(Map.of("figures", Map.of("sessions", 3), "results", "Tổ chức 3 buổi"));

        List<Row> rows = new ArrayList<>(List.of(
                // an ad hoc request: only a leader of the top collecting unit; the regime: the plan's readers
                row("tien", "POST", regimePath + "/ad-hoc", HIDDEN, adHoc),
                row("khanh", "POST", regimePath + "/ad-hoc", HIDDEN, adHoc),
                row("son", "GET", regimePath, FORBIDDEN), row("khanh", "GET", regimePath, FORBIDDEN),
                row("lan", "GET", regimePath, OK),
                // a commune's report: that commune and the units above it
                row("nam", "GET", hbPath, OK), row("thu", "GET", hbPath, OK), row("binh", "GET", hbPath, OK),
                row("linh", "GET", hbPath, FORBIDDEN), row("son", "GET", hbPath, FORBIDDEN),
                row("tien", "GET", hbPath, FORBIDDEN), row("khanh", "GET", hbPath, FORBIDDEN),
                row("vy", "GET", hbPath, FORBIDDEN),
                row("linh", "POST", hbPath + "/submit", FORBIDDEN, submit),
                row("son", "POST", hbPath + "/submit", FORBIDDEN, submit),
                row("khanh", "POST", hbPath + "/submit", FORBIDDEN, submit),
                row("nam", "POST", apPath + "/submit", FORBIDDEN, submit),
                row("son", "GET", "/api/reports?unitId=na-dh-hb", FORBIDDEN),
                row("linh", "GET", "/api/reports?unitId=na-dh-hb", FORBIDDEN),
                // the district's summary: its people; not a commune below it, not another district or province
                row("thu", "GET", dhPath, OK), row("binh", "GET", dhPath, OK),
                row("nam", "GET", dhPath, FORBIDDEN), row("son", "GET", dhPath, FORBIDDEN),
                row("khanh", "GET", dhPath, FORBIDDEN),
                row("thu", "GET", dhPath + "/preview", OK), row("thu", "GET", dhPath + "/table", OK),
                row("nam", "GET", dhPath + "/preview", FORBIDDEN), row("nam", "GET", dhPath + "/table", FORBIDDEN),
                row("son", "GET", dhPath + "/preview", FORBIDDEN), row("son", "GET", dhPath + "/table", FORBIDDEN),
                row("tien", "GET", dhPath + "/table", FORBIDDEN), row("khanh", "GET", dhPath + "/preview", FORBIDDEN),
                row("vy", "GET", dhPath + "/table", FORBIDDEN),
                // reminding a commune: the district's desk only (the top summary has nobody to remind: 409 for all)
                row("son", "POST", hbPath + "/remind", FORBIDDEN), row("linh", "POST", hbPath + "/remind", FORBIDDEN),
                row("nam", "POST", apPath + "/remind", FORBIDDEN), row("khanh", "POST", apPath + "/remind", FORBIDDEN),
                row("thu", "POST", apPath + "/remind", OK)));
        List<String> table = new ArrayList<>();
        SoftAssertions soft = new SoftAssertions();
        check(rows, soft, table);

        // The rightful people submit; nothing the others tried changed the reports.
        assertThat(http.get("nam", DEMO, hbPath).json().get("status").asText()).isNotEqualTo("SUBMITTED");
        for (String[] u : new String[][] {{"nam", hbPath}, {"linh", apPath}}) {
            Http.Reply r = http.send("POST", u[0], DEMO, u[1] + "/submit", submit, Map.of());
            assertThat(r.status()).as(u[0] + " submits: " + r.text()).isEqualTo(200);
        }
        String review = taskOf("thu", "Task_ReviewSummary", planId);
        check(List.of(row("son", "POST", "/api/tasks/" + review + "/complete", HIDDEN),
                row("nam", "POST", "/api/tasks/" + review + "/complete", HIDDEN),
                row("son", "GET", "/engine-rest/task/" + review, HIDDEN)), soft, table);
        Http.Reply reviewed = http.send("POST", "thu", DEMO, "/api/tasks/" + review + "/complete", "{}", Map.of());
        assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(204);

        // Approving the summary: the district's signer only.
        String approve = taskOf("binh", "Task_ApproveSummary", planId);
        String decision = "{\"summaryDecision\":\"approve\"}";
        String approvePath = "/api/tasks/" + approve + "/complete";
        check(List.of(row("tien", "POST", approvePath, HIDDEN, decision), row("son", "POST", approvePath, HIDDEN, decision),
                row("khanh", "POST", approvePath, HIDDEN, decision), row("nam", "POST", approvePath, HIDDEN, decision),
                row("linh", "POST", approvePath, HIDDEN, decision),
                row("tien", "POST", "/engine-rest/task/" + approve + "/complete", HIDDEN,
                        "{\"variables\":{\"summaryDecision\":{\"value\":\"approve\"}}}"),
                row("tien", "POST", "/engine-rest/task/" + approve + "/claim", HIDDEN, "{\"userId\":\"tien\"}")),
                soft, table);
        assertThat(http.get("binh", DEMO, dhPath).json().get("status").asText()).as("still awaiting approval")
                .isNotEqualTo("SENT");
        Http.Reply approved = http.send("POST", "binh", DEMO, approvePath, decision, Map.of());
        assertThat(approved.status()).as(approved.text()).isEqualTo(204);
        Http.await(() -> http.get("binh", DEMO, dhPath).json().get("status").asText(), "SENT"::equals,
                java.time.Duration.ofSeconds(60), "the summary sent");

        // The sent BÁO CÁO and its table: the district's people, not a commune, another district or province.
        check(List.of(row("binh", "GET", dhPath + "/document", OK), row("thu", "GET", dhPath + "/document", OK),
                row("thu", "GET", dhPath + "/table", OK),
                row("nam", "GET", dhPath + "/document", FORBIDDEN), row("son", "GET", dhPath + "/document", FORBIDDEN),
                row("tien", "GET", dhPath + "/document", FORBIDDEN), row("khanh", "GET", dhPath + "/document", FORBIDDEN),
                row("vy", "GET", dhPath + "/table", FORBIDDEN), row("son", "GET", dhPath + "/table", FORBIDDEN),
                row("linh", "GET", hbPath, FORBIDDEN)), soft, table);
        System.out.println("[authorization] reports: " + table.size() + " checks\n" + String.join("\n", table));
        soft.assertAll();
    }

    private void check(List<Row> rows, SoftAssertions soft, List<String> table) {
        for (Row r : rows) {
            Http.Reply reply = http.send(r.method, r.user, DEMO, r.path, r.body, Map.of());
            table.add(String.format("%-6s %-6s %-70s %d", r.user, r.method, r.path, reply.status()));
            soft.assertThat(reply.status()).as(r.user + " " + r.method + " " + r.path + " -> " + reply.text())
                    .isIn(r.expected);
        }
    }

    private long reportOf(long planId, String unitId) {
        JsonNode list = Http.await(() -> http.get("admin", DEMO, "/api/reports?unitId=" + unitId).json(),
                l -> StreamSupport.stream(l.spliterator(), false).anyMatch(r -> r.get("planId").asLong() == planId),
                java.time.Duration.ofSeconds(30), "the report of " + unitId);
        return StreamSupport.stream(list.spliterator(), false).filter(r -> r.get("planId").asLong() == planId)
                .findFirst().orElseThrow().get("id").asLong();
    }

    private String taskOf(String user, String step, long planId) {
        JsonNode tasks = Http.await(() -> http.get(user, DEMO, "/api/tasks").json(),
                t -> StreamSupport.stream(t.spliterator(), false).anyMatch(x -> x.get("step").asText().equals(step)
                        && x.get("planId").asLong() == planId), java.time.Duration.ofSeconds(60), step + " of " + user);
        return StreamSupport.stream(tasks.spliterator(), false).filter(x -> x.get("step").asText().equals(step)
                && x.get("planId").asLong() == planId).findFirst().orElseThrow().get("id").asText();
    }

    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("id").asLong()).toList();
    }

    private static Row row(String user, String method, String path, Set<Integer> expected) {
        return new Row(user, method, path, expected, method.equals("GET") || method.equals("DELETE") ? null : "{}");
    }

    private static Row row(String user, String method, String path, Set<Integer> expected, String body) {
        return new Row(user, method, path, expected, body);
    }

    private record Row(String user, String method, String path, Set<Integer> expected, String body) {
    }
}
