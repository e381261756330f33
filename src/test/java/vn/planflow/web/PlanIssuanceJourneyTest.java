package vn.planflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One plan through every role, each a real user over HTTP: drafter, head (with a return), two
 * consulted units, synthesis, office, Vice Chairman, records clerk, recipients. People of another
 * district can neither see nor act on it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:journey;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/journey"})
public class PlanIssuanceJourneyTest {
    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void planGoesFromDraftToEveryRecipientAndStrangersSeeNothing() throws Exception {
        LocalDate due = LocalDate.now().plusDays(10);
        ApiClient.Response created = api.post("lan", "/api/plans",
                PlanRequests.districtPlan(List.of("na-dh-tckh", "na-dh-gddt"), due));
        assertThat(created.status()).isEqualTo(201);
        long planId = created.json().get("id").asLong();
        String plan = "/api/plans/" + planId;

        String write = taskOf("lan", "Task_WriteDraft", planId);
        assertThat(api.get("son", plan).status()).isEqualTo(403);
        assertThat(api.get("son", "/api/tasks").json().toString()).doesNotContain("\"planId\":" + planId + ",");
        assertThat(api.post("son", "/api/tasks/" + write + "/complete", Map.of()).status()).isEqualTo(404);
        assertThat(api.get(null, plan).status()).isEqualTo(401);

        complete("lan", write, Map.of());
        String review = taskOf("hung", "Task_ReviewDraft", planId);
        assertThat(api.post("hung", "/api/tasks/" + review + "/complete", Map.of("headDecision", "return"))
                .json().get("field").asText()).isEqualTo("headComment");
        complete("hung", review, Map.of("headDecision", "return", "headComment", "Bổ sung nguồn kinh phí cụ thể"));
        complete("lan", taskOf("lan", "Task_ReviseDraft", planId), Map.of("funding", "Ngân sách huyện năm 2026: 150 triệu đồng"));
        complete("hung", taskOf("hung", "Task_ReviewDraft", planId), Map.of("headDecision", "approve"));

        complete("mai", taskOf("mai", "Task_GiveComments", planId),
                Map.of("consultationAnswer", "comment", "commentText", "Đề nghị bổ sung chỉ tiêu số người được tập huấn"));
        complete("tuan", taskOf("tuan", "Task_GiveComments", planId), Map.of("consultationAnswer", "agree"));
        assertThat(api.post("mai", "/api/tasks/" + write + "/complete", Map.of()).status()).isEqualTo(404);

        JsonNode comments = api.get("lan", plan).json().get("comments");
        long commentId = StreamSupport.stream(comments.spliterator(), false)
                .filter(c -> !c.get("agrees").asBoolean()).findFirst().orElseThrow().get("id").asLong();
        complete("lan", taskOf("lan", "Task_SynthesiseComments", planId), Map.of("commentAnswers", List.of(
                Map.of("commentId", commentId, "resolution", "accept", "answer", "Đã bổ sung chỉ tiêu 500 người"))));
        complete("lan", taskOf("lan", "Task_ReviseDraft", planId), Map.of());
        complete("hung", taskOf("hung", "Task_ReviewDraft", planId), Map.of("headDecision", "approve"));
        String check = taskOf("thu", "Task_CheckForm", planId);
        assertThat(api.post("hung", "/api/tasks/" + check + "/complete", Map.of("formCheckDecision", "pass")).status())
                .isEqualTo(404);
        complete("thu", check, Map.of("formCheckDecision", "pass"));

        String decide = taskOf("binh", "Task_DecideOnPlan", planId);
        assertThat(api.get("an", "/api/tasks").json().toString()).doesNotContain("\"planId\":" + planId + ",");
        assertThat(api.get("binh", plan + "/preview").status()).isEqualTo(200);
        complete("binh", decide, Map.of("signerDecision", "approve", "signerComment", "Đồng ý ban hành"));
        complete("hoa", taskOf("hoa", "Task_IssuePlan", planId), Map.of("confirmIssue", true, "copies", 6));

        JsonNode issued = api.await("hoa", plan, p -> p.get("documentAvailable").asBoolean()
                && p.get("distribution").size() == 4, Duration.ofSeconds(60));
        assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
        String code = issued.get("code").asText();
        assertThat(code).matches("\\d{2}/KH-UBND");
        assertThat(steps(issued)).contains("Task_ReviewDraft:return", "Task_GiveComments:comment",
                "Task_DecideOnPlan:approve", "Task_IssuePlan:issued");

        complete("nam", taskOf("nam", "Task_RegisterIncoming", planId),
                Map.of("incomingNumber", "15", "handlerName", "Công chức Văn hóa - Xã hội", "receiptConfirmed", true));
        JsonNode sent = api.await("hoa", plan, p -> status(p, "na-dh-hb").equals("ACKNOWLEDGED"), Duration.ofSeconds(10));
        assertThat(status(sent, "na-dh-ap")).isEqualTo("AWAITING_ACKNOWLEDGEMENT");
        assertThat(status(sent, "na-dh-mttq")).isEqualTo("SENT");
        assertThat(status(sent, "na")).isEqualTo("AWAITING_ACKNOWLEDGEMENT");

        ApiClient.Response docx = api.get("nam", plan + "/document");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String header = doc.getTables().get(0).getText();
            assertThat(header).contains("Số: " + code).contains("ỦY BAN NHÂN DÂN").contains("HUYỆN ĐÔNG HÀ");
            String footer = doc.getTables().get(1).getText();
            assertThat(footer).contains("Nơi nhận:", "- UBND tỉnh Ninh An (để b/c);", "- Lưu: VT, VHTT.",
                    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình");
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("KẾ HOẠCH", "150 triệu đồng", "I. MỤC ĐÍCH, YÊU CẦU");
        }
        assertThat(api.get("son", plan + "/document").status()).isEqualTo(403);

        int year = issued.get("issuedOn").asText().length() >= 4 ? Integer.parseInt(issued.get("issuedOn").asText().substring(0, 4)) : 0;
        JsonNode register = api.get("hoa", "/api/register?unitId=na-dh&year=" + year).json();
        assertThat(register).hasSize(1);
        assertThat(register.get(0).get("code").asText()).isEqualTo(code);
        assertThat(register.get(0).get("copies").asInt()).isEqualTo(6);
        ApiClient.Response xlsx = api.get("hoa", "/api/register/export?unitId=na-dh&year=" + year);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo(code);
        }
        assertThat(api.get("son", "/api/register?unitId=na-dh&year=" + year).status()).isEqualTo(403);
        historyKeepsDecisionsNotFormCopies(planId);
    }

    /** The head's return and approval stay in the engine's history; the prefilled form copies do not. */
    private void historyKeepsDecisionsNotFormCopies(long planId) {
        String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey("PlanIssuance")
                .processInstanceBusinessKey(String.valueOf(planId)).singleResult().getId();
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName).contains("planId", "headDecision");
        assertThat(variables).allSatisfy(v -> assertThat(v.getTaskId()).as(v.getName()).isNull());
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
                .filteredOn(d -> "headDecision".equals(((HistoricVariableUpdate) d).getVariableName()))
                .extracting(d -> ((HistoricVariableUpdate) d).getValue()).containsExactly("return", "approve", "approve");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).formFields().count()).isZero();
    }

    /** A real plan is longer than the engine's 4,000-character text variables; the forms carry it whole. */
    @Test
    void aLongPlanGoesThroughTheFormsWhole() {
        Map<String, Object> request = PlanRequests.districtPlan(List.of(), null);
        String content = "- Tuyên truyền lợi ích của chuyển đổi số đến từng thôn, tổ dân phố và hộ gia đình\n".repeat(180)
                + "- Dòng cuối của nội dung tuyên truyền";
        request.put("content", content);
        long planId = api.post("lan", "/api/plans", request).json().get("id").asLong();
        complete("lan", taskOf("lan", "Task_WriteDraft", planId), Map.of());

        String review = taskOf("hung", "Task_ReviewDraft", planId);
        String draft = api.get("hung", "/engine-rest/task/" + review + "/form-variables").json()
                .get("draftMarkdown").get("value").asText();
        assertThat(draft.length()).isGreaterThan(content.length());
        assertThat(draft).contains("Dòng cuối của nội dung tuyên truyền");
        complete("hung", review, Map.of("headDecision", "return", "headComment", "Bổ sung thêm nội dung"));

        String longer = content + "\n" + "- Bồi dưỡng kỹ năng số cho cán bộ thôn, tổ dân phố\n".repeat(60) + "- Hết";
        complete("lan", taskOf("lan", "Task_ReviseDraft", planId), Map.of("content", longer));
        JsonNode saved = api.get("lan", "/api/plans/" + planId).json();
        assertThat(StreamSupport.stream(saved.get("sections").spliterator(), false)
                .map(x -> x.get("body").asText()).filter(b -> b.endsWith("- Hết")).findFirst().orElseThrow())
                .hasSize(longer.length());
        assertThat(taskOf("hung", "Task_ReviewDraft", planId)).isNotBlank();
    }

    @Test
    void taskListComesInPagesAndRefusesBadPaging() {
        for (int i = 0; i < 2; i++) {
            assertThat(api.post("lan", "/api/plans", PlanRequests.districtPlan(List.of(), null)).status()).isEqualTo(201);
        }
        api.await("lan", "/api/tasks", t -> t.size() >= 2, Duration.ofSeconds(20));
        JsonNode first = api.get("lan", "/api/tasks?maxResults=1").json();
        JsonNode second = api.get("lan", "/api/tasks?firstResult=1&maxResults=1").json();
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).get("id").asText()).isNotEqualTo(first.get(0).get("id").asText());
        assertThat(api.get("lan", "/api/tasks?maxResults=0").json().get("field").asText()).isEqualTo("maxResults");
        assertThat(api.get("lan", "/api/tasks?maxResults=100000").json().get("field").asText()).isEqualTo("maxResults");
        assertThat(api.get("lan", "/api/tasks?firstResult=-1").json().get("field").asText()).isEqualTo("firstResult");
        assertThat(api.get("lan", "/api/tasks?firstResult=abc").status()).isEqualTo(400);
    }

    @Test
    void badDraftsAreRefusedWithTheFieldAndNothingIsLost() {
        Map<String, Object> noTitle = PlanRequests.districtPlan(List.of(), null);
        noTitle.put("title", " ");
        JsonNode error = api.post("lan", "/api/plans", noTitle).json();
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("field").asText()).isEqualTo("title");

        Map<String, Object> unknownUnit = PlanRequests.districtPlan(List.of(), null);
        unknownUnit.put("recipients", List.of(Map.of("unitId", "khong-co")));
        assertThat(api.post("lan", "/api/plans", unknownUnit).status()).isEqualTo(404);

        assertThat(api.post("hung", "/api/plans", PlanRequests.districtPlan(List.of(), null)).status())
                .isEqualTo(403);

        Map<String, Object> wrongSigner = PlanRequests.districtPlan(List.of("na-dh-tckh"), LocalDate.now().minusDays(1));
        wrongSigner.put("signerId", "cuong");
        long planId = api.post("lan", "/api/plans", wrongSigner).json().get("id").asLong();
        String write = taskOf("lan", "Task_WriteDraft", planId);
        JsonNode refused = api.post("lan", "/api/tasks/" + write + "/complete", Map.of()).json();
        assertThat(refused.get("field").asText()).isEqualTo("signerId");

        wrongSigner.put("signerId", "binh");
        ApiClient.Response saved = api.put("lan", "/api/plans/" + planId, wrongSigner);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        refused = api.post("lan", "/api/tasks/" + write + "/complete", Map.of()).json();
        assertThat(refused.get("field").asText()).isEqualTo("consultationDueDate");

        JsonNode kept = api.get("lan", "/api/plans/" + planId).json();
        assertThat(kept.get("status").asText()).isEqualTo("DRAFTING");
        assertThat(kept.get("title").asText()).isEqualTo("Thông tin, tuyên truyền chuyển đổi số năm 2026");
        assertThat(taskOf("lan", "Task_WriteDraft", planId)).isEqualTo(write);
        assertThat(api.put("son", "/api/plans/" + planId, wrongSigner).status()).isEqualTo(403);
        assertThat(api.postRaw("lan", "/api/plans", "{\"title\": [1,2").status()).isEqualTo(400);
        assertThat(api.get("lan", "/api/plans/abc").status()).isEqualTo(400);
        assertThat(api.get("lan", "/api/plans/999999").status()).isEqualTo(404);
    }

    private static List<String> steps(JsonNode plan) {
        return StreamSupport.stream(plan.get("history").spliterator(), false)
                .map(h -> h.get("step").asText() + ":" + h.get("decision").asText()).toList();
    }

    private static String status(JsonNode plan, String unitId) {
        return StreamSupport.stream(plan.get("distribution").spliterator(), false)
                .filter(d -> unitId.equals(d.get("unitId").asText(null))).findFirst().orElseThrow()
                .get("status").asText();
    }

    private String taskOf(String user, String step, long planId) {
        JsonNode tasks = api.await(user, "/api/tasks", t -> StreamSupport.stream(t.spliterator(), false)
                .anyMatch(x -> isStep(x, step, planId)), Duration.ofSeconds(20));
        return StreamSupport.stream(tasks.spliterator(), false).filter(x -> isStep(x, step, planId))
                .findFirst().orElseThrow().get("id").asText();
    }

    private static boolean isStep(JsonNode task, String step, long planId) {
        return task.get("step").asText().equals(step) && task.get("planId").asLong() == planId;
    }

    private void complete(String user, String taskId, Map<String, Object> form) {
        ApiClient.Response r = api.post(user, "/api/tasks/" + taskId + "/complete", form);
        assertThat(r.status()).as(user + " completes " + taskId + ": " + r.text()).isEqualTo(204);
    }
}
