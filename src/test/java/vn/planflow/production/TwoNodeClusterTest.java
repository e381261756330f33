package vn.planflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.planflow.calendar.DueDates;
import vn.planflow.web.PlanDriver;
import vn.planflow.web.PlanRequests;

/**
 * Two PlanFlow nodes on one PostgreSQL database, as behind the proxy of docker-compose.yml. People
 * use either node; the jobs (numbering, DOCX, distribution, follow-ups) and the reminder timers are
 * taken by whichever node is free. Side effects are counted in the domain tables: every number once,
 * no gap, every reminder once. Then one node stops in the middle of issuing and the other finishes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {
    static final String FILES = "target/test-files/cluster";
    static final String[] FAST_JOBS = {"--PLANFLOW_JOB_WAIT_MS=300", "--camunda.bpm.job-execution.max-wait=1000",
            "--PLANFLOW_JOB_LOCK_MS=8000"};
    static Database db;
    static Node a;
    static Node b;
    static final List<Long> plans = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() {
        db = Database.create("cluster");
        a = Node.start("node-a", db.url, FILES, FAST_JOBS);
        b = Node.start("node-b", db.url, FILES, FAST_JOBS);
    }

    @AfterAll
    static void stopNodes() {
        ClockUtil.reset();
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    @Order(1)
    void plansIssuedThroughBothNodesGetEveryNumberOnceAndEveryReminderOnce() {
        PlanDriver viaA = new PlanDriver(a.port);
        PlanDriver viaB = new PlanDriver(b.port);
        for (int i = 0; i < 6; i++) {
            plans.add((i % 2 == 0 ? viaA : viaB).throughSigning());
        }
        Http.await(() -> db.issuedAndSent(plans, 4), n -> n == plans.size(), Duration.ofSeconds(90), "6 plans issued");
        Http.await(() -> db.successfulJobsPerInstance("Task_StartFollowUps").size(), n -> n == plans.size(),
                Duration.ofSeconds(30), "follow-ups started");

        assertThat(db.registerNumbers("na-dh")).containsExactlyElementsOf(IntStream.rangeClosed(1, 6).boxed().toList());
        assertThat(db.count("select count(distinct plan_id) from outgoing_register_entry")).isEqualTo(6);
        assertThat(db.count("select count(*) from stored_file where name like 'KH-%'")).isEqualTo(6);
        assertThat(db.count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'IncomingDocument'")).isEqualTo(18);
        assertThat(db.successfulJobsPerInstance("Task_NumberAndRegister").values()).hasSize(6).containsOnly(1L);
        assertThat(db.successfulJobsPerInstance("Task_StartFollowUps").values()).containsOnly(1L);
        List<String> hosts = db.jobHosts();
        System.out.println("[cluster] jobs executed by " + hosts);
        assertThat(hosts).contains("node-a", "node-b");

        // The acknowledgement deadline passes for all 18 on-system recipients at once.
        LocalDate due = db.jdbc.queryForObject("select max(acknowledge_due) from distribution", LocalDate.class);
        ClockUtil.setCurrentTime(Date.from(due.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(DueDates.ZONE).toInstant()));
        try {
            Http.await(() -> db.count("select count(*) from distribution where on_system and reminder_count > 0"),
                    n -> n == 18, Duration.ofSeconds(60), "18 reminders");
            sleep(3000);
            assertThat(db.jdbc.queryForList("select reminder_count from distribution where on_system", Integer.class))
                    .hasSize(18).containsOnly(1);
            assertThat(db.successfulJobsPerInstance("Task_RemindRecipient").values()).hasSize(18).containsOnly(1L);
            assertThat(db.count("select count(*) from ACT_RU_INCIDENT")).isZero();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    @Order(2)
    void whenOneNodeStopsMidwayTheOtherFinishesEveryPlan() {
        PlanDriver viaA = new PlanDriver(a.port);
        Http http = new Http(a.port);
        List<Long> batch = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long id = http.send("POST", "lan", "demo", "/api/plans", Http.json(PlanRequests.districtPlan(List.of(), null)),
                    Map.of()).json().get("id").asLong();
            viaA.complete("lan", "Task_WriteDraft", id, Map.of());
            viaA.complete("hung", "Task_ReviewDraft", id, Map.of("headDecision", "approve"));
            viaA.complete("thu", "Task_CheckForm", id, Map.of("formCheckDecision", "pass"));
            viaA.complete("binh", "Task_DecideOnPlan", id, Map.of("signerDecision", "approve"));
            batch.add(id);
        }
        for (long id : batch) {
            viaA.complete("hoa", "Task_IssuePlan", id, Map.of("confirmIssue", true, "copies", 1));
        }
        a.stopTakingJobs();
        a.close();
        long doneWhenStopped = db.issuedAndSent(batch, 4);
        System.out.println("[cluster] node-a stopped with " + doneWhenStopped + " of 4 plans fully issued");
        assertThat(doneWhenStopped).as("work left for node-b").isLessThan(4);
        plans.addAll(batch);

        Http.await(() -> db.issuedAndSent(plans, 4), n -> n == plans.size(), Duration.ofSeconds(90),
                "node-b finishes all 10 plans");
        assertThat(db.registerNumbers("na-dh")).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(db.count("select count(*) from stored_file where name like 'KH-%'")).isEqualTo(10);
        assertThat(db.count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'IncomingDocument'")).isEqualTo(30);
        assertThat(db.successfulJobsPerInstance("Task_NumberAndRegister").values()).hasSize(10).containsOnly(1L);
        Http.await(() -> db.count("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'async-continuation'"),
                n -> n == 0, Duration.ofSeconds(30), "no asynchronous step left");
        assertThat(db.count("select count(*) from ACT_HI_JOB_LOG where HOSTNAME_ = 'node-b' and JOB_STATE_ = 2"
                + " and PROCESS_INSTANCE_ID_ in (select PROCESS_INSTANCE_ID from plan where id in ("
                + batch.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow() + "))"))
                .as("jobs of the last plans that node-b ran").isPositive();
        assertThat(db.count("select count(*) from ACT_RU_INCIDENT")).isZero();
        assertThat(new Http(b.port).get("hoa", "demo", "/api/plans/" + batch.get(3)).json().get("status").asText())
                .isEqualTo("ISSUED");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
