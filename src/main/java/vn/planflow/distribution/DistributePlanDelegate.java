package vn.planflow.distribution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;
import vn.planflow.calendar.DueDates;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Task_DistributePlan: one incoming-document process per recipient unit on the system. */
@Component("distributePlanDelegate")
public class DistributePlanDelegate implements JavaDelegate {
    private final DistributionService distribution;

    public DistributePlanDelegate(DistributionService distribution) {
        this.distribution = distribution;
    }

    @Override
    public void execute(DelegateExecution execution) {
        distribution.distribute(ProcessIds.planId(execution),
                ClockUtil.getCurrentTime().toInstant().atZone(DueDates.ZONE).toLocalDate());
    }
}
