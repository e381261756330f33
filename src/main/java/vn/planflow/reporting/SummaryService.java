package vn.planflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.DocumentFormats;
import vn.planflow.issuance.NumberingService;
import vn.planflow.issuance.OutgoingRegisterService;
import vn.planflow.issuance.RegisterEntryRequest;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.RecipientPurpose;
import vn.planflow.support.ConflictException;
import vn.planflow.support.FileStore;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/**
 * The collecting unit's summary: computed from the children's reports, and once its leader has
 * approved it, numbered in the unit's yearly series (BC shares it with KH), entered in the
 * outgoing register, rendered as DOCX and XLSX, and sent to the round of the level above.
 */
@Service
@Transactional
public class SummaryService {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final ReportRepository repository;
    private final ReportService reports;
    private final RoundService rounds;
    private final RegimeService regimes;
    private final PlanService plans;
    private final UnitService units;
    private final NumberingService numbering;
    private final OutgoingRegisterService register;
    private final SummaryDocument document;
    private final FileStore files;
    private final RoundProcesses processes;

    public SummaryService(ReportRepository repository, ReportService reports, RoundService rounds,
                          RegimeService regimes, PlanService plans, UnitService units, NumberingService numbering,
                          OutgoingRegisterService register, SummaryDocument document, FileStore files,
                          RoundProcesses processes) {
        this.repository = repository;
        this.reports = reports;
        this.rounds = rounds;
        this.regimes = regimes;
        this.plans = plans;
        this.units = units;
        this.numbering = numbering;
        this.register = register;
        this.document = document;
        this.files = files;
        this.processes = processes;
    }

    @Transactional(readOnly = true)
    public Summary summarize(Long reportId) {
        Report report = reports.get(reportId);
        if (!report.isCollector()) {
            throw new ConflictException("reportId", "Đây là báo cáo của một đơn vị, không phải báo cáo tổng hợp");
        }
        ReportingRound round = rounds.get(report.getRoundId());
        ReportingRegime regime = regimes.get(round.getRegimeId());
        Plan plan = plans.get(regime.getPlanId());
        List<Summary.Child> children = new ArrayList<>();
        for (Report child : repository.findByParentReportIdOrderByIdAsc(reportId)) {
            children.add(new Summary.Child(child, units.get(child.getUnitId()), state(report, child)));
        }
        Map<String, BigDecimal> totals = report.getStatus() == ReportStatus.SENT ? report.getFigures()
                : totals(regime, children);
        return new Summary(report, units.get(report.getUnitId()), round, regime, plan, children,
                ordered(regime, totals), sendTo(report, plan));
    }

    /** Task_SendSummary, after the leader's approval. A retry after a failure finds it sent. */
    public void send(Long reportId) {
        Report report = reports.get(reportId);
        if (report.getStatus() == ReportStatus.SENT) {
            return;
        }
        if (report.getApprovedBy() == null) {
            throw new ConflictException("reportId", "Báo cáo tổng hợp chưa được lãnh đạo duyệt");
        }
        Summary draft = summarize(reportId);
        Unit unit = draft.unit();
        LocalDate today = EngineClock.today();
        LocalDateTime now = EngineClock.now();
        int number = numbering.next(unit.getId(), today.getYear());
        String code = DocumentFormats.numberCode(number, "BC", unit.getCode());
        register.register(new RegisterEntryRequest(unit.getId(), today.getYear(), number, code, today, "Báo cáo",
                document.title(draft), document.signature(draft).signerName(), String.join("; ", draft.sendTo()),
                document.archiveCodes(draft), 1, today, "Báo cáo " + draft.round().getLabel() + " theo Kế hoạch số "
                + draft.plan().getCode(), null));
        report.send(draft.totals(), number, code, today, now, EngineClock.after(now, report.getDueDate()));
        Summary sent = summarize(reportId);
        String name = "BC-" + String.format("%02d", number) + "-" + today.getYear() + "-" + unit.getId();
        report.attachFiles(files.save(name + ".docx", DOCX, document.docx(sent)).getId(),
                files.save(name + ".xlsx", XLSX, document.xlsx(sent)).getId());
        if (report.getParentReportId() != null) {
            processes.summarySent(reports.get(report.getParentReportId()).getProcessInstanceId(), unit.getId());
        }
    }

    private static Summary.State state(Report parent, Report child) {
        if (!child.getStatus().isIn()) {
            return Summary.State.MISSING;
        }
        if (parent.getStatus() == ReportStatus.SENT && child.getSubmittedAt().isAfter(parent.getSubmittedAt())) {
            return Summary.State.AFTER_SENT;
        }
        return child.isLate() ? Summary.State.LATE : Summary.State.ON_TIME;
    }

    private static Map<String, BigDecimal> totals(ReportingRegime regime, List<Summary.Child> children) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (RegimeFigure f : regime.getFigures()) {
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (Summary.Child c : children) {
                if (c.counted()) {
                    sum = sum.add(c.report().getFigures().getOrDefault(f.getKey(), BigDecimal.ZERO));
                }
            }
            totals.put(f.getKey(), sum);
        }
        return totals;
    }

    private static Map<String, BigDecimal> ordered(ReportingRegime regime, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        regime.getFigures().forEach(f -> ordered.put(f.getKey(), values.getOrDefault(f.getKey(), BigDecimal.ZERO)));
        return ordered;
    }

    /** The level above; for the top, those the plan says it reports to, else the unit above it. */
    private List<String> sendTo(Report report, Plan plan) {
        if (report.getParentReportId() != null) {
            return List.of(units.get(reports.get(report.getParentReportId()).getUnitId()).getShortName() + " (để b/c)");
        }
        List<String> above = plan.getRecipients().stream().filter(r -> r.getPurpose() == RecipientPurpose.REPORT)
                .map(r -> r.getName() + r.getPurpose().suffix()).toList();
        if (!above.isEmpty()) {
            return above;
        }
        Unit unit = units.get(report.getUnitId());
        return unit.getParentId() == null ? List.of("Cơ quan cấp trên (để b/c)")
                : List.of(units.get(unit.getParentId()).getShortName() + " (để b/c)");
    }
}
