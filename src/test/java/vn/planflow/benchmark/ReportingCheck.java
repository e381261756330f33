package vn.planflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import vn.planflow.reporting.RegimeView;
import vn.planflow.reporting.Report;
import vn.planflow.reporting.ReportRepository;
import vn.planflow.reporting.ReportView;

/**
 * What the reporting year must leave behind, read as the units read it: for each quarter the
 * ministry's sent report with one on-time report from every province and the sums of all the
 * communes' figures, each province's sent report with one on-time report from every commune, a
 * DOCX and an XLSX per summary, no round still running. Any gap fails the run.
 */
final class ReportingCheck {
    private final ReportRepository reports;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final List<String> problems = new ArrayList<>();

    ReportingCheck(ApplicationContext context) {
        this.reports = context.getBean(ReportRepository.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
    }

    /** Puts the phase's counts into the figures; throws if anything the year promised is missing. */
    void verify(RegimeView regime, ReportingDriver driver, Size size, Figures f) {
        List<String> keys = regime.rounds().stream().filter(r -> !r.cancelled()).map(RegimeView.RoundView::periodKey)
                .toList();
        List<String> quarters = IntStream.rangeClosed(1, 4).mapToObj(q -> PlanYearDriver.YEAR + "-Q" + q).toList();
        expect(regime.status().equals("ENDED"), "the regime is " + regime.status() + ", not ENDED");
        expect(keys.equals(quarters), "rounds " + keys + ", expected " + quarters);
        long documents = 0;
        long sent = 0;
        List<String> ministryIn = new ArrayList<>();
        List<String> provincesIn = new ArrayList<>();
        for (RegimeView.RoundView round : regime.rounds()) {
            ReportView top = driver.ministryReport(round.topReportId());
            long onTime = top.children().stream().filter(c -> c.state().equals("ON_TIME")).count();
            ministryIn.add(onTime + "/" + size.provinces());
            expect(top.status().equals("SENT") && top.children().size() == size.provinces()
                    && onTime == size.provinces(), round.periodKey() + ": the ministry's report is " + top.status()
                    + " with " + onTime + " of " + top.children().size() + " provinces on time");
            long[] expected = driver.expectedTotals.get(round.periodKey());
            expect(expected != null && ReportingDriver.sums(top, expected), round.periodKey()
                    + ": the ministry's totals " + top.totals() + " are not the sums of the communes' figures");
            long communesIn = 0;
            for (ReportView.ChildView child : top.children()) {
                ReportView province = driver.provinceReport(child.reportId(), child.unitId());
                long in = province.children().stream().filter(c -> c.state().equals("ON_TIME")).count();
                communesIn += in;
                expect(province.status().equals("SENT") && province.children().size() == size.communesPerProvince()
                        && in == size.communesPerProvince(), round.periodKey() + ": " + child.unitId() + " sent "
                        + province.status() + " with " + in + " of " + province.children().size() + " communes on time");
            }
            provincesIn.add(communesIn + "/" + size.provinces() * size.communesPerProvince());
            for (Report r : reports.findByRoundIdOrderByDepthAscIdAsc(round.id())) {
                documents += (r.getDocxFileId() != null ? 1 : 0) + (r.getXlsxFileId() != null ? 1 : 0);
                sent += r.isCollector() && r.getStatus().name().equals("SENT") ? 1 : 0;
            }
        }
        long summaries = 4L * (size.provinces() + 1);
        expect(sent == summaries && documents == 2 * summaries, sent + " summaries sent and " + documents
                + " documents, expected " + summaries + " and " + 2 * summaries);
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(ReportingDriver.ROUND_PROCESS).count();
        long open = tasks.createTaskQuery().processDefinitionKey(ReportingDriver.ROUND_PROCESS).count();
        expect(running == 0 && open == 0, running + " rounds still running, " + open + " report tasks open");
        f.put("report rounds", String.join(", ", keys));
        f.put("report submissions", driver.submissions);
        f.put("report summaries sent", sent);
        f.put("report summary tasks completed (review, approval)", driver.summaryTasks);
        f.put("report documents (DOCX + XLSX)", documents);
        f.put("ministry: provinces on time per quarter", String.join(", ", ministryIn));
        f.put("provinces: communes on time per quarter", String.join(", ", provincesIn));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the reporting year is not complete:\n- " + String.join("\n- ", problems));
        }
    }

    private void expect(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
