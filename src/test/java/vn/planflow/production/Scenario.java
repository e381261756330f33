package vn.planflow.production;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import vn.planflow.web.PlanDriver;
import vn.planflow.web.PlanRequests;

/**
 * The plans the cross-unit tests poke at, made once per running application: one issued plan of
 * huyện Đông Hà, one Đông Hà draft waiting for its drafter, and one draft of tỉnh Hòa Lâm.
 */
final class Scenario {
    private static final Map<Integer, Scenario> BY_PORT = new ConcurrentHashMap<>();
    final long issued;
    final String issuedInstance;
    final int year;
    final long draft;
    final String draftTask;
    final String draftInstance;
    final long otherProvince;

    private Scenario(int port) {
        Http http = new Http(port);
        PlanDriver driver = new PlanDriver(port);
        issued = driver.throughSigning();
        JsonNode plan = Http.await(() -> driver.plan("hoa", issued),
                p -> p.get("documentAvailable").asBoolean() && p.get("distribution").size() == 4,
                Duration.ofSeconds(60), "plan " + issued + " issued and sent");
        year = Integer.parseInt(plan.get("issuedOn").asText().substring(0, 4));
        issuedInstance = instanceOf(http, issued);

        draft = http.send("POST", "lan", PostgresDemoContext.DEMO, "/api/plans",
                Http.json(PlanRequests.districtPlan(List.of(), null)), Map.of()).json().get("id").asLong();
        JsonNode task = Http.await(() -> taskOf(http, "lan", draft), t -> t != null, Duration.ofSeconds(20),
                "the draft's first task");
        draftTask = task.get("id").asText();
        draftInstance = task.get("processInstanceId").asText();

        otherProvince = http.send("POST", "khanh", PostgresDemoContext.DEMO, "/api/plans", Http.json(Map.of(
                "title", "Phát triển du lịch cộng đồng năm 2026", "periodLabel", "năm 2026",
                "recipients", List.of(Map.of("unitId", "hl-bs")))), Map.of()).json().get("id").asLong();
    }

    static Scenario of(int port) {
        return BY_PORT.computeIfAbsent(port, Scenario::new);
    }

    static JsonNode taskOf(Http http, String user, long planId) {
        JsonNode tasks = http.get(user, PostgresDemoContext.DEMO, "/api/tasks").json();
        return StreamSupport.stream(tasks.spliterator(), false).filter(t -> t.get("planId").asLong() == planId)
                .findFirst().orElse(null);
    }

    private static String instanceOf(Http http, long planId) {
        JsonNode instances = http.get("admin", PostgresDemoContext.DEMO,
                "/engine-rest/history/process-instance?processDefinitionKey=PlanIssuance&processInstanceBusinessKey="
                        + planId).json();
        return instances.get(0).get("id").asText();
    }
}
