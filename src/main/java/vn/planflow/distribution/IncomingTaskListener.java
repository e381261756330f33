package vn.planflow.distribution;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.planflow.calendar.DueDates;
import vn.planflow.document.DocumentFormats;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;
import vn.planflow.support.Actors;
import vn.planflow.support.FormPrefill;
import vn.planflow.support.FormValues;
import vn.planflow.support.ProcessIds;
import vn.planflow.support.ValidationException;

/**
 * Task_RegisterIncoming. Its form shows what arrived, read when it is opened ({@link #values}); on
 * completion the registration is recorded. Nothing is done on create.
 */
@Component("incomingTaskListener")
public class IncomingTaskListener implements TaskListener, FormPrefill {
    private final DistributionService distribution;
    private final PlanService plans;
    private final IdentityService identityService;

    public IncomingTaskListener(DistributionService distribution, PlanService plans, IdentityService identityService) {
        this.distribution = distribution;
        this.plans = plans;
        this.identityService = identityService;
    }

    @Override
    public String processKey() {
        return DistributionService.PROCESS;
    }

    @Override
    public Map<String, Object> values(DelegateTask task) {
        Plan plan = plans.get(ProcessIds.planId(task));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("documentMarkdown", "**Kế hoạch số " + plan.getCode() + "** ngày " + DocumentFormats.shortDate(plan.getIssuedOn())
                + "  \n" + plan.getTitle() + "\n\n[Tải văn bản (DOCX)](/api/plans/" + plan.getId() + "/document)");
        for (String key : new String[] {"incomingNumber", "handlerName", "handlingDueDate", "note"}) {
            v.put(key, null);
        }
        v.put("receiptConfirmed", false);
        return v;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Long distributionId = ((Number) task.getVariable("distributionId")).longValue();
            Map<String, Object> v = task.getVariables();
            if (!FormValues.flag(v, "receiptConfirmed")) {
                throw new ValidationException("receiptConfirmed", "Hãy xác nhận đã nhận văn bản");
            }
            distribution.acknowledge(distributionId, Actors.current(identityService, task.getAssignee()),
                    FormValues.text(v, "incomingNumber"), FormValues.text(v, "handlerName"),
                    FormValues.date("handlingDueDate", FormValues.text(v, "handlingDueDate")),
                    FormValues.text(v, "note"),
                    ClockUtil.getCurrentTime().toInstant().atZone(DueDates.ZONE).toLocalDate());
        }
    }
}
