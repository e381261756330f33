package vn.planflow.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.planflow.calendar.DueDates;
import vn.planflow.identity.CandidateGroups;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.UnitMember;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanContent;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanStatus;
import vn.planflow.web.PlanApiService;
import vn.planflow.web.TaskApiService;

/**
 * Simulated users driving plans through PlanIssuance with the services behind /api/plans and
 * /api/tasks/{id}/complete, each step done by whoever the engine offers the task to; due jobs are
 * run here, the way the job executor would, so they can be counted. Several clerks may drive
 * plans at the same time ({@link Clerks}); what they share is kept thread-safe.
 */
final class PlanYearDriver {
    /** The plans are for next year, so the four quarterly report rounds all lie ahead of them. */
    static final int YEAR = LocalDate.now(DueDates.ZONE).getYear() + 1;
    static final String ACKNOWLEDGE = "Task_RegisterIncoming";
    /** What each person answers on each step: everyone agrees, so every plan takes the same path. */
    private static final Map<String, Map<String, Object>> ANSWERS = Map.of(
            "Task_WriteDraft", Map.of(),
            "Task_ReviewDraft", Map.of("headDecision", "approve"),
            "Task_GiveComments", Map.of("consultationAnswer", "agree"),
            "Task_SynthesiseComments", Map.of("commentAnswers", List.of()),
            "Task_ReviseDraft", Map.of(),
            "Task_CheckForm", Map.of("formCheckDecision", "pass"),
            "Task_DecideOnPlan", Map.of("signerDecision", "approve"),
            "Task_IssuePlan", Map.of("confirmIssue", true, "copies", 2),
            ACKNOWLEDGE, Map.of("incomingNumber", "1", "handlerName", "Văn phòng", "receiptConfirmed", true));

    /** What one issued plan took, for the baseline to repeat: the drafting group and the acknowledgements. */
    record Shape(String group, int acknowledgements) {
    }

    private final PlanApiService plans;
    private final PlanService planService;
    private final TaskApiService taskApi;
    private final TaskService tasks;
    private final ManagementService management;
    private final Map<String, String> activities = new ConcurrentHashMap<>();
    private final IdentityService identity;
    private final Memberships memberships;
    private final Map<String, String> memberOfGroup = new ConcurrentHashMap<>();
    final List<Shape> shapes = Collections.synchronizedList(new ArrayList<>());
    final Figures figures;
    /** Set when the engine's job executor runs the jobs (--job-executor); the driver then only waits. */
    final JobExecutorWait executorWait;
    /** Set with several clerks: each then waits for its own plan's jobs, not for every job due. */
    private final boolean alongsideOthers;

    PlanYearDriver(ApplicationContext context, Figures figures, Size size) {
        this.plans = context.getBean(PlanApiService.class);
        this.planService = context.getBean(PlanService.class);
        this.taskApi = context.getBean(TaskApiService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.identity = context.getBean(IdentityService.class);
        this.memberships = context.getBean(Memberships.class);
        this.figures = figures;
        this.executorWait = size.jobExecutor() ? new JobExecutorWait(context) : null;
        this.alongsideOthers = size.clerks() > 1;
    }

    /** Drafted in the body's department, consulted with its three other departments, sent to recipients. */
    static PlanContent content(String body, String title, List<PlanContent.RecipientItem> to) {
        return new PlanContent(title, "năm " + YEAR, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                body, body + ".vc", List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025"),
                "- Phát triển văn hóa đọc trong cộng đồng", "- Bám sát nhiệm vụ, bảo đảm tiến độ", null,
                "- Tuyên truyền thường xuyên\n- Duy trì tủ sách cộng đồng", null, "Cả năm " + YEAR, "Ngân sách năm " + YEAR,
                List.of(new PlanContent.ImplementationItem(body + "-s0", null, "Chủ trì, hướng dẫn, theo dõi")),
                null, List.of(), to, consulted(body), consultationDue());
    }

    static List<String> consulted(String body) {
        return List.of(body + "-s1", body + "-s2", body + "-s3");
    }

    static LocalDate consultationDue() {
        return LocalDate.now(DueDates.ZONE).plusDays(30);
    }

    /** Created by the drafter of the body's drafting department, then driven until it is issued. */
    long create(String body, PlanContent content) {
        String drafter = body + "-s0.drafter";
        long planId = as(drafter, () -> plans.create(content, drafter).id());
        drive(planId);
        return planId;
    }

    /** Runs due jobs and answers every open task of the plan until nothing is left; the plan must be issued. */
    void drive(long planId) {
        String key = String.valueOf(planId);
        int acknowledgements = 0;
        for (int round = 0; round < 100; round++) {
            List<Task> known;
            if (alongsideOthers) {
                known = executorWait.openOnceSettled(key, this::answerable);
            } else {
                runJobs();
                known = answerable(key);
            }
            if (known.isEmpty()) {
                issued(planId, acknowledgements);
                return;
            }
            for (Task task : known) {
                complete(task, ANSWERS.get(task.getTaskDefinitionKey()));
                synchronized (figures) {
                    figures.userTasks++;
                }
                acknowledgements += ACKNOWLEDGE.equals(task.getTaskDefinitionKey()) ? 1 : 0;
            }
        }
        throw new IllegalStateException("plan " + planId + " did not settle in 100 rounds");
    }

    /** The plan's open tasks that a simulated person answers. */
    private List<Task> answerable(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list().stream()
                .filter(t -> ANSWERS.containsKey(t.getTaskDefinitionKey())).toList();
    }

    private void issued(long planId, int acknowledgements) {
        Plan plan = planService.get(planId);
        if (plan.getStatus() != PlanStatus.ISSUED || plan.getDocumentFileId() == null || acknowledgements == 0) {
            throw new IllegalStateException("plan " + planId + " of " + plan.getIssuingUnitId() + " stopped at "
                    + plan.getStatus() + " with " + acknowledgements + " acknowledgements");
        }
        synchronized (figures) {
            figures.documents++;
        }
        shapes.add(new Shape(plan.getDraftingUnitId() + ".drafter", acknowledgements));
    }

    /** Completes the task as the person it is offered to, like a Tasklist form. */
    void complete(Task task, Map<String, Object> form) {
        as(actor(task), () -> {
            taskApi.complete(task.getId(), form);
            return null;
        });
    }

    /**
     * Runs every job that is due by the engine clock, until none is left; returns how many it ran
     * itself, none when it waits for the job executor instead.
     */
    int runJobs() {
        if (executorWait != null) {
            executorWait.untilDone(null);
            return 0;
        }
        int ran = 0;
        for (List<Job> due = management.createJobQuery().executable().listPage(0, 500); !due.isEmpty();
             due = management.createJobQuery().executable().listPage(0, 500)) {
            for (Job job : due) {
                long started = System.nanoTime();
                management.executeJob(job.getId());
                figures.jobTime(activities.computeIfAbsent(String.valueOf(job.getJobDefinitionId()), this::activity),
                        System.nanoTime() - started);
                figures.jobs++;
                figures.jobsByProcess.merge(kind(job), 1L, Long::sum);
                ran++;
            }
        }
        return ran;
    }

    private String activity(String jobDefinitionId) {
        var definition = management.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId).singleResult();
        return definition == null ? "engine" : definition.getActivityId();
    }

    /** The job's process, or for the engine's own jobs (history cleanup) what it does. */
    private static String kind(Job job) {
        if (job.getProcessDefinitionKey() != null) {
            return job.getProcessDefinitionKey();
        }
        return job instanceof JobEntity entity ? "engine: " + entity.getJobHandlerType() : "engine";
    }

    /** The assignee, else a candidate user, else someone holding a candidate group's role. */
    String actor(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                String who = link.getUserId() != null ? link.getUserId() : member(link.getGroupId());
                if (who != null) {
                    return who;
                }
            }
        }
        throw new IllegalStateException("nobody is offered " + task.getTaskDefinitionKey() + " (task " + task.getId() + ")");
    }

    /** One person of the group's unit and role; a desk has several groups, not all of them staffed. */
    private String member(String group) {
        return memberOfGroup.computeIfAbsent(group, g -> CandidateGroups.parse(g)
                .flatMap(r -> memberships.inRole(r.unitId(), r.role()).stream().findFirst().map(UnitMember::getUserId))
                .orElse(null));
    }

    <T> T as(String userId, Supplier<T> work) {
        identity.setAuthentication(userId, memberships.groupIds(userId));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
