package vn.planflow.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.planflow.calendar.DueDates;
import vn.planflow.cascade.CascadeFanOut;
import vn.planflow.cascade.CascadeView;
import vn.planflow.cascade.CascadeViews;
import vn.planflow.plan.PlanContent;
import vn.planflow.plan.PlanContents;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanSteps;
import vn.planflow.plan.RecipientPurpose;
import vn.planflow.web.PlanApiService;

/**
 * Child plans through the product's own cascade: the ministry's plan demands a plan of every
 * province, each province's plan one of each of its communes. The drafts are the ones the
 * fan-out started; the demanded unit's drafter fills in what a composed draft leaves open (signer,
 * consulted departments, funding, the demands on its own communes) through the service behind
 * {@code PUT /api/plans/{id}}, then the plan runs like any other.
 */
final class CascadeDriver {
    static final String TITLE = "Phát triển văn hóa đọc năm " + PlanYearDriver.YEAR;
    private final PlanYearDriver driver;
    private final PlanApiService plans;
    private final PlanService planService;
    private final CascadeViews views;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TransactionTemplate reading;

    CascadeDriver(ApplicationContext context, PlanYearDriver driver) {
        this.driver = driver;
        this.plans = context.getBean(PlanApiService.class);
        this.planService = context.getBean(PlanService.class);
        this.views = context.getBean(CascadeViews.class);
        this.tasks = context.getBean(TaskService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.reading = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.reading.setReadOnly(true);
    }

    /** The ministry's plan, demanding a plan of every province; issued, it starts their drafts. */
    long ministryPlan(List<String> provinces) {
        List<PlanContent.RecipientItem> to = provinces.stream().map(CascadeDriver::demanded).toList();
        return driver.create(CountryFixture.MINISTRY, PlanYearDriver.content(CountryFixture.MINISTRY, TITLE, to));
    }

    /** The child plans the parent's cascade view lists, by unit; every expected unit must have its draft. */
    Map<String, Long> children(long parentPlanId, List<String> expectedUnits) {
        Map<String, Long> byUnit = new LinkedHashMap<>();
        for (CascadeView.Node node : views.of(planService.get(parentPlanId), "").children()) {
            if (node.childPlanId() != null) {
                byUnit.put(node.unitId(), node.childPlanId());
            }
        }
        if (!byUnit.keySet().containsAll(expectedUnits)) {
            throw new IllegalStateException("plan " + parentPlanId + " has child drafts for " + byUnit.keySet()
                    + ", expected " + expectedUnits);
        }
        return byUnit;
    }

    /** The drafter who finds the draft in Tasklist completes it, demanding plans of {@code below}; then it runs. */
    void childPlan(long planId, String body, String reportTo, List<String> below) {
        Task draft = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(planId))
                .taskDefinitionKey(PlanSteps.WRITE).singleResult();
        if (draft == null) {
            throw new IllegalStateException("the child plan " + planId + " of " + body + " has no draft waiting");
        }
        String drafter = driver.actor(draft);
        PlanContent composed = reading.execute(s -> PlanContents.of(planService.get(planId)));
        PlanContent edited = completed(composed, body, reportTo, below);
        driver.as(drafter, () -> plans.update(planId, edited, drafter));
        driver.drive(planId);
    }

    /** What the drafter adds; whatever the composed draft already has stays as it is. */
    private static PlanContent completed(PlanContent c, String body, String reportTo, List<String> below) {
        List<PlanContent.RecipientItem> recipients = new ArrayList<>();
        for (PlanContent.RecipientItem r : c.recipients()) {
            recipients.add(below.contains(r.unitId()) ? demanded(r.unitId()) : r);
        }
        List<String> listed = recipients.stream().map(PlanContent.RecipientItem::unitId).toList();
        below.stream().filter(u -> !listed.contains(u)).forEach(u -> recipients.add(demanded(u)));
        if (recipients.isEmpty()) {
            recipients.add(new PlanContent.RecipientItem(reportTo, null, RecipientPurpose.REPORT));
        }
        return new PlanContent(c.title(), c.periodLabel(), c.periodStart(), c.periodEnd(), c.issuingUnitId(),
                c.signerId() != null ? c.signerId() : body + ".vc", c.legalBases(), c.purposes(), c.requirements(),
                c.audiences(), c.content(), c.forms(), c.timing(),
                c.funding() != null ? c.funding() : "Ngân sách địa phương năm " + PlanYearDriver.YEAR,
                c.implementation(), c.closing(), c.appendix(), recipients,
                c.consultedUnitIds().isEmpty() ? PlanYearDriver.consulted(body) : c.consultedUnitIds(),
                c.consultationDue() != null ? c.consultationDue() : PlanYearDriver.consultationDue());
    }

    /** A recipient for action that must issue its own plan within a month. */
    private static PlanContent.RecipientItem demanded(String unitId) {
        return new PlanContent.RecipientItem(unitId, null, RecipientPurpose.ACTION, true,
                LocalDate.now(DueDates.ZONE).plusDays(30));
    }

    /**
     * The tree below the ministry's plan must be whole: every province and commune demanded, every
     * one issued, nothing late, no tracking left running. Fails the run otherwise.
     */
    void verify(long ministryPlanId, Size size, Figures f) {
        CascadeView view = views.of(planService.get(ministryPlanId), "");
        int expected = size.provinces() * (1 + size.communesPerProvince());
        int issued = view.byStatus().getOrDefault("ISSUED", 0);
        String perDepth = view.levels().stream().sorted(java.util.Comparator.comparingInt(CascadeView.LevelCount::depth))
                .map(l -> l.depth() + ": " + l.total())
                .collect(Collectors.joining(", "));
        long tracking = runtime.createProcessInstanceQuery().processDefinitionKey(CascadeFanOut.PROCESS).count();
        f.put("cascade: plans demanded / issued", view.total() + " / " + issued);
        f.put("cascade: demanded per depth", perDepth);
        f.put("cascade: trackings still running", tracking);
        String wanted = size.communesPerProvince() == 0 ? "1: " + size.provinces()
                : "1: " + size.provinces() + ", 2: " + size.provinces() * size.communesPerProvince();
        if (view.total() != expected || issued != expected || view.late() != 0 || tracking != 0
                || !perDepth.equals(wanted)) {
            throw new IllegalStateException("the cascade is not complete: " + view.total() + " demanded, " + issued
                    + " issued of " + expected + ", " + view.late() + " late, per depth " + perDepth + " (expected "
                    + wanted + "), " + tracking + " trackings running; by status " + view.byStatus());
        }
    }
}
