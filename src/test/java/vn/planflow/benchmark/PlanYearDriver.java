package vn.planflow.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.planflow.identity.Memberships;
import vn.planflow.plan.PlanContent;
import vn.planflow.plan.RecipientPurpose;
import vn.planflow.web.PlanApiService;
import vn.planflow.web.TaskApiService;

/**
 * Simulated users driving one plan through PlanIssuance with the services behind /api/plans and
 * /api/tasks/{id}/complete, each step done by whoever the engine offers the task to; due jobs are
 * run here, the way the job executor would, so they can be counted.
 */
final class PlanYearDriver {
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
            "Task_RegisterIncoming", Map.of("incomingNumber", "1", "handlerName", "Văn phòng", "receiptConfirmed", true));

    private final PlanApiService plans;
    private final TaskApiService taskApi;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final Memberships memberships;
    final Figures figures;

    PlanYearDriver(ApplicationContext context, Figures figures) {
        this.plans = context.getBean(PlanApiService.class);
        this.taskApi = context.getBean(TaskApiService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.identity = context.getBean(IdentityService.class);
        this.memberships = context.getBean(Memberships.class);
        this.figures = figures;
    }

    /** Drafted in the body's department, consulted with its three other departments, sent to recipients. */
    long issue(String body, String title, List<String> recipients, RecipientPurpose purpose) {
        List<PlanContent.RecipientItem> to = recipients.stream()
                .map(r -> new PlanContent.RecipientItem(r, null, purpose)).toList();
        PlanContent content = new PlanContent(title, "năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                body, body + ".vc", List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025"),
                "- Phát triển văn hóa đọc trong cộng đồng", "- Bám sát nhiệm vụ, bảo đảm tiến độ", null,
                "- Tuyên truyền thường xuyên\n- Duy trì tủ sách cộng đồng", null, "Cả năm 2026", "Ngân sách năm 2026",
                List.of(new PlanContent.ImplementationItem(body + "-s0", null, "Chủ trì, hướng dẫn, theo dõi")),
                null, List.of(), to, List.of(body + "-s1", body + "-s2", body + "-s3"),
                LocalDate.now().plusDays(30));
        String drafter = body + "-s0.drafter";
        long planId = as(drafter, () -> plans.create(content, drafter).id());
        drive(planId);
        figures.documents++;
        return planId;
    }

    /** Runs due jobs and answers every open task of the plan until nothing is left to do. */
    private void drive(long planId) {
        for (int round = 0; round < 100; round++) {
            runJobs();
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(planId)).list();
            List<Task> known = open.stream().filter(t -> ANSWERS.containsKey(t.getTaskDefinitionKey())).toList();
            if (known.isEmpty()) {
                return;
            }
            for (Task task : known) {
                String user = actor(task);
                as(user, () -> {
                    taskApi.complete(task.getId(), ANSWERS.get(task.getTaskDefinitionKey()));
                    return null;
                });
                figures.userTasks++;
            }
        }
        throw new IllegalStateException("plan " + planId + " did not settle in 100 rounds");
    }

    void runJobs() {
        for (List<Job> due = management.createJobQuery().executable().listPage(0, 500); !due.isEmpty();
             due = management.createJobQuery().executable().listPage(0, 500)) {
            for (Job job : due) {
                management.executeJob(job.getId());
                figures.jobs++;
            }
        }
    }

    /** The assignee, else the candidate user, else the person whose id is the candidate group. */
    private String actor(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                return link.getUserId() != null ? link.getUserId() : link.getGroupId();
            }
        }
        throw new IllegalStateException("nobody is offered " + task.getTaskDefinitionKey());
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
