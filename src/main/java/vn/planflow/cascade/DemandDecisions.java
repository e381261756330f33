package vn.planflow.cascade;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.DocumentFormats;
import vn.planflow.plan.PlanService;
import vn.planflow.support.ConflictException;
import vn.planflow.support.ValidationException;

/** What the parent's office decides about a demand: give more time, stop following, or record paper. */
@Service
@Transactional
public class DemandDecisions {
    private final DemandTracking tracking;
    private final TrackingSchedule schedule;
    private final PlanService plans;

    public DemandDecisions(DemandTracking tracking, TrackingSchedule schedule, PlanService plans) {
        this.tracking = tracking;
        this.schedule = schedule;
        this.plans = plans;
    }

    public TrackingSchedule.Times extend(Long demandId, LocalDate newDue, String note) {
        ChildPlanDemand demand = open(demandId);
        if (newDue == null) {
            throw new ValidationException("newDueDate", "Khi gia hạn, phải chọn hạn mới");
        }
        if (!newDue.isAfter(CascadeTime.today())) {
            throw new ValidationException("newDueDate", "Hạn mới phải sau ngày hôm nay");
        }
        demand.extend(newDue, note == null ? "Gia hạn đến " + DocumentFormats.shortDate(newDue) : note.strip(),
                CascadeTime.now());
        return schedule.of(newDue);
    }

    public void close(Long demandId, String note) {
        ChildPlanDemand demand = open(demandId);
        if (note == null || note.isBlank()) {
            throw new ValidationException("escalationNote", "Khi kết thúc theo dõi, phải ghi rõ lý do");
        }
        demand.end(DemandStatus.CLOSED, note.strip(), CascadeTime.now());
    }

    /** The paper plan of a unit outside the system has arrived: its number and date, typed by the clerk. */
    public void recordPaper(Long demandId, String code, LocalDate issuedOn, String note, String actorId) {
        ChildPlanDemand demand = open(demandId);
        if (code == null || !code.strip().matches("\\d{1,4}/[\\p{L}0-9.\\-]+")) {
            throw new ValidationException("paperCode", "Số, ký hiệu phải có dạng 15/KH-UBND");
        }
        if (issuedOn == null) {
            throw new ValidationException("paperIssuedOn", "Chưa nhập ngày ban hành");
        }
        if (issuedOn.isAfter(CascadeTime.today())) {
            throw new ValidationException("paperIssuedOn", "Ngày ban hành không được sau ngày hôm nay");
        }
        LocalDate parentIssued = plans.get(demand.getParentPlanId()).getIssuedOn();
        if (parentIssued != null && issuedOn.isBefore(parentIssued)) {
            throw new ValidationException("paperIssuedOn", "Ngày ban hành không được trước ngày của kế hoạch cấp trên ("
                    + DocumentFormats.shortDate(parentIssued) + ")");
        }
        demand.issued(null, code.strip(), issuedOn, true, actorId, note, CascadeTime.now());
    }

    private ChildPlanDemand open(Long demandId) {
        ChildPlanDemand demand = tracking.get(demandId);
        if (!demand.getStatus().open()) {
            throw new ConflictException("demandId", "Yêu cầu này đã kết thúc, không thay đổi được nữa");
        }
        return demand;
    }
}
