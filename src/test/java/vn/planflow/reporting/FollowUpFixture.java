package vn.planflow.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.planflow.document.DocumentFormats;
import vn.planflow.identity.Memberships;
import vn.planflow.issuance.NumberingService;
import vn.planflow.issuance.PlanIssuedEvent;
import vn.planflow.plan.PlanContent;
import vn.planflow.plan.PlanService;

/**
 * For Spring tests of the follow-ups: a province plan of Sở TTTT Ninh An issued through the
 * services (numbered in UBND tỉnh's series, PlanIssuedEvent published in the same transaction, as
 * Task_StartFollowUps does), and helpers to run due jobs and act on tasks as a given person.
 */
public final class FollowUpFixture {
    private final ApplicationContext context;
    private final TransactionTemplate tx;

    public FollowUpFixture(ApplicationContext context) {
        this.context = context;
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** Body of the plan as the drafter thao would send it; dates decide its period and the task's finish. */
    public static Map<String, Object> provincePlan(LocalDate start, LocalDate end, LocalDate taskFinish,
                                                   LocalDate districtFinish) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", "Tuyên truyền chuyển đổi số năm " + start.getYear());
        p.put("periodLabel", "năm " + start.getYear());
        p.put("periodStart", start.toString());
        p.put("periodEnd", end.toString());
        p.put("issuingUnitId", "na");
        p.put("signerId", "cuong");
        p.put("legalBases", List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"));
        p.put("purposes", "- Nâng cao nhận thức về chuyển đổi số");
        p.put("implementation", List.of(
                Map.of("unitId", "na-stttt", "duties", "Chủ trì, hướng dẫn, theo dõi việc thực hiện Kế hoạch"),
                Map.of("unitId", "na-dh", "duties", "Tổ chức tuyên truyền trên địa bàn huyện, hoàn thành trước ngày "
                        + DocumentFormats.shortDate(districtFinish))));
        p.put("appendix", List.of(Map.of("content", "Tập huấn kỹ năng số cho cán bộ cấp xã",
                "product", "02 lớp tập huấn", "start", start.toString(), "finish", taskFinish.toString(),
                "leadUnit", "Sở Thông tin và Truyền thông", "supportingUnits", "UBND huyện Đông Hà; UBND huyện Tây Sơn")));
        List<Map<String, Object>> recipients = new ArrayList<>();
        recipients.add(Map.of("unitId", "na-dh"));
        recipients.add(Map.of("unitId", "na-ts"));
        recipients.add(Map.of("unitId", "na-dh-hb"));
        recipients.add(Map.of("unitId", "na-dh-ap"));
        recipients.add(Map.of("name", "Bộ Thông tin và Truyền thông", "purpose", "REPORT"));
        p.put("recipients", recipients);
        return p;
    }

    /** Created by thao, numbered in UBND tỉnh's series on issuedOn, and announced as issued. */
    public Long issue(Map<String, Object> body, LocalDate issuedOn) {
        PlanService plans = context.getBean(PlanService.class);
        PlanContent content = context.getBean(ObjectMapper.class).convertValue(body, PlanContent.class);
        Long id = tx.execute(s -> plans.create(content, "thao").getId());
        tx.executeWithoutResult(s -> {
            int number = context.getBean(NumberingService.class).next("na", issuedOn.getYear());
            plans.issue(id, number, DocumentFormats.numberCode(number, "KH", "UBND"), issuedOn, 1);
            context.publishEvent(new PlanIssuedEvent(id));
        });
        return id;
    }

    /** Runs every job of the plan's processes that is due by the engine clock, until none is left. */
    public int runDue(Long planId) {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        ManagementService management = context.getBean(ManagementService.class);
        int ran = 0;
        for (int guard = 0; guard < 500; guard++) {
            Job next = null;
            for (ProcessInstance pi : runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(String.valueOf(planId)).list()) {
                next = management.createJobQuery().processInstanceId(pi.getId()).executable().list().stream()
                        .findFirst().orElse(null);
                if (next != null) {
                    break;
                }
            }
            if (next == null) {
                return ran;
            }
            management.executeJob(next.getId());
            ran++;
        }
        throw new AssertionError("jobs of plan " + planId + " keep coming");
    }

    /** The one open task of this step in the plan's processes that the person may do. */
    public Task task(String userId, Long planId, String step) {
        return as(userId, () -> context.getBean(TaskService.class).createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(planId)).taskDefinitionKey(step).singleResult());
    }

    /** Completes the task like a Tasklist form submitted by that person. */
    public void submit(String userId, Task task, Map<String, Object> form) {
        as(userId, () -> {
            context.getBean(FormService.class).submitTaskForm(task.getId(), form);
            return null;
        });
    }

    public <T> T inTransaction(Supplier<T> work) {
        return tx.execute(s -> work.get());
    }

    private <T> T as(String userId, Supplier<T> work) {
        IdentityService identity = context.getBean(IdentityService.class);
        identity.setAuthentication(userId, context.getBean(Memberships.class).groupIds(userId));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
