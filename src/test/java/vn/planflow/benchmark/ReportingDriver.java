package vn.planflow.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.planflow.calendar.DueDates;
import vn.planflow.calendar.WorkingCalendar;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.Role;
import vn.planflow.reporting.PeriodKind;
import vn.planflow.reporting.RegimeApi;
import vn.planflow.reporting.RegimeRequest;
import vn.planflow.reporting.RegimeView;
import vn.planflow.reporting.ReportApi;
import vn.planflow.reporting.ReportTree;
import vn.planflow.reporting.ReportView;

/**
 * Four quarterly report rounds on the ministry's plan, on the engine clock: the plan's drafter
 * sets up the regime in January; on each cut-off day the round opens, on the next working day
 * every commune's desk submits its figures through the service behind
 * {@code POST /api/reports/{id}/submit}; each province's desk completes its summary and its leader
 * approves it, which sends it to the ministry, whose summary closes the round. The clock is reset
 * at the end, whatever happened.
 */
final class ReportingDriver {
    static final String ROUND_PROCESS = "ReportingRound";
    private static final Map<String, Map<String, Object>> ANSWERS = Map.of(
            "Task_ReviewSummary", Map.of("results", "Các đơn vị đã tổ chức tuyên truyền, giới thiệu sách theo kế hoạch"),
            "Task_ApproveSummary", Map.of("summaryDecision", "approve"));
    private final PlanYearDriver driver;
    private final RegimeApi regimes;
    private final ReportApi reports;
    private final ReportTree tree;
    private final Memberships memberships;
    private final WorkingCalendar calendar;
    private final TaskService tasks;
    final Map<String, long[]> expectedTotals = new HashMap<>();
    long submissions;
    long summaryTasks;

    ReportingDriver(ApplicationContext context, PlanYearDriver driver) {
        this.driver = driver;
        this.regimes = context.getBean(RegimeApi.class);
        this.reports = context.getBean(ReportApi.class);
        this.tree = context.getBean(ReportTree.class);
        this.memberships = context.getBean(Memberships.class);
        this.calendar = context.getBean(WorkingCalendar.class);
        this.tasks = context.getBean(TaskService.class);
    }

    /** The whole reporting year of the plan; returns the regime as its drafter sees it at the end. */
    RegimeView year(long planId, Size size) {
        String drafter = CountryFixture.MINISTRY + "-s0.drafter";
        try {
            clock(LocalDate.of(PlanYearDriver.YEAR, 1, 5), LocalTime.of(8, 0));
            driver.runJobs();
            driver.as(drafter, () -> regimes.configure(planId, regime(), drafter));
            driver.runJobs();
            for (int q = 1; q <= 4; q++) {
                quarter(planId, q, size);
            }
            return driver.as(drafter, () -> regimes.get(planId, drafter));
        } finally {
            ClockUtil.reset();
        }
    }

    /** Quarterly, every commune at the bottom reporting (no list), two figures. */
    private static RegimeRequest regime() {
        return new RegimeRequest(List.of(PeriodKind.QUARTER), null, List.of(), List.of(
                new RegimeRequest.Figure("sessions", "Số buổi tuyên truyền, giới thiệu sách", "buổi", false),
                new RegimeRequest.Figure("readers", "Số lượt bạn đọc", "lượt", false)), null, null);
    }

    private void quarter(long planId, int q, Size size) {
        LocalDate cutOff = LocalDate.of(PlanYearDriver.YEAR, q * 3, 14);
        clock(cutOff, LocalTime.of(7, 30));
        driver.runJobs();
        String key = PlanYearDriver.YEAR + "-Q" + q;
        clock(calendar.addWorkingDays(cutOff, 1), LocalTime.of(9, 0));
        driver.runJobs();
        long[] totals = expectedTotals.computeIfAbsent(key, k -> new long[2]);
        List<Runnable> desks = new ArrayList<>();
        for (int p = 1; p <= size.provinces(); p++) {
            List<String> communes = CountryFixture.communes(size, p);
            for (int c = 0; c < communes.size(); c++) {
                // figures differ by commune and quarter, so the sums at the top prove every report counted
                long sessions = q + c;
                long readers = 100L * q + 7L * c + p;
                String commune = communes.get(c);
                desks.add(() -> submit(planId, key, commune, sessions, readers));
                totals[0] += sessions;
                totals[1] += readers;
            }
        }
        // with several clerks, the communes' desks submit at the same time
        Clerks.work(size.clerks(), desks);
        settle(key);
    }

    /** The commune's desk finds the round's report among its unit's reports and submits it. */
    private void submit(long planId, String key, String commune, long sessions, long readers) {
        String clerk = memberships.inRole(tree.deskOf(commune), Role.CLERK).get(0).getUserId();
        ReportView report = driver.as(clerk, () -> reports.mine(clerk, commune)).stream()
                .filter(r -> r.planId() == planId && r.periodKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException(commune + " has no report for " + key));
        driver.as(clerk, () -> reports.submit(report.id(), new ReportApi.SubmitRequest(
                Map.of("sessions", sessions, "readers", readers), "Duy trì tủ sách cộng đồng, tổ chức ngày hội đọc sách",
                null, null), clerk));
        synchronized (this) {
            submissions++;
        }
    }

    /** Runs due jobs and the summaries' review and approval, level by level, until the round has nothing left. */
    private void settle(String key) {
        for (int round = 0; round < 100; round++) {
            int ran = driver.runJobs();
            List<Task> open = tasks.createTaskQuery().processDefinitionKey(ROUND_PROCESS)
                    .taskDefinitionKeyIn(ANSWERS.keySet().toArray(String[]::new)).list();
            if (open.isEmpty() && ran == 0) {
                return;
            }
            for (Task task : open) {
                driver.complete(task, ANSWERS.get(task.getTaskDefinitionKey()));
                summaryTasks++;
            }
        }
        throw new IllegalStateException("the rounds of " + key + " did not settle in 100 steps");
    }

    private void clock(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(DueDates.ZONE).toInstant()));
        if (driver.executorWait != null) {
            driver.executorWait.clockMoved();
        }
    }

    /** The ministry's report of one round as its office reads it: every province in, its totals. */
    ReportView ministryReport(long topReportId) {
        String clerk = CountryFixture.MINISTRY + "-vp.clerk";
        return driver.as(clerk, () -> reports.view(topReportId, clerk));
    }

    /** One province's report of a round as its own office reads it. */
    ReportView provinceReport(long reportId, String province) {
        String clerk = province + "-vp.clerk";
        return driver.as(clerk, () -> reports.view(reportId, clerk));
    }

    static boolean sums(ReportView report, long[] expected) {
        return equal(report.totals().get("sessions"), expected[0]) && equal(report.totals().get("readers"), expected[1]);
    }

    private static boolean equal(BigDecimal value, long expected) {
        return value != null && value.compareTo(BigDecimal.valueOf(expected)) == 0;
    }
}
