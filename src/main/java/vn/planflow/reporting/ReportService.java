package vn.planflow.reporting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.DocumentFormats;
import vn.planflow.support.ConflictException;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.UnitService;

/**
 * A unit's part of a round: submitting, being reminded, being marked late at the close; and the
 * collecting unit's part: closing, revising the draft summary, its leader's decision.
 */
@Service
@Transactional
public class ReportService {
    static final int MAX_TEXT = 8000;
    private final ReportRepository reports;
    private final RoundService rounds;
    private final RegimeService regimes;
    private final ReportAccess access;
    private final UnitService units;

    public ReportService(ReportRepository reports, RoundService rounds, RegimeService regimes, ReportAccess access,
                         UnitService units) {
        this.reports = reports;
        this.rounds = rounds;
        this.regimes = regimes;
        this.access = access;
        this.units = units;
    }

    /** A unit's own report. Late ones still count; only a second submission is refused. */
    public Report submit(Long reportId, Map<String, ?> figures, String results, String difficulties,
                         String proposals, String actor) {
        Report report = get(reportId);
        ReportingRound round = openRound(report);
        if (report.isCollector()) {
            throw new ConflictException("reportId", "Báo cáo của " + name(report)
                    + " là báo cáo tổng hợp, được lập từ báo cáo của các đơn vị cấp dưới");
        }
        access.requirePreparer(actor, report.getUnitId());
        if (report.getStatus().isIn()) {
            throw new ConflictException("reportId", name(report) + " đã nộp báo cáo " + round.getLabel() + " ngày "
                    + DocumentFormats.shortDate(report.getSubmittedAt().toLocalDate()) + "; mỗi kỳ chỉ nộp một lần");
        }
        var values = FigureValues.parse(regimes.get(round.getRegimeId()).getFigures(), figures);
        var now = EngineClock.now();
        report.submit(values, text("results", results), text("difficulties", difficulties),
                text("proposals", proposals), actor, now, EngineClock.after(now, report.getDueDate()));
        return report;
    }

    /** The timer before the due date, or the collecting unit chasing a late one by hand. */
    public Report remind(Long reportId, String actor) {
        Report report = get(reportId);
        openRound(report);
        if (actor != null) {
            Report parent = parentOf(report);
            access.requirePreparer(actor, parent.getUnitId());
        }
        if (report.getStatus().isIn()) {
            throw new ConflictException("reportId", name(report) + " đã nộp báo cáo, không cần nhắc");
        }
        report.remind(EngineClock.now());
        return report;
    }

    /** From the process: the reminder timer of one unit in one round; a report already in is left alone. */
    public void remindDue(Long roundId, String unitId) {
        reports.findByRoundIdAndUnitId(roundId, unitId).filter(r -> !r.getStatus().isIn())
                .ifPresent(r -> r.remind(EngineClock.now()));
    }

    /** The children's due date has passed, or all are in: mark the missing late and draft the summary. */
    public void close(Long collectorReportId) {
        Report report = get(collectorReportId);
        if (report.getStatus() != ReportStatus.COLLECTING) {
            return;
        }
        List<Report> children = reports.findByParentReportIdOrderByIdAsc(collectorReportId);
        children.stream().filter(c -> !c.getStatus().isIn()).forEach(Report::markLate);
        report.write(join(children, Report::getResults), join(children, Report::getDifficulties),
                join(children, Report::getProposals));
        report.setStatus(ReportStatus.DRAFTED);
    }

    /** The collecting unit's desk revises the narrative and hands the draft to its leader. */
    public void saveReview(Long reportId, String results, String difficulties, String proposals, String actor) {
        Report report = get(reportId);
        access.requirePreparer(actor, report.getUnitId());
        report.write(text("results", results), text("difficulties", difficulties), text("proposals", proposals));
        report.setStatus(ReportStatus.AWAITING_APPROVAL);
    }

    /** approve or return; the approver must be a leader who may sign for the collecting unit. */
    public String decide(Long reportId, String decision, String comment, String actor) {
        Report report = get(reportId);
        if (!"approve".equals(decision) && !"return".equals(decision)) {
            throw new ValidationException("summaryDecision", "Hãy chọn duyệt hoặc trả lại dự thảo báo cáo");
        }
        if ("return".equals(decision) && (comment == null || comment.isBlank())) {
            throw new ValidationException("summaryComment", "Khi trả lại, phải ghi rõ nội dung cần sửa");
        }
        units.signer(report.getUnitId(), actor);
        boolean approve = "approve".equals(decision);
        report.decide(comment == null ? null : comment.strip(), approve ? actor : null, EngineClock.now());
        report.setStatus(approve ? ReportStatus.AWAITING_APPROVAL : ReportStatus.DRAFTED);
        return decision;
    }

    /**
     * Message_PlanRecalled: this collecting unit's round stops; its own summary and the missing
     * reports of the units submitting to it are void. Collecting units below are left to their own
     * round, which gets the same message: two jobs never write the same row.
     */
    public void cancelCollector(Long collectorReportId) {
        Report report = get(collectorReportId);
        rounds.get(report.getRoundId()).cancel();
        if (report.getStatus() != ReportStatus.SENT) {
            report.setStatus(ReportStatus.CANCELLED);
        }
        reports.findByParentReportIdOrderByIdAsc(collectorReportId).stream()
                .filter(c -> !c.isCollector() && !c.getStatus().isIn())
                .forEach(c -> c.setStatus(ReportStatus.CANCELLED));
    }

    @Transactional(readOnly = true)
    public Report get(Long reportId) {
        return reports.findById(reportId).orElseThrow(() ->
                new NotFoundException("reportId", "Không có báo cáo số " + reportId));
    }

    @Transactional(readOnly = true)
    public Long idFor(Long roundId, String unitId) {
        return reports.findByRoundIdAndUnitId(roundId, unitId).map(Report::getId).orElseThrow(() ->
                new NotFoundException("reportId", "Không có báo cáo của đơn vị " + unitId + " trong kỳ này"));
    }

    private ReportingRound openRound(Report report) {
        ReportingRound round = rounds.get(report.getRoundId());
        if (round.isCancelled() || report.getStatus() == ReportStatus.CANCELLED) {
            throw new ConflictException("reportId", "Kỳ báo cáo " + round.getLabel() + " đã dừng vì kế hoạch bị thu hồi");
        }
        return round;
    }

    private Report parentOf(Report report) {
        if (report.getParentReportId() == null) {
            throw new ConflictException("reportId", "Báo cáo của đơn vị tổng hợp cấp cao nhất không có ai nhắc");
        }
        return get(report.getParentReportId());
    }

    private String name(Report report) {
        return units.get(report.getUnitId()).getName();
    }

    /** The children's texts, each under its unit's name, as the first draft of the summary's. */
    private String join(List<Report> children, java.util.function.Function<Report, String> part) {
        String text = children.stream().filter(c -> c.getStatus().isIn() && part.apply(c) != null)
                .map(c -> "- " + units.get(c.getUnitId()).getShortName() + ": " + part.apply(c).strip())
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text.substring(0, Math.min(text.length(), MAX_TEXT));
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new ValidationException(field, "Nội dung dài quá " + MAX_TEXT + " ký tự");
        }
        return value.strip();
    }
}
