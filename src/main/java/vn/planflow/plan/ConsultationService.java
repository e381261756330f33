package vn.planflow.plan;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.support.ConflictException;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.UnitService;

/** Consultation: one answer per consulted unit, silence counted as agreement, every comment answered. */
@Service
@Transactional
public class ConsultationService {
    public static final String ACCEPT = "accept";
    public static final String EXPLAIN = "explain";
    private final PlanService plans;
    private final PlanCommentRepository comments;
    private final UnitService units;
    private final Memberships memberships;

    public ConsultationService(PlanService plans, PlanCommentRepository comments, UnitService units,
                               Memberships memberships) {
        this.plans = plans;
        this.comments = comments;
        this.units = units;
        this.memberships = memberships;
    }

    public PlanComment addComment(Long planId, String unitId, String authorId, boolean agrees, String text) {
        Plan plan = plans.get(planId);
        if (!plan.getConsultedUnitIds().contains(unitId)) {
            throw new ForbiddenException("Đơn vị " + unitId + " không được lấy ý kiến về kế hoạch này");
        }
        if (comments.existsByPlanIdAndUnitId(planId, unitId)) {
            throw new ConflictException("unitId", "Đơn vị đã gửi ý kiến về dự thảo này");
        }
        if (!agrees && (text == null || text.isBlank())) {
            throw new ValidationException("commentText", "Hãy ghi nội dung góp ý, hoặc chọn \"Nhất trí với dự thảo\"");
        }
        return comments.save(new PlanComment(planId, unitId, units.get(unitId).getShortName(), authorId,
                memberships.fullName(authorId), agrees, false, text == null ? null : text.strip()));
    }

    /** At the deadline, units that said nothing are recorded as agreeing. Returns how many. */
    public int recordSilentAgreement(Long planId) {
        Plan plan = plans.get(planId);
        int silent = 0;
        for (String unitId : plan.getConsultedUnitIds()) {
            if (!comments.existsByPlanIdAndUnitId(planId, unitId)) {
                comments.save(new PlanComment(planId, unitId, units.get(unitId).getShortName(), null, null,
                        true, true, null));
                silent++;
            }
        }
        return silent;
    }

    public List<PlanComment> comments(Long planId) {
        return comments.findByPlanIdOrderById(planId);
    }

    /** The drafter accepts or explains each comment that asked for a change; all must be answered. */
    public void resolve(Long planId, Map<Long, Resolution> answers, String userId) {
        for (PlanComment comment : comments(planId)) {
            if (!comment.needsAnswer()) {
                continue;
            }
            Resolution r = answers.get(comment.getId());
            if (r == null || r.answer() == null || r.answer().isBlank()
                    || !(ACCEPT.equals(r.resolution()) || EXPLAIN.equals(r.resolution()))) {
                throw new ValidationException("commentAnswers", "Ý kiến của " + comment.getUnitName()
                        + " chưa được tiếp thu hoặc giải trình");
            }
            comment.resolve(r.resolution(), r.answer().strip(), userId);
        }
        plans.markConsultationDone(planId);
    }

    public record Resolution(String resolution, String answer) {
    }
}
