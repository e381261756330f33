package vn.planflow.dashboard;

import vn.planflow.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;
import vn.planflow.calendar.DueDates;
import vn.planflow.obligation.Obligation;
import vn.planflow.obligation.ObligationRepository;
import vn.planflow.obligation.ObligationStatus;
import vn.planflow.reporting.FollowUpFixture;

/**
 * A province plan of UBND tỉnh Ninh An (signed by cuong) with something on each part of the
 * dashboard: the plans it demands of both districts, one ad-hoc reporting round in
 * which only UBND xã Hòa Bình has reported, and the appendix task of Sở TTTT already overdue.
 */
public final class DashboardScenario {
    static final Duration WAIT = Duration.ofSeconds(40);

    private DashboardScenario() {
    }

    @SuppressWarnings("unchecked")
    public static Long create(ApplicationContext context, ApiClient api) {
        LocalDate today = LocalDate.now(DueDates.ZONE);
        FollowUpFixture fixture = new FollowUpFixture(context);
        Map<String, Object> body = new java.util.LinkedHashMap<>(FollowUpFixture.provincePlan(today.minusDays(60),
                today.plusDays(300), today.minusDays(3), today.plusDays(90)));
        // Both districts must draft their own plan within twenty days: the cascade has two nodes.
        List<Map<String, Object>> recipients = new java.util.ArrayList<>();
        for (Object r : (List<?>) body.get("recipients")) {
            Map<String, Object> recipient = new java.util.LinkedHashMap<>((Map<String, Object>) r);
            if ("na-dh".equals(recipient.get("unitId")) || "na-ts".equals(recipient.get("unitId"))) {
                recipient.put("childPlanDemanded", true);
                recipient.put("childPlanDue", today.plusDays(20).toString());
            }
            recipients.add(recipient);
        }
        body.put("recipients", recipients);
        Long planId = fixture.issue(body, today.minusDays(30));
        api.await("cuong", "/api/plans/" + planId + "/cascade", c -> c.get("total").asInt() == 2, WAIT);
        String regime = "/api/plans/" + planId + "/reporting-regime";
        LocalDate own = today.plusMonths(6).withDayOfMonth(Math.min(today.getDayOfMonth(), 28));
        ApiClient.Response configured = api.post("thao", regime, Map.of("periods", List.of("OWN_DATE"),
                "ownDueDate", String.format("%02d/%02d", own.getDayOfMonth(), own.getMonthValue()),
                "reportingUnitIds", List.of("na-dh-hb", "na-dh-ap"),
                "figures", List.of(Map.of("key", "sessions", "label", "Số buổi tuyên truyền", "measure", "buổi"))));
        assertThat(configured.status()).as(configured.text()).isEqualTo(200);
        ApiClient.Response round = api.post("cuong", regime + "/ad-hoc", Map.of(
                "title", "Kết quả tuyên truyền chuyển đổi số",
                "windowStart", today.minusDays(30).toString(), "windowEnd", today.minusDays(1).toString(),
                "dueDate", today.plusDays(25).toString()));
        assertThat(round.status()).as(round.text()).isEqualTo(201);
        JsonNodes reports = new JsonNodes(api.await("nam", "/api/reports?unitId=na-dh-hb",
                l -> StreamSupport.stream(l.spliterator(), false).anyMatch(r -> r.get("planId").asLong() == planId),
                WAIT));
        long hoaBinh = reports.idOfPlan(planId);
        ApiClient.Response submitted = api.post("nam", "/api/reports/" + hoaBinh + "/submit",
                Map.of("figures", Map.of("sessions", 12), "results", "Tổ chức tuyên truyền trên loa truyền thanh"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        // The appendix task finished three days ago: its timers (remind, then mark overdue) are
        // fired now instead of at the hour of day the calendar sets for them.
        fireTimers(context, planId, "na-stttt");
        api.await("cuong", "/api/plans/" + planId + "/obligations", l -> StreamSupport.stream(l.spliterator(), false)
                .anyMatch(o -> o.get("status").asText().equals("OVERDUE")), WAIT);
        return planId;
    }

    private static void fireTimers(ApplicationContext context, Long planId, String leadUnitId) {
        ManagementService management = context.getBean(ManagementService.class);
        ObligationRepository obligations = context.getBean(ObligationRepository.class);
        for (int attempt = 0; attempt < 100; attempt++) {
            Obligation o = obligations.findByPlanIdOrderByIdAsc(planId).stream()
                    .filter(x -> leadUnitId.equals(x.getLeadUnitId())).findFirst().orElse(null);
            if (o != null && o.getStatus() == ObligationStatus.OVERDUE) {
                return;
            }
            List<Job> jobs = o == null || o.getProcessInstanceId() == null ? List.of()
                    : management.createJobQuery().processInstanceId(o.getProcessInstanceId()).list();
            try {
                if (jobs.isEmpty()) {
                    Thread.sleep(200);
                } else {
                    management.executeJob(jobs.get(0).getId());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException raced) {
                // the job executor took the same job first: look again
            }
        }
    }

    private record JsonNodes(com.fasterxml.jackson.databind.JsonNode list) {
        long idOfPlan(long planId) {
            return StreamSupport.stream(list.spliterator(), false).filter(r -> r.get("planId").asLong() == planId)
                    .findFirst().orElseThrow().get("id").asLong();
        }
    }
}
