package vn.planflow.reporting;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine side of reporting in one place: starting a regime's loop and a collecting unit's
 * round, and the message that carries a sent summary to the round of the level above. Business
 * key is always the plan's id, so one Message_PlanRecalled reaches every process of the plan.
 */
@Component
public class RoundProcesses {
    public static final String REGIME_PROCESS = "ReportingRegime";
    public static final String ROUND_PROCESS = "ReportingRound";
    public static final String REPORT_SUBMITTED = "Message_ReportSubmitted";
    public static final String PLAN_RECALLED = "Message_PlanRecalled";
    /** The receive task's local variable naming the child unit it waits for. */
    public static final String AWAITED_UNIT = "awaitedUnitId";

    private final RuntimeService runtimeService;

    public RoundProcesses(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public String startRegime(Long planId, Long regimeId) {
        return runtimeService.startProcessInstanceByKey(REGIME_PROCESS, String.valueOf(planId),
                Map.of("planId", planId, "regimeId", regimeId)).getId();
    }

    public String startRound(RoundStart start) {
        return runtimeService.startProcessInstanceByKey(ROUND_PROCESS, String.valueOf(start.planId()),
                start.variables()).getId();
    }

    /**
     * Tells the parent's round that this unit's summary is in. Returns how many waits it ended:
     * zero when the parent's round no longer waits (recalled), which is not an error.
     */
    public int summarySent(String parentProcessInstanceId, String unitId) {
        if (parentProcessInstanceId == null) {
            return 0;
        }
        return runtimeService.createMessageCorrelation(REPORT_SUBMITTED)
                .processInstanceId(parentProcessInstanceId)
                .localVariableEquals(AWAITED_UNIT, unitId)
                .correlateAllWithResult().size();
    }

    /** The plan was withdrawn: stops one of its regime or round processes; an ended one is left alone. */
    public int recall(String processInstanceId) {
        if (processInstanceId == null) {
            return 0;
        }
        return runtimeService.createMessageCorrelation(PLAN_RECALLED).processInstanceId(processInstanceId)
                .correlateAllWithResult().size();
    }
}
