package vn.planflow.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.Role;
import vn.planflow.support.ConflictException;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/** Creates and changes plans; every change of hands is recorded as a decision. */
@Service
@Transactional
public class PlanService {
    private final PlanRepository plans;
    private final PlanDecisionRepository decisions;
    private final PlanValidator validator;
    private final UnitService units;
    private final Memberships memberships;

    public PlanService(PlanRepository plans, PlanDecisionRepository decisions, PlanValidator validator,
                       UnitService units, Memberships memberships) {
        this.plans = plans;
        this.decisions = decisions;
        this.validator = validator;
        this.units = units;
        this.memberships = memberships;
    }

    /** A new draft in the drafter's own unit, issued by default by the committee above it. */
    public Plan create(PlanContent content, String drafterId) {
        String draftingUnit = memberships.draftingUnitOf(drafterId).orElseThrow(() ->
                new ForbiddenException("Chỉ chuyên viên của một đơn vị mới được soạn thảo kế hoạch"));
        PlanValidator.requireText("title", content.title(), "Trích yếu (tên kế hoạch)", 1000);
        PlanValidator.requireText("periodLabel", content.periodLabel(), "Thời kỳ thực hiện", 200);
        String issuer = content.issuingUnitId() != null ? content.issuingUnitId()
                : units.committeeOf(draftingUnit).getId();
        Plan plan = plans.save(new Plan(content.title().strip(), content.periodLabel().strip(), draftingUnit,
                issuer, drafterId));
        apply(plan, content);
        decisions.save(new PlanDecision(plan.getId(), "Task_WriteDraft", "created", null, drafterId,
                memberships.fullName(drafterId)));
        return plan;
    }

    public Plan get(Long id) {
        if (id == null) {
            throw new ValidationException("planId", "Thiếu mã kế hoạch");
        }
        return plans.findById(id).orElseThrow(() -> new NotFoundException("planId", "Không có kế hoạch số " + id));
    }

    /** The drafter saves the draft; allowed only while it is in the drafter's hands. */
    public Plan update(Long id, PlanContent content, String actorId) {
        Plan plan = get(id);
        requireDrafter(plan, actorId);
        if (!plan.getStatus().editable()) {
            throw new ConflictException("status", "Dự thảo đang ở bước \"" + plan.getStatus().label()
                    + "\", không sửa được lúc này");
        }
        apply(plan, content);
        return plan;
    }

    /** Validates and replaces the content; also used when the system writes a draft (child plans). */
    void apply(Plan plan, PlanContent content) {
        if (content.issuingUnitId() == null) {
            content = withIssuer(content, plan.getIssuingUnitId());
        }
        validator.checkDraft(content);
        plan.apply(content, sections(content), recipients(content));
    }

    /**
     * A child plan has no drafter until one of the drafting unit's drafters completes its first
     * step; that person becomes its drafter. Anyone else is refused.
     */
    public void claimDraft(Long planId, String actorId) {
        Plan plan = get(planId);
        if (plan.getDrafterId() != null) {
            return;
        }
        requireDrafterOfUnit(plan, actorId);
        plan.assignDrafter(actorId);
        recordDecision(planId, PlanSteps.WRITE, "claimed", null, actorId);
    }

    /** The drafter's own steps stay his, though his unit's drafters can see them in Tasklist. */
    public void requireDrafter(Long planId, String actorId) {
        requireDrafter(get(planId), actorId);
    }

    private void requireDrafter(Plan plan, String actorId) {
        if (plan.getDrafterId() == null) {
            requireDrafterOfUnit(plan, actorId);
        } else if (!plan.getDrafterId().equals(actorId)) {
            throw new ForbiddenException("drafterId", "Chỉ chuyên viên soạn thảo mới được sửa dự thảo");
        }
    }

    private void requireDrafterOfUnit(Plan plan, String actorId) {
        if (actorId == null || !memberships.has(actorId, plan.getDraftingUnitId(), Role.DRAFTER)) {
            throw new ForbiddenException("drafterId", "Chỉ chuyên viên của "
                    + units.get(plan.getDraftingUnitId()).getName() + " mới được soạn thảo kế hoạch này");
        }
    }

    public void checkReadyToSubmit(Long planId, LocalDate today) {
        validator.checkReadyToSubmit(get(planId), today);
    }

    /** Checked again when the signer approves: a child due date must still lie after the issue date. */
    public void checkChildDemands(Long planId, LocalDate today) {
        validator.checkChildDemands(get(planId), today);
    }

    public void setStatus(Long planId, PlanStatus status) {
        get(planId).setStatus(status);
    }

    public void linkProcess(Long planId, String processInstanceId) {
        get(planId).linkProcess(processInstanceId);
    }

    public void recordDecision(Long planId, String step, String decision, String comment, String actorId) {
        get(planId).touch();
        decisions.save(new PlanDecision(planId, step, decision, blankToNull(comment), actorId,
                memberships.fullName(actorId)));
    }

    public List<PlanDecision> history(Long planId) {
        return decisions.findByPlanIdOrderById(planId);
    }

    public void markConsultationDone(Long planId) {
        get(planId).markConsultationDone();
    }

    /** Numbered and dated by the records clerk's step; called once per plan. */
    public void issue(Long planId, int number, String code, LocalDate issuedOn, int copies) {
        Plan plan = get(planId);
        if (plan.getNumber() != null) {
            throw new ConflictException("number", "Kế hoạch đã có số " + plan.getCode());
        }
        plan.issue(number, code, issuedOn, copies);
    }

    public void setCopies(Long planId, int copies) {
        if (copies < 1 || copies > 1000) {
            throw new ValidationException("copies", "Số lượng bản phải từ 1 đến 1000");
        }
        get(planId).setCopies(copies);
    }

    public void attachDocument(Long planId, String fileId) {
        get(planId).attachDocument(fileId);
    }

    private List<PlanSection> sections(PlanContent c) {
        List<PlanSection> list = new ArrayList<>();
        addText(list, SectionPart.PURPOSES, c.purposes());
        addText(list, SectionPart.REQUIREMENTS, c.requirements());
        addText(list, SectionPart.AUDIENCES, c.audiences());
        addText(list, SectionPart.CONTENT, c.content());
        addText(list, SectionPart.FORMS, c.forms());
        addText(list, SectionPart.TIMING, c.timing());
        addText(list, SectionPart.FUNDING, c.funding());
        for (PlanContent.ImplementationItem item : c.implementation()) {
            String name = item.unitName();
            if (item.unitId() != null) {
                Unit unit = units.get(item.unitId());
                name = name == null || name.isBlank() ? unit.getName() : name;
            }
            PlanValidator.requireText("implementation", name, "Tên đơn vị thực hiện", 300);
            list.add(new PlanSection(SectionPart.IMPLEMENTATION, name.strip(), item.unitId(),
                    item.duties() == null ? "" : item.duties().strip()));
        }
        return list;
    }

    private static void addText(List<PlanSection> list, SectionPart part, String text) {
        if (text != null && !text.isBlank()) {
            list.add(new PlanSection(part, part.heading(), null, text.strip()));
        }
    }

    private List<PlanRecipient> recipients(PlanContent c) {
        return c.recipients().stream().map(r -> {
            RecipientPurpose purpose = r.purpose() == null ? RecipientPurpose.ACTION : r.purpose();
            String name = r.unitId() != null && (r.name() == null || r.name().isBlank())
                    ? units.get(r.unitId()).getShortName() : r.name().strip();
            return new PlanRecipient(r.unitId(), name, purpose, r.childPlanDemanded(), r.childPlanDue());
        }).toList();
    }

    private static PlanContent withIssuer(PlanContent c, String issuer) {
        return new PlanContent(c.title(), c.periodLabel(), c.periodStart(), c.periodEnd(), issuer, c.signerId(),
                c.legalBases(), c.purposes(), c.requirements(), c.audiences(), c.content(), c.forms(), c.timing(),
                c.funding(), c.implementation(), c.closing(), c.appendix(), c.recipients(), c.consultedUnitIds(),
                c.consultationDue());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
