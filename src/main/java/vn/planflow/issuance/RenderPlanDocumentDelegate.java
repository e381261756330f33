package vn.planflow.issuance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;

/** Task_RenderDocument: the signed plan as a Decree 30 DOCX in the file store. */
@Component("renderPlanDocumentDelegate")
public class RenderPlanDocumentDelegate implements JavaDelegate {
    private final IssuanceService issuance;

    public RenderPlanDocumentDelegate(IssuanceService issuance) {
        this.issuance = issuance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issuance.renderDocument(ProcessIds.planId(execution));
    }
}
