package vn.planflow.issuance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;
import vn.planflow.plan.ConsultationService;

/** Task_RecordSilentAgreement: at the consultation deadline, silence counts as agreement. */
@Component("recordSilentAgreementDelegate")
public class RecordSilentAgreementDelegate implements JavaDelegate {
    private final ConsultationService consultation;

    public RecordSilentAgreementDelegate(ConsultationService consultation) {
        this.consultation = consultation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consultation.recordSilentAgreement(ProcessIds.planId(execution));
    }
}
