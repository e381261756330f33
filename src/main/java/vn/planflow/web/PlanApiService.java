package vn.planflow.web;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.distribution.DistributionService;
import vn.planflow.document.DocumentRenderer;
import vn.planflow.identity.Memberships;
import vn.planflow.plan.ConsultationService;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanAccess;
import vn.planflow.plan.PlanContent;
import vn.planflow.plan.PlanDocumentAssembler;
import vn.planflow.plan.PlanRepository;
import vn.planflow.plan.PlanService;
import vn.planflow.support.FileStore;
import vn.planflow.support.NotFoundException;

/** What the plan endpoints do, with the visibility rule applied to every read. */
@Service
@Transactional
public class PlanApiService {
    private final PlanService plans;
    private final PlanRepository repository;
    private final PlanAccess access;
    private final ConsultationService consultation;
    private final DistributionService distribution;
    private final RuntimeService runtimeService;
    private final Memberships memberships;
    private final FileStore files;
    private final PlanDocumentAssembler assembler;
    private final DocumentRenderer renderer;

    public PlanApiService(PlanService plans, PlanRepository repository, PlanAccess access,
                          ConsultationService consultation, DistributionService distribution,
                          RuntimeService runtimeService, Memberships memberships, FileStore files,
                          PlanDocumentAssembler assembler, DocumentRenderer renderer) {
        this.plans = plans;
        this.repository = repository;
        this.access = access;
        this.consultation = consultation;
        this.distribution = distribution;
        this.runtimeService = runtimeService;
        this.memberships = memberships;
        this.files = files;
        this.assembler = assembler;
        this.renderer = renderer;
    }

    public PlanView create(PlanContent content, String userId) {
        Plan plan = plans.create(content, userId);
        // The engine checks the drafter may start PlanIssuance (authorization of his group).
        runtimeService.startProcessInstanceByKey("PlanIssuance", String.valueOf(plan.getId()),
                Map.of("planId", plan.getId(), "initiator", userId));
        return view(plan.getId(), userId);
    }

    @Transactional(readOnly = true)
    public List<PlanView.Summary> list(String userId) {
        List<Plan> visible = memberships.isAdmin(userId) ? repository.findAllByOrderByIdDesc()
                : repository.findVisible(memberships.unitIds(userId), userId);
        return visible.stream().map(PlanView.Summary::of).toList();
    }

    @Transactional(readOnly = true)
    public PlanView view(Long id, String userId) {
        Plan plan = visible(id, userId);
        return PlanView.of(plan, consultation.comments(id), plans.history(id), distribution.forPlan(id));
    }

    public PlanView update(Long id, PlanContent content, String userId) {
        visible(id, userId);
        plans.update(id, content, userId);
        return view(id, userId);
    }

    @Transactional(readOnly = true)
    public FileDownload document(Long id, String userId) {
        Plan plan = visible(id, userId);
        if (plan.getDocumentFileId() == null) {
            throw new NotFoundException("document", "Kế hoạch chưa ban hành nên chưa có văn bản");
        }
        return new FileDownload(files.metadata(plan.getDocumentFileId()).getName(), files.read(plan.getDocumentFileId()));
    }

    @Transactional(readOnly = true)
    public FileDownload preview(Long id, String userId) {
        Plan plan = visible(id, userId);
        return new FileDownload("du-thao-ke-hoach-" + id + ".docx", renderer.render(assembler.assemble(plan)));
    }

    private Plan visible(Long id, String userId) {
        Plan plan = plans.get(id);
        access.requireVisible(plan, userId);
        return plan;
    }

    public record FileDownload(String name, byte[] content) {
    }
}
