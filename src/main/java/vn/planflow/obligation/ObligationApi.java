package vn.planflow.obligation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.UnitMember;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;
import vn.planflow.support.FileStore;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitService;

/** What the obligation endpoints do, with the reading rule applied to every call. */
@Service
@Transactional
public class ObligationApi {
    private final ObligationService obligations;
    private final ObligationRepository repository;
    private final ObligationAccess access;
    private final ObligationProcesses processes;
    private final PlanService plans;
    private final Memberships memberships;
    private final UnitService units;
    private final FileStore files;

    public ObligationApi(ObligationService obligations, ObligationRepository repository, ObligationAccess access,
                         ObligationProcesses processes, PlanService plans, Memberships memberships,
                         UnitService units, FileStore files) {
        this.obligations = obligations;
        this.repository = repository;
        this.access = access;
        this.processes = processes;
        this.plans = plans;
        this.memberships = memberships;
        this.units = units;
        this.files = files;
    }

    /** What the person's units lead or support (or one of them), soonest finish date first. */
    @Transactional(readOnly = true)
    public List<ObligationView> mine(String userId, String unitId) {
        Set<String> unitIds = new LinkedHashSet<>();
        if (unitId != null) {
            units.get(unitId);
            if (memberships.of(userId).stream().noneMatch(m -> m.getUnitId().equals(unitId)
                    || m.getUnitId().equals(access.deskOf(unitId))) && !memberships.isAdmin(userId)) {
                throw new ForbiddenException("Bạn không thuộc " + units.get(unitId).getName());
            }
            unitIds.add(unitId);
        } else {
            for (UnitMember m : memberships.of(userId)) {
                unitIds.add(m.getUnitId());
                Unit unit = units.get(m.getUnitId());
                if (unit.getKind() == UnitKind.OFFICE && unit.getParentId() != null) {
                    unitIds.add(unit.getParentId()); // the office works for its committee
                }
            }
        }
        return unitIds.isEmpty() ? List.of() : repository.findInvolving(unitIds).stream().map(this::view).toList();
    }

    /** A plan's obligations: all for those who may read the plan, otherwise only their own. */
    @Transactional(readOnly = true)
    public List<ObligationView> ofPlan(Long planId, String userId) {
        Plan plan = plans.get(planId);
        List<ObligationView> visible = repository.findByPlanIdOrderByIdAsc(planId).stream()
                .filter(o -> access.canSee(userId, o, plan)).map(this::view).toList();
        if (visible.isEmpty() && !repository.findByPlanIdOrderByIdAsc(planId).isEmpty()) {
            throw new ForbiddenException("Bạn không có quyền xem nhiệm vụ của kế hoạch này");
        }
        return visible;
    }

    @Transactional(readOnly = true)
    public ObligationView get(Long id, String userId) {
        return view(visible(id, userId));
    }

    public ObligationView progress(Long id, Integer percent, String note, String userId) {
        return view(obligations.progress(id, percent, note, userId));
    }

    public ObligationView.EvidenceView addEvidence(Long id, String name, String type, byte[] content, String description,
                                                   String userId) {
        return ObligationView.EvidenceView.of(obligations.addEvidence(id, name, type, content, description, userId));
    }

    @Transactional(readOnly = true)
    public Download evidence(Long id, Long evidenceId, String userId) {
        visible(id, userId);
        ObligationEvidence e = obligations.evidenceOf(id).stream().filter(x -> x.getId().equals(evidenceId))
                .findFirst().orElseThrow(() -> new NotFoundException("evidenceId", "Không có tài liệu này"));
        return new Download(e.getFileName(), files.metadata(e.getFileId()).getContentType(), files.read(e.getFileId()));
    }

    /** outcome DONE or NOT_DONE; the obligation's Tasklist task is completed so its process ends. */
    public ObligationView close(Long id, String outcome, String result, String userId) {
        if (!"DONE".equals(outcome) && !"NOT_DONE".equals(outcome)) {
            throw new ValidationException("outcome", "Chọn kết quả: DONE (hoàn thành) hoặc NOT_DONE (không hoàn thành)");
        }
        Obligation o = obligations.close(id, "DONE".equals(outcome), result, userId);
        processes.closed(o.getProcessInstanceId());
        return view(o);
    }

    private Obligation visible(Long id, String userId) {
        Obligation o = obligations.get(id);
        access.requireVisible(userId, o, plans.get(o.getPlanId()));
        return o;
    }

    private ObligationView view(Obligation o) {
        return ObligationView.of(o, plans.get(o.getPlanId()), obligations.history(o.getId()),
                obligations.evidenceOf(o.getId()));
    }

    public record Download(String name, String contentType, byte[] content) {
    }
}
