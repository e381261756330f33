package vn.planflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.planflow.web.PlanDriver;

/**
 * The audit log tells an administrator who decided what on a plan, through which door and from
 * where; a refused decision leaves no line, because the line shares the decision's transaction.
 */
class AuditTrailTest extends PostgresDemoContext {

    @Test
    void everyDecisionOnAnIssuedPlanIsInTheAuditLog() {
        Scenario s = Scenario.of(port);
        JsonNode log = new Http(port).get("admin", DEMO, "/api/audit?kind=DECISION&planId=" + s.issued).json();
        List<String> lines = StreamSupport.stream(log.spliterator(), false)
                .map(e -> e.get("actorId").asText() + " " + e.get("step").asText() + " " + e.get("decision").asText()
                        + " " + e.get("channel").asText())
                .toList();
        assertThat(lines).contains("lan Task_WriteDraft created API", "lan Task_WriteDraft submitted API",
                "hung Task_ReviewDraft approve API", "thu Task_CheckForm pass API", "binh Task_DecideOnPlan approve API",
                "hoa Task_IssuePlan issued API");
        assertThat(log.get(0).get("remoteAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(log.get(0).get("occurredAt").asText()).isNotBlank();
    }

    @Test
    void aRefusedDecisionLeavesNoLine() {
        Scenario s = Scenario.of(port);
        Http http = new Http(port);
        PlanDriver driver = new PlanDriver(port);
        long before = http.get("admin", DEMO, "/api/audit?kind=DECISION&planId=" + s.draft).json().size();
        Http.Reply refused = http.send("POST", "lan", DEMO, "/api/tasks/" + s.draftTask + "/complete",
                Http.json(Map.of("signerId", "long")), Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(http.get("admin", DEMO, "/api/audit?kind=DECISION&planId=" + s.draft).json()).hasSize((int) before);
        assertThat(driver.plan("lan", s.draft).get("history")).hasSize((int) before);
    }
}
