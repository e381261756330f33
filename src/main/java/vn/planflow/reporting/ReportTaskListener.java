package vn.planflow.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.planflow.support.Actors;
import vn.planflow.support.FormPrefill;
import vn.planflow.support.FormValues;

/**
 * The one listener of ReportingRound's user tasks, and what their forms show, read when a form is
 * opened ({@link #values}). On complete it hands what was typed to the report service and writes
 * back the only routing variable, the leader's decision. On create a report's task gets the one
 * variable it is found by, the report's id.
 */
@Component("reportTaskListener")
public class ReportTaskListener implements TaskListener, FormPrefill {
    static final String SUBMIT = "Task_SubmitReport";
    static final String REVIEW = "Task_ReviewSummary";
    static final String APPROVE = "Task_ApproveSummary";
    static final String REPORT_ID = "unitReportId";
    private final ReportService reports;
    private final ReportForms forms;
    private final IdentityService identityService;

    public ReportTaskListener(ReportService reports, ReportForms forms, IdentityService identityService) {
        this.reports = reports;
        this.forms = forms;
        this.identityService = identityService;
    }

    @Override
    public String processKey() {
        return RoundProcesses.ROUND_PROCESS;
    }

    @Override
    public Map<String, Object> values(DelegateTask task) {
        return switch (task.getTaskDefinitionKey()) {
            case SUBMIT -> forms.submitForm(id(task.getVariableLocal(REPORT_ID)));
            case REVIEW -> forms.summaryForm(id(task.getVariable("reportId")), true);
            case APPROVE -> forms.summaryForm(id(task.getVariable("reportId")), false);
            default -> throw new IllegalStateException("no form for step " + task.getTaskDefinitionKey());
        };
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName()) && SUBMIT.equals(task.getTaskDefinitionKey())) {
            // ReportApi finds the task of a report submitted over the API by it
            task.setVariableLocal(REPORT_ID, reports.idFor(id(task.getVariable("roundId")),
                    (String) task.getVariable("reportingUnitId")));
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String actor = Actors.current(identityService, task.getAssignee());
        switch (task.getTaskDefinitionKey()) {
            case SUBMIT -> submit(task, actor);
            case REVIEW -> reviewed(task, actor);
            case APPROVE -> approved(task, actor);
            default -> throw new IllegalStateException("no handler for step " + task.getTaskDefinitionKey());
        }
    }

    /** The decision is routed on, so it is read from the process as well as the form. */
    private void approved(DelegateTask task, String actor) {
        Map<String, Object> v = task.getVariables();
        task.getExecution().setVariable("summaryDecision", reports.decide(id(task.getVariable("reportId")),
                FormValues.text(v, "summaryDecision"), FormValues.text(v, "summaryComment"), actor));
    }

    private void reviewed(DelegateTask task, String actor) {
        Map<String, Object> v = submitted(task);
        reports.saveReview(id(task.getVariable("reportId")), FormValues.text(v, "results"),
                FormValues.text(v, "difficulties"), FormValues.text(v, "proposals"), actor);
    }

    private void submit(DelegateTask task, String actor) {
        Long unitReportId = id(task.getVariableLocal(REPORT_ID));
        if (reports.get(unitReportId).getStatus().isIn()) {
            return; // submitted through the domain API, which then completed this task
        }
        Map<String, Object> v = submitted(task);
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Map<String, Object> row : FormValues.objectList(v, "figureRows")) {
            figures.put(String.valueOf(row.get("key")), row.get("value"));
        }
        reports.submit(unitReportId, figures, FormValues.text(v, "results"), FormValues.text(v, "difficulties"),
                FormValues.text(v, "proposals"), actor);
    }

    private static Long id(Object value) {
        return ((Number) value).longValue();
    }
}
