package vn.planflow.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.planflow.support.Actors;
import vn.planflow.support.FormValues;

/**
 * The one listener of ReportingRound's user tasks. On create it fills the form; on complete it
 * hands what was typed to the report service and writes back the only routing variable, the
 * leader's decision.
 */
@Component("reportTaskListener")
public class ReportTaskListener implements TaskListener {
    static final String SUBMIT = "Task_SubmitReport";
    static final String REVIEW = "Task_ReviewSummary";
    static final String APPROVE = "Task_ApproveSummary";
    private final ReportService reports;
    private final ReportForms forms;
    private final IdentityService identityService;

    public ReportTaskListener(ReportService reports, ReportForms forms, IdentityService identityService) {
        this.reports = reports;
        this.forms = forms;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean create = EVENTNAME_CREATE.equals(task.getEventName());
        if (!create && !EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String actor = Actors.current(identityService, task.getAssignee());
        Map<String, Object> v = task.getVariables();
        switch (task.getTaskDefinitionKey()) {
            case SUBMIT -> submit(task, create, actor, v);
            case REVIEW -> {
                Long reportId = id(task.getVariable("reportId"));
                if (create) {
                    task.setVariablesLocal(forms.summaryForm(reportId, true));
                } else {
                    reports.saveReview(reportId, FormValues.text(v, "results"), FormValues.text(v, "difficulties"),
                            FormValues.text(v, "proposals"), actor);
                }
            }
            case APPROVE -> {
                Long reportId = id(task.getVariable("reportId"));
                if (create) {
                    task.setVariablesLocal(forms.summaryForm(reportId, false));
                } else {
                    task.getExecution().setVariable("summaryDecision", reports.decide(reportId,
                            FormValues.text(v, "summaryDecision"), FormValues.text(v, "summaryComment"), actor));
                }
            }
            default -> throw new IllegalStateException("no handler for step " + task.getTaskDefinitionKey());
        }
    }

    private void submit(DelegateTask task, boolean create, String actor, Map<String, Object> v) {
        if (create) {
            Long roundId = id(task.getVariable("roundId"));
            task.setVariablesLocal(forms.submitForm(reports.idFor(roundId, (String) task.getVariable("reportingUnitId"))));
            return;
        }
        Long unitReportId = id(task.getVariableLocal("unitReportId"));
        if (reports.get(unitReportId).getStatus().isIn()) {
            return; // submitted through the domain API, which then completed this task
        }
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
