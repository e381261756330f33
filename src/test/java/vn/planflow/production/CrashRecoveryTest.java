package vn.planflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.planflow.web.PlanDriver;
import vn.planflow.web.PlanRequests;

/**
 * PlanFlow is killed (SIGKILL) while it numbers and renders plans, and again while it sends them
 * out; each time it is started again on the same PostgreSQL database. No plan is lost, no number is
 * used twice or skipped, every recipient gets exactly one incoming document, and every process
 * either finishes or would show an incident (none does). A draft waiting for its reviewer survives.
 */
class CrashRecoveryTest {
    static final String FILES = "target/test-files/crash";
    // One job at a time and a short lock, so a kill lands in the middle of the work and the next
    // start takes over what the dead process had locked within seconds.
    static final Map<String, String> SLOW_AND_SHORT_LOCKS = Map.of("PLANFLOW_JOB_THREADS", "1",
            "PLANFLOW_JOB_MAX_THREADS", "1", "PLANFLOW_JOB_LOCK_MS", "5000", "PLANFLOW_JOB_WAIT_MS", "300");
    static final String[] ARGS = {"--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
            "--camunda.bpm.job-execution.queue-capacity=1", "--camunda.bpm.job-execution.max-wait=1000"};
    ChildNode node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void killedWhileIssuingAndWhileDistributingItLosesNothingAndDoublesNothing() throws IOException {
        Database db = Database.create("crash");
        node = ChildNode.start("crash-1", db, FILES, SLOW_AND_SHORT_LOCKS, ARGS);
        List<Long> first = signed(node, 6);
        long waiting = draftAwaitingReview(node);
        confirmIssue(node, first);
        int inFlight = killWhen(() -> db.count("select count(*) from plan where number is not null"), 2, db, first);
        System.out.println("[crash] killed while issuing: " + inFlight + " of 6 plans fully done");
        assertThat(inFlight).as("the kill came in the middle of issuing").isLessThan(6);

        node = ChildNode.start("crash-2", db, FILES, SLOW_AND_SHORT_LOCKS, ARGS);
        Http.await(() -> db.issuedAndSent(first, 4), n -> n == 6, Duration.ofSeconds(90), "6 plans after restart");
        assertThat(db.registerNumbers("na-dh")).containsExactlyElementsOf(IntStream.rangeClosed(1, 6).boxed().toList());
        new PlanDriver(node.port).complete("hung", "Task_ReviewDraft", waiting, Map.of("headDecision", "approve"));

        List<Long> second = signed(node, 4);
        confirmIssue(node, second);
        String secondIds = ids(second);
        inFlight = killWhen(() -> db.count("select count(distinct plan_id) from distribution where plan_id in ("
                + secondIds + ")"), 1, db, second);
        System.out.println("[crash] killed while distributing: " + inFlight + " of 4 plans fully done");
        assertThat(inFlight).as("the kill came in the middle of distributing").isLessThan(4);

        node = ChildNode.start("crash-3", db, FILES, SLOW_AND_SHORT_LOCKS, ARGS);
        List<Long> all = new ArrayList<>(first);
        all.addAll(second);
        Http.await(() -> db.issuedAndSent(all, 4), n -> n == 10, Duration.ofSeconds(90), "10 plans after restart");
        Http.await(() -> db.count("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'async-continuation'"),
                n -> n == 0, Duration.ofSeconds(60), "no asynchronous step left");

        assertThat(db.registerNumbers("na-dh")).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(db.count("select count(distinct number) from plan where id in (" + ids(all) + ")")).isEqualTo(10);
        assertThat(db.count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'IncomingDocument'")).isEqualTo(30);
        assertThat(db.count("select count(distinct process_instance_id) from distribution where on_system")).isEqualTo(30);
        assertThat(db.count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'PlanIssuance'"
                + " and END_TIME_ is not null and BUSINESS_KEY_ in (" + quoted(all) + ")")).isEqualTo(10);
        assertThat(db.count("select count(*) from ACT_RU_INCIDENT")).isZero();
        assertThat(db.count("select count(*) from plan where status = 'ISSUED' and id in (" + ids(all) + ")"))
                .isEqualTo(10);
        assertThat(db.count("select count(*) from plan where id in (" + ids(all) + "," + waiting + ")"))
                .as("no plan lost").isEqualTo(11);
        assertThat(new PlanDriver(node.port).plan("thu", waiting).get("status").asText()).isEqualTo("FORM_CHECK");

        // Every document row has its file; a render cut short may leave a file without a row, never the reverse.
        List<String> fileIds = db.jdbc.queryForList("select id from stored_file where name like 'KH-%'", String.class);
        assertThat(fileIds).hasSize(10).allSatisfy(id -> assertThat(Path.of(FILES, id)).exists());
        try (Stream<Path> onDisk = Files.list(Path.of(FILES))) {
            System.out.println("[crash] files on disk " + onDisk.count() + ", documents registered " + fileIds.size());
        }

        killedWhileAReportRoundOpens(db, all);
    }

    /**
     * The third kill point: a leader's ad hoc request opens a report round (one round, one report
     * row per unit, one ReportingRound process per collecting unit, a Nộp báo cáo task per
     * reporting unit); the JVM dies as soon as the first row of the round is seen. After the
     * restart the round is there exactly once, or not at all (the request then never answered and
     * is asked again), never half or twice, and its process goes on.
     */
    private void killedWhileAReportRoundOpens(Database db, List<Long> all) {
        long planId = all.get(0);
        Http http = new Http(node.port);
        String regimePath = MonthlyReports.regimePath(planId);
        MonthlyReports.configure(http, "demo", planId);
        String adHoc = MonthlyReports.adHocRequest();
        String rounds = "select count(*) from reporting_round where plan_id = " + planId;
        java.util.concurrent.CompletableFuture<Integer> request = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return http.send("POST", "binh", "demo", regimePath + "/ad-hoc", adHoc, Map.of()).status();
            } catch (IllegalStateException killed) {
                return -1;
            }
        });
        // The round's rows are written in the request's one transaction (identity ids: inserted at
        // once, committed at the end); the kill comes when that transaction is seen writing them,
        // or at the latest when they are committed.
        String writing = "select count(*) from pg_stat_activity where backend_xid is not null"
                + " and (query ilike '%insert into reporting_round%' or query ilike '%insert into unit_report%')";
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        boolean inFlight = false;
        while (!request.isDone() && System.nanoTime() < end) {
            if (db.count(writing) > 0) {
                inFlight = true;
                break;
            }
            if (db.count(rounds) > 0) {
                break;
            }
            ChildNode.sleep(2);
        }
        node.kill();
        node = null;
        int answered = request.join();
        long seen = db.count(rounds);
        System.out.println("[crash] killed while a report round opens (transaction seen in flight: " + inFlight
                + "): request answered " + answered
                + ", rounds in the database " + seen);

        node = ChildNode.start("crash-4", db, FILES, SLOW_AND_SHORT_LOCKS, ARGS);
        if (seen == 0) {
            assertThat(answered).as("a request answered 201 left its round").isNotEqualTo(201);
            Http.Reply again = new Http(node.port).send("POST", "binh", "demo", regimePath + "/ad-hoc", adHoc, Map.of());
            assertThat(again.status()).as(again.text()).isEqualTo(201);
        }
        assertThat(db.count(rounds)).as("exactly one round").isEqualTo(1);
        String round = "(select id from reporting_round where plan_id = " + planId + ")";
        assertThat(db.count("select count(*) from unit_report where round_id in " + round)).isEqualTo(3);
        assertThat(db.count("select count(distinct unit_id) from unit_report where round_id in " + round)).isEqualTo(3);
        assertThat(db.count("select count(*) from unit_report where collector and round_id in " + round))
                .as("one collecting unit, Đông Hà").isEqualTo(1);
        assertThat(db.count("select count(*) from unit_report where collector and process_instance_id is not null"
                + " and round_id in " + round)).isEqualTo(1);
        String roundInstances = "(select process_instance_id from unit_report where round_id in " + round + ")";
        assertThat(db.count("select count(*) from ACT_RU_EXECUTION where PROC_INST_ID_ = ID_ and BUSINESS_KEY_ = '"
                + planId + "' and PROC_DEF_ID_ like 'ReportingRound:%'")).as("one round process per collecting unit")
                .isEqualTo(1);
        assertThat(db.count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_SubmitReport'"
                + " and PROC_INST_ID_ in " + roundInstances)).as("one Nộp báo cáo per reporting unit").isEqualTo(2);
        assertThat(db.count("select count(distinct LONG_) from ACT_RU_VARIABLE where NAME_ = 'unitReportId'"
                + " and TASK_ID_ in (select ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_SubmitReport'"
                + " and PROC_INST_ID_ in " + roundInstances + ")")).as("for two different reports").isEqualTo(2);
        assertThat(db.count("select count(*) from ACT_RU_INCIDENT")).isZero();
        assertThat(db.count("select count(*) from plan where status = 'ISSUED' and id in (" + ids(all) + ")"))
                .as("no plan lost").isEqualTo(10);

        // The round goes on: Hòa Bình reports over the API and its task is done.
        Http after = new Http(node.port);
        long hoaBinh = db.count("select id from unit_report where unit_id = 'na-dh-hb' and round_id in " + round);
        Http.Reply submitted = after.send("POST", "nam", "demo", "/api/reports/" + hoaBinh + "/submit",
                Http.json(Map.of("figures", Map.of("sessions", 3), "results", "Tổ chức 3 buổi")), Map.of());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(db.count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_SubmitReport'"
                + " and PROC_INST_ID_ in " + roundInstances)).isEqualTo(1);
        assertThat(db.count("select count(*) from ACT_RU_INCIDENT")).isZero();
    }

    /** Plans of Đông Hà taken to the clerk's confirmation, not yet confirmed. */
    private static List<Long> signed(ChildNode node, int count) {
        PlanDriver driver = new PlanDriver(node.port);
        Http http = new Http(node.port);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = http.send("POST", "lan", "demo", "/api/plans", Http.json(PlanRequests.districtPlan(List.of(), null)),
                    Map.of()).json().get("id").asLong();
            driver.complete("lan", "Task_WriteDraft", id, Map.of());
            driver.complete("hung", "Task_ReviewDraft", id, Map.of("headDecision", "approve"));
            driver.complete("thu", "Task_CheckForm", id, Map.of("formCheckDecision", "pass"));
            driver.complete("binh", "Task_DecideOnPlan", id, Map.of("signerDecision", "approve"));
            ids.add(id);
        }
        return ids;
    }

    private static long draftAwaitingReview(ChildNode node) {
        long id = new Http(node.port).send("POST", "lan", "demo", "/api/plans",
                Http.json(PlanRequests.districtPlan(List.of(), null)), Map.of()).json().get("id").asLong();
        new PlanDriver(node.port).complete("lan", "Task_WriteDraft", id, Map.of());
        return id;
    }

    private static void confirmIssue(ChildNode node, List<Long> ids) {
        PlanDriver driver = new PlanDriver(node.port);
        for (long id : ids) {
            driver.complete("hoa", "Task_IssuePlan", id, Map.of("confirmIssue", true, "copies", 2));
        }
    }

    /** Kills the node as soon as the progress measure reaches the threshold; returns plans fully done then. */
    private int killWhen(LongSupplier progress, long threshold, Database db, List<Long> plans) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (progress.getAsLong() < threshold && System.nanoTime() < end) {
            ChildNode.sleep(20);
        }
        node.kill();
        node = null;
        return (int) db.issuedAndSent(plans, 4);
    }

    private static String ids(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static String quoted(List<Long> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }
}
