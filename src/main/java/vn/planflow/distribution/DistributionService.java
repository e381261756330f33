package vn.planflow.distribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.calendar.DueDates;
import vn.planflow.calendar.WorkingCalendar;
import vn.planflow.issuance.OutgoingRegisterService;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanRecipient;
import vn.planflow.plan.PlanService;
import vn.planflow.support.ConflictException;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/** Sends an issued plan to its recipients and records their acknowledgements. */
@Service
@Transactional
public class DistributionService {
    public static final String PROCESS = "IncomingDocument";
    private final DistributionRepository distributions;
    private final PlanService plans;
    private final UnitService units;
    private final WorkingCalendar calendar;
    private final DueDates dueDates;
    private final RuntimeService runtimeService;
    private final OutgoingRegisterService register;
    private final int acknowledgeDays;

    public DistributionService(DistributionRepository distributions, PlanService plans, UnitService units,
                               WorkingCalendar calendar, DueDates dueDates, RuntimeService runtimeService,
                               OutgoingRegisterService register,
                               @Value("${planflow.distribution.acknowledge-working-days:1}") int acknowledgeDays) {
        this.distributions = distributions;
        this.plans = plans;
        this.units = units;
        this.calendar = calendar;
        this.dueDates = dueDates;
        this.runtimeService = runtimeService;
        this.register = register;
        this.acknowledgeDays = acknowledgeDays;
    }

    /** Runs once per plan; a retry after a failure finds the rows already there and does nothing. */
    public int distribute(Long planId, LocalDate today) {
        if (distributions.existsByPlanId(planId)) {
            return 0;
        }
        Plan plan = plans.get(planId);
        LocalDate due = calendar.addWorkingDays(today, acknowledgeDays);
        int started = 0;
        for (PlanRecipient r : plan.getRecipients()) {
            Unit unit = r.getUnitId() == null ? null : units.get(r.getUnitId());
            boolean onSystem = unit != null && unit.isOnSystem() && unit.isActive();
            Distribution d = distributions.save(new Distribution(planId, r.getUnitId(), r.getName(),
                    r.getPurpose().name(), onSystem, due));
            if (onSystem) {
                d.linkProcess(runtimeService.startProcessInstanceByKey(PROCESS, String.valueOf(planId), Map.of(
                        "planId", planId, "recipientUnitId", unit.getId(), "distributionId", d.getId(),
                        "acknowledgeDue", dueDates.endOfDay(due))).getId());
                started++;
            }
        }
        register.markSent(planId, today);
        return started;
    }

    @Transactional(readOnly = true)
    public List<Distribution> forPlan(Long planId) {
        return distributions.findByPlanIdOrderById(planId);
    }

    public Distribution get(Long id) {
        return distributions.findById(id).orElseThrow(() -> new NotFoundException("distributionId",
                "Không có bản gửi số " + id));
    }

    public void acknowledge(Long distributionId, String userId, String incomingNumber, String handlerName,
                            LocalDate handlingDue, String note, LocalDate today) {
        Distribution d = get(distributionId);
        if (d.getStatus() == DistributionStatus.ACKNOWLEDGED) {
            throw new ConflictException("receiptConfirmed", "Văn bản này đã được xác nhận");
        }
        if (incomingNumber == null || incomingNumber.isBlank()) {
            throw new ValidationException("incomingNumber", "Số đến không được để trống");
        }
        if (handlerName == null || handlerName.isBlank()) {
            throw new ValidationException("handlerName", "Chưa giao đơn vị/cán bộ xử lý");
        }
        if (handlingDue != null && handlingDue.isBefore(today)) {
            throw new ValidationException("handlingDueDate", "Hạn xử lý không được ở quá khứ");
        }
        d.acknowledge(userId, incomingNumber.strip(), handlerName.strip(), handlingDue, note);
    }

    public void remind(Long distributionId) {
        get(distributionId).remind();
    }
}
