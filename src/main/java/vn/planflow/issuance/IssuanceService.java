package vn.planflow.issuance;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.DocumentFormats;
import vn.planflow.document.DocumentRenderer;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanDocumentAssembler;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanStatus;
import vn.planflow.support.FileStore;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/**
 * The records clerk's work after signing: number and register in one transaction (so a failure
 * gives the number back), then the DOCX. Both steps may run again after a failure without harm.
 */
@Service
@Transactional
public class IssuanceService {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final PlanService plans;
    private final NumberingService numbering;
    private final OutgoingRegisterService register;
    private final UnitService units;
    private final PlanDocumentAssembler assembler;
    private final DocumentRenderer renderer;
    private final FileStore files;

    public IssuanceService(PlanService plans, NumberingService numbering, OutgoingRegisterService register,
                           UnitService units, PlanDocumentAssembler assembler, DocumentRenderer renderer,
                           FileStore files) {
        this.plans = plans;
        this.numbering = numbering;
        this.register = register;
        this.units = units;
        this.assembler = assembler;
        this.renderer = renderer;
        this.files = files;
    }

    public void numberAndRegister(Long planId, LocalDate today) {
        Plan plan = plans.get(planId);
        if (plan.getNumber() != null) {
            return;
        }
        Unit issuer = units.get(plan.getIssuingUnitId());
        int number = numbering.next(issuer.getId(), today.getYear());
        String code = DocumentFormats.numberCode(number, "KH", issuer.getCode());
        int copies = plan.getCopies() == null ? 1 : plan.getCopies();
        plans.issue(planId, number, code, today, copies);
        String signer = units.signer(issuer.getId(), plan.getSignerId()).getFullName();
        String recipients = plan.getRecipients().stream().map(r -> r.getName() + r.getPurpose().suffix())
                .collect(Collectors.joining("; "));
        register.register(new RegisterEntryRequest(issuer.getId(), today.getYear(), number, code, today,
                "Kế hoạch", plan.getTitle(), signer, recipients,
                "VT, " + units.get(plan.getDraftingUnitId()).getCode(), copies, null, null, planId));
    }

    public void renderDocument(Long planId) {
        Plan plan = plans.get(planId);
        byte[] docx = renderer.render(assembler.assemble(plan));
        String name = "KH-" + (plan.getNumber() == null ? "du-thao" : plan.getNumber() + "-" + plan.getIssuedOn().getYear())
                + ".docx";
        plans.attachDocument(planId, files.save(name, DOCX, docx).getId());
    }

    public void markRejected(Long planId) {
        plans.setStatus(planId, PlanStatus.REJECTED);
    }
}
