package vn.planflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Drives one plan of Đông Hà through its steps as the demo users, for tests that need it done. */
public final class PlanDriver {
    private final ApiClient api;

    public PlanDriver(int port) {
        this.api = new ApiClient(port);
    }

    /** Creates a plan without consultation and takes it to the records clerk's confirmation. */
    public long throughSigning() {
        long planId = api.post("lan", "/api/plans", PlanRequests.districtPlan(List.of(), null)).json().get("id").asLong();
        complete("lan", "Task_WriteDraft", planId, Map.of());
        complete("hung", "Task_ReviewDraft", planId, Map.of("headDecision", "approve"));
        complete("thu", "Task_CheckForm", planId, Map.of("formCheckDecision", "pass"));
        complete("binh", "Task_DecideOnPlan", planId, Map.of("signerDecision", "approve"));
        complete("hoa", "Task_IssuePlan", planId, Map.of("confirmIssue", true, "copies", 2));
        return planId;
    }

    public JsonNode plan(String user, long planId) {
        return api.get(user, "/api/plans/" + planId).json();
    }

    public void complete(String user, String step, long planId, Map<String, Object> form) {
        JsonNode tasks = api.await(user, "/api/tasks", t -> find(t, step, planId) != null, Duration.ofSeconds(20));
        ApiClient.Response r = api.post(user, "/api/tasks/" + find(tasks, step, planId) + "/complete", form);
        if (r.status() != 204) {
            throw new AssertionError(user + " could not complete " + step + ": " + r.text());
        }
    }

    private static String find(JsonNode tasks, String step, long planId) {
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.get("step").asText().equals(step) && t.get("planId").asLong() == planId)
                .map(t -> t.get("id").asText()).findFirst().orElse(null);
    }
}
