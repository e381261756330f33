package vn.planflow.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Child plans through the levels over HTTP, each step by its own demo user: province, district
 * and commune in the three-level shape, province and commune in the two-level shape. Each child is
 * pre-filled, drafted, checked and signed at its own level; its DOCX cites the parent; the
 * province's office sees the whole tree. Then the two-level province recalls its plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:cascadejourney;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/cascadejourney"})
class CascadeJourneyTest {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Duration SOON = Duration.ofSeconds(60);
    @LocalServerPort
    int port;
    CascadeApi api;

    @BeforeEach
    void client() {
        api = new CascadeApi(port);
    }

    @Test
    void provinceDistrictCommuneEachIssueTheirOwnPlanCitingTheLevelAbove() throws Exception {
        LocalDate due = LocalDate.now().plusDays(30);
        long province = created(api.post("thao", "/api/plans", CascadePlans.ninhAn(due, "na-dh", "na-ts")));
        badDemandsAreRefusedAndTheDraftIsKept(province, due);

        api.complete("thao", "Task_WriteDraft", province, Map.of());
        api.complete("duc", "Task_ReviewDraft", province, Map.of("headDecision", "approve"));
        api.complete("nga", "Task_CheckForm", province, Map.of("formCheckDecision", "pass"));
        api.complete("cuong", "Task_DecideOnPlan", province, Map.of("signerDecision", "approve"));
        api.complete("phuong", "Task_IssuePlan", province, Map.of("confirmIssue", true));
        JsonNode provincePlan = api.await("phuong", "/api/plans/" + province,
                p -> "ISSUED".equals(p.get("status").asText()), SOON);
        String provinceCode = provincePlan.get("code").asText();
        String provinceDate = LocalDate.parse(provincePlan.get("issuedOn").asText()).format(DMY);

        JsonNode cascade = api.await("phuong", "/api/plans/" + province + "/cascade",
                c -> c.get("byStatus").get("DRAFTING").asInt() == 2, SOON);
        long district = node(cascade.get("children"), "na-dh").get("childPlanId").asLong();
        assertThat(node(cascade.get("children"), "na-dh").get("draftingUnitId").asText()).isEqualTo("na-dh-vhtt");
        assertThat(node(cascade.get("children"), "na-ts").get("draftingUnitId").asText()).isEqualTo("na-ts-vhtt");

        // the district's drafter finds a draft already filled in from the province's plan
        JsonNode draft = api.get("lan", "/api/plans/" + district).json();
        String citation = "Căn cứ Kế hoạch số " + provinceCode + " ngày " + provinceDate
                + " của UBND tỉnh Ninh An về thông tin, tuyên truyền chuyển đổi số năm 2026";
        assertThat(draft.get("legalBases").get(0).asText()).startsWith(citation);
        assertThat(draft.get("title").asText())
                .isEqualTo("Thông tin, tuyên truyền chuyển đổi số năm 2026 trên địa bàn huyện Đông Hà");
        assertThat(draft.get("issuingUnitId").asText()).isEqualTo("na-dh");
        assertThat(draft.get("drafterId").isNull()).isTrue();
        assertThat(draft.toString()).contains("Chỉ đạo UBND các xã tuyên truyền trên loa truyền thanh",
                "Hội nghị tập huấn kỹ năng số");
        assertThat(recipients(draft)).containsExactlyInAnyOrder("na:REPORT", "na-dh-ap:ACTION", "na-dh-hb:ACTION");

        // nobody of another unit may take the district's draft, not even a drafter of the same district
        assertThat(api.hasTask("mai", "Task_WriteDraft", district)).isFalse();
        assertThat(api.put("mai", "/api/plans/" + district, Map.of("title", "x", "periodLabel", "y")).status())
                .isEqualTo(403);
        assertThat(api.hasTask("son", "Task_WriteDraft", district)).isFalse();
        String districtDraft = api.taskOf("lan", "Task_WriteDraft", district);
        assertThat(api.post("mai", "/api/tasks/" + districtDraft + "/complete", Map.of()).status()).isEqualTo(404);
        JsonNode notADrafter = api.post("admin", "/api/tasks/" + districtDraft + "/complete", Map.of()).json();
        assertThat(notADrafter.get("status").asInt()).isEqualTo(403);
        assertThat(notADrafter.get("message").asText())
                .contains("Chỉ chuyên viên của Phòng Văn hóa và Thông tin huyện Đông Hà");

        LocalDate communeDue = LocalDate.now().plusDays(20);
        api.complete("lan", "Task_WriteDraft", district, Map.of("signerId", "binh",
                "childPlanUnitIds", List.of("na-dh-hb", "na-dh-ap"), "childPlanDueDate", communeDue.toString()));
        assertThat(api.get("lan", "/api/plans/" + district).json().get("drafterId").asText()).isEqualTo("lan");
        api.complete("hung", "Task_ReviewDraft", district, Map.of("headDecision", "approve"));
        api.complete("thu", "Task_CheckForm", district, Map.of("formCheckDecision", "pass"));
        api.complete("binh", "Task_DecideOnPlan", district, Map.of("signerDecision", "approve"));
        api.complete("hoa", "Task_IssuePlan", district, Map.of("confirmIssue", true));

        cascade = api.await("phuong", "/api/plans/" + province + "/cascade", c -> c.get("total").asInt() == 4
                && node(c.get("children"), "na-dh").hasNonNull("documentUrl")
                && node(c.get("children"), "na-dh").get("children").size() == 2
                && node(node(c.get("children"), "na-dh").get("children"), "na-dh-hb").hasNonNull("childPlanId"), SOON);
        JsonNode districtNode = node(cascade.get("children"), "na-dh");
        assertThat(districtNode.get("status").asText()).isEqualTo("ISSUED");
        String districtCode = districtNode.get("code").asText();
        assertThat(districtCode).matches("\\d{2}/KH-UBND");
        String districtDate = LocalDate.parse(districtNode.get("issuedOn").asText()).format(DMY);
        long commune = node(districtNode.get("children"), "na-dh-hb").get("childPlanId").asLong();

        // the commune drafts in the committee itself and signs with its own chairman
        api.complete("ngoc", "Task_WriteDraft", commune, Map.of("signerId", "phat"));
        api.complete("phat", "Task_ReviewDraft", commune, Map.of("headDecision", "approve"));
        api.complete("quyen", "Task_CheckForm", commune, Map.of("formCheckDecision", "pass"));
        api.complete("phat", "Task_DecideOnPlan", commune, Map.of("signerDecision", "approve"));
        api.complete("nam", "Task_IssuePlan", commune, Map.of("confirmIssue", true));

        cascade = api.await("phuong", "/api/plans/" + province + "/cascade",
                c -> c.get("byStatus").get("ISSUED").asInt() == 2 && node(node(c.get("children"), "na-dh")
                        .get("children"), "na-dh-hb").hasNonNull("documentUrl"), SOON);
        assertThat(cascade.get("total").asInt()).isEqualTo(4);
        assertThat(cascade.get("byStatus").get("DRAFTING").asInt()).isEqualTo(2);
        assertThat(cascade.get("late").asInt()).isZero();
        assertThat(level(cascade, 1)).isEqualTo("[DISTRICT] total 2 DRAFTING 1 ISSUED 1");
        assertThat(level(cascade, 2)).isEqualTo("[COMMUNE] total 2 DRAFTING 1 ISSUED 1");

        String districtDocx = text(api.get("phuong", districtNode.get("documentUrl").asText()));
        assertThat(districtDocx).contains(citation, "KT. CHỦ TỊCH", "Trần Văn Bình", "ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG HÀ");
        String communeUrl = node(node(cascade.get("children"), "na-dh").get("children"), "na-dh-hb")
                .get("documentUrl").asText();
        String communeDocx = text(api.get("phuong", communeUrl));
        assertThat(communeDocx).contains("Căn cứ Kế hoạch số " + districtCode + " ngày " + districtDate
                + " của UBND huyện Đông Hà", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hồ Tấn Phát", "XÃ HÒA BÌNH");

        // the tree is the issuer's: another district, or a district's drafter, may not read it
        assertThat(api.get("son", "/api/plans/" + province + "/cascade").status()).isEqualTo(403);
        assertThat(api.get("lan", "/api/plans/" + province + "/cascade").status()).isEqualTo(403);
        assertThat(api.get("hoa", "/api/plans/" + district + "/cascade").json().get("total").asInt()).isEqualTo(2);
        assertThat(api.get(null, "/api/plans/" + province + "/cascade").status()).isEqualTo(401);
    }

    private void badDemandsAreRefusedAndTheDraftIsKept(long province, LocalDate due) {
        Map<String, Object> body = CascadePlans.ninhAn(due, "na-dh", "na-ts");
        body.put("recipients", List.of(Map.of("unitId", "na-dh", "childPlanDemanded", true),
                Map.of("unitId", "hl-bs", "childPlanDemanded", true)));
        assertThat(api.put("thao", "/api/plans/" + province, body).status()).isEqualTo(200);
        JsonNode refused = api.post("thao", "/api/tasks/" + api.taskOf("thao", "Task_WriteDraft", province)
                + "/complete", Map.of()).json();
        assertThat(refused.get("field").asText()).isEqualTo("childPlanUnitIds");
        assertThat(refused.get("message").asText()).contains("Ủy ban nhân dân xã Bình Sơn", "không phải là đơn vị cấp dưới");

        body.put("recipients", List.of(Map.of("unitId", "na-dh", "childPlanDemanded", true),
                Map.of("unitId", "na-dh", "childPlanDemanded", true)));
        refused = api.put("thao", "/api/plans/" + province, body).json();
        assertThat(refused.get("field").asText()).isEqualTo("childPlanUnitIds");
        assertThat(refused.get("message").asText()).contains("hai lần");

        body.put("recipients", List.of(Map.of("unitId", "na-dh", "childPlanDemanded", true,
                "childPlanDue", LocalDate.now().toString())));
        assertThat(api.put("thao", "/api/plans/" + province, body).status()).isEqualTo(200);
        refused = api.post("thao", "/api/tasks/" + api.taskOf("thao", "Task_WriteDraft", province)
                + "/complete", Map.of()).json();
        assertThat(refused.get("field").asText()).isEqualTo("childPlanDueDate");
        assertThat(refused.get("message").asText()).contains("phải sau ngày ban hành");

        assertThat(api.put("thao", "/api/plans/" + province, CascadePlans.ninhAn(due, "na-dh", "na-ts")).status())
                .isEqualTo(200);
        JsonNode kept = api.get("thao", "/api/plans/" + province).json();
        assertThat(kept.get("status").asText()).isEqualTo("DRAFTING");
        assertThat(recipients(kept)).contains("na-dh:ACTION", "na-ts:ACTION");
        assertThat(kept.get("recipients").get(0).get("childPlanDemanded").asBoolean()).isTrue();
        assertThat(kept.get("recipients").get(0).get("childPlanDue").asText()).isEqualTo(due.toString());
    }

    @Test
    void aProvinceOfTwoLevelsCascadesToItsCommunesAndItsRecallStopsTheOpenOne() throws Exception {
        LocalDate due = LocalDate.now().plusDays(25);
        long province = created(api.post("khanh", "/api/plans", CascadePlans.hoaLam(due, "hl-bs", "hl-tm")));
        api.complete("khanh", "Task_WriteDraft", province, Map.of());
        api.complete("quang", "Task_ReviewDraft", province, Map.of("headDecision", "approve"));
        api.complete("nhung", "Task_CheckForm", province, Map.of("formCheckDecision", "pass"));
        api.complete("long", "Task_DecideOnPlan", province, Map.of("signerDecision", "approve"));
        api.complete("lien", "Task_IssuePlan", province, Map.of("confirmIssue", true));

        JsonNode cascade = api.await("lien", "/api/plans/" + province + "/cascade",
                c -> c.get("byStatus").get("DRAFTING").asInt() == 2, SOON);
        JsonNode binhSon = node(cascade.get("children"), "hl-bs");
        assertThat(binhSon.get("draftingUnitId").asText()).isEqualTo("hl-bs-vhxh");
        assertThat(node(cascade.get("children"), "hl-tm").get("draftingUnitId").asText()).isEqualTo("hl-tm-vp");
        assertThat(binhSon.get("dueDate").asText()).isEqualTo(due.toString());
        long commune = binhSon.get("childPlanId").asLong();
        JsonNode provincePlan = api.get("lien", "/api/plans/" + province).json();

        api.complete("tai", "Task_WriteDraft", commune, Map.of("signerId", "phuc"));
        api.complete("kiet", "Task_ReviewDraft", commune, Map.of("headDecision", "approve"));
        api.complete("oanh", "Task_CheckForm", commune, Map.of("formCheckDecision", "pass"));
        api.complete("phuc", "Task_DecideOnPlan", commune, Map.of("signerDecision", "approve"));
        api.complete("dung", "Task_IssuePlan", commune, Map.of("confirmIssue", true));

        cascade = api.await("lien", "/api/plans/" + province + "/cascade",
                c -> node(c.get("children"), "hl-bs").hasNonNull("documentUrl"), SOON);
        assertThat(level(cascade, 1)).isEqualTo("[COMMUNE] total 2 DRAFTING 1 ISSUED 1");
        binhSon = node(cascade.get("children"), "hl-bs");
        String docx = text(api.get("lien", binhSon.get("documentUrl").asText()));
        assertThat(docx).contains("Căn cứ Kế hoạch số " + provincePlan.get("code").asText() + " ngày "
                        + LocalDate.parse(provincePlan.get("issuedOn").asText()).format(DMY) + " của UBND tỉnh Hòa Lâm",
                "Tuyên truyền phát triển văn hóa đọc năm 2026 trên địa bàn xã Bình Sơn",
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Hữu Phúc", "XÃ BÌNH SƠN");

        // a replacement is drafted by the drafting unit only; the original stays valid until it is issued
        assertThat(api.post("tai", "/api/plans/" + province + "/replacement", Map.of()).status()).isEqualTo(403);
        CascadeApi.Reply replacement = api.post("khanh", "/api/plans/" + province + "/replacement", Map.of());
        assertThat(replacement.status()).as(replacement.text()).isEqualTo(201);
        long replacementId = replacement.json().get("replacementPlanId").asLong();
        api.taskOf("khanh", "Task_WriteDraft", replacementId);
        assertThat(api.get("khanh", "/api/plans/" + replacementId).json().get("title").asText())
                .isEqualTo("Tuyên truyền phát triển văn hóa đọc năm 2026");
        assertThat(api.post("khanh", "/api/plans/" + province + "/replacement", Map.of()).status()).isEqualTo(409);

        // recall: only the issuer's leaders and clerks, always with a reason
        assertThat(api.post("tai", "/api/plans/" + province + "/recall", Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api.post("lien", "/api/plans/" + province + "/recall", Map.of("reason", " ")).json()
                .get("field").asText()).isEqualTo("reason");
        assertThat(api.post("lien", "/api/plans/" + province + "/recall",
                Map.of("reason", "Điều chỉnh theo chỉ đạo mới của Bộ")).status()).isEqualTo(200);

        long trungMy = node(cascade.get("children"), "hl-tm").get("childPlanId").asLong();
        api.complete("yen", "Task_NoteParentRecalled", province, Map.of("recallRead", true));
        cascade = api.get("lien", "/api/plans/" + province + "/cascade").json();
        assertThat(node(cascade.get("children"), "hl-tm").get("status").asText()).isEqualTo("CANCELLED");
        assertThat(node(cascade.get("children"), "hl-bs").get("status").asText()).isEqualTo("ISSUED");
        assertThat(api.get("yen", "/api/plans/" + trungMy).json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("lien", "/api/plans/" + province).json().get("status").asText()).isEqualTo("RECALLED");
        assertThat(api.get("dung", "/api/plans/" + commune).json().get("status").asText()).isEqualTo("ISSUED");
        assertThat(api.post("lien", "/api/plans/" + province + "/recall", Map.of("reason", "lần nữa")).status())
                .isEqualTo(409);
    }

    private static long created(CascadeApi.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private static JsonNode node(JsonNode nodes, String unitId) {
        return StreamSupport.stream(nodes.spliterator(), false).filter(n -> unitId.equals(n.get("unitId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no node for " + unitId + " in " + nodes));
    }

    private static String level(JsonNode cascade, int depth) {
        JsonNode level = StreamSupport.stream(cascade.get("levels").spliterator(), false)
                .filter(l -> l.get("depth").asInt() == depth).findFirst().orElseThrow();
        JsonNode by = level.get("byStatus");
        String counts = StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) by::fields).spliterator(), false)
                .filter(e -> e.getValue().asInt() > 0).map(e -> e.getKey() + " " + e.getValue().asInt())
                .collect(Collectors.joining(" "));
        return level.get("unitLevels").toString().replace("\"", "") + " total " + level.get("total").asInt() + " " + counts;
    }

    private static List<String> recipients(JsonNode plan) {
        return StreamSupport.stream(plan.get("recipients").spliterator(), false)
                .map(r -> r.get("unitId").asText() + ":" + r.get("purpose").asText()).sorted().toList();
    }

    private static String text(CascadeApi.Reply docx) throws Exception {
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            return body + "\n" + doc.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
        }
    }
}
