package vn.planflow.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.DocumentFormats;
import vn.planflow.support.FormValues;
import vn.planflow.unit.UnitService;

/** What the report forms show, filled as task-local variables so no report data stays in the process. */
@Component
@Transactional(readOnly = true)
public class ReportForms {
    private final ReportService reports;
    private final RoundService rounds;
    private final RegimeService regimes;
    private final SummaryService summaries;
    private final UnitService units;

    public ReportForms(ReportService reports, RoundService rounds, RegimeService regimes, SummaryService summaries,
                       UnitService units) {
        this.reports = reports;
        this.rounds = rounds;
        this.regimes = regimes;
        this.summaries = summaries;
        this.units = units;
    }

    /** Task_SubmitReport: the period, the data window, the due date and one row per figure. */
    public Map<String, Object> submitForm(Long unitReportId) {
        Report report = reports.get(unitReportId);
        ReportingRound round = rounds.get(report.getRoundId());
        Report parent = reports.get(report.getParentReportId());
        String md = "### Báo cáo " + round.getLabel() + "\n\n"
                + "Đơn vị báo cáo: **" + units.get(report.getUnitId()).getName() + "**, gửi **"
                + units.get(parent.getUnitId()).getName() + "**\n\n"
                + "Số liệu tính từ ngày **" + DocumentFormats.shortDate(round.getWindowStart()) + "** đến hết ngày **"
                + DocumentFormats.shortDate(round.getCutOff()) + "** (ngày chốt số liệu).\n\n"
                + "Hạn nộp: **" + DocumentFormats.shortDate(report.getDueDate()) + "**"
                + (round.getRequestNote() == null ? "" : "\n\nNội dung yêu cầu: " + round.getRequestNote());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RegimeFigure f : regimes.get(round.getRegimeId()).getFigures()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", f.getKey());
            row.put("label", f.heading());
            row.put("value", null);
            rows.add(row);
        }
        Map<String, Object> v = new HashMap<>();
        v.put("roundMarkdown", md);
        v.put("figureRows", FormValues.json(rows));
        v.put("results", null);
        v.put("difficulties", null);
        v.put("proposals", null);
        return v;
    }

    /** Task_ReviewSummary and Task_ApproveSummary: who is in, the totals, the draft's text. */
    public Map<String, Object> summaryForm(Long reportId, boolean review) {
        Summary s = summaries.summarize(reportId);
        StringBuilder md = new StringBuilder("### Báo cáo tổng hợp " + s.round().getLabel() + "\n\n");
        md.append("Số liệu từ ").append(DocumentFormats.shortDate(s.round().getWindowStart())).append(" đến ")
                .append(DocumentFormats.shortDate(s.round().getCutOff())).append("; hạn gửi lên: **")
                .append(DocumentFormats.shortDate(s.report().getDueDate())).append("**\n\n**Các đơn vị báo cáo**\n\n");
        for (Summary.Child c : s.children()) {
            md.append("- ").append(c.unit().getName()).append(": ").append(c.state().label()).append('\n');
        }
        md.append("\n**Số liệu tổng hợp**\n\n");
        for (RegimeFigure f : s.regime().getFigures()) {
            md.append("- ").append(f.heading()).append(": ").append(FigureValues.format(s.totals().get(f.getKey())))
                    .append('\n');
        }
        md.append("\n[Xem trước báo cáo (DOCX)](/api/reports/").append(reportId).append("/preview) · ")
                .append("[Bảng số liệu (XLSX)](/api/reports/").append(reportId).append("/table)");
        Map<String, Object> v = new HashMap<>();
        v.put("summaryMarkdown", md.toString());
        if (review) {
            v.put("results", s.report().getResults());
            v.put("difficulties", s.report().getDifficulties());
            v.put("proposals", s.report().getProposals());
        } else {
            v.put("draftMarkdown", "**Kết quả chung**\n\n" + nz(s.report().getResults()) + "\n\n**Khó khăn, vướng mắc**\n\n"
                    + nz(s.report().getDifficulties()) + "\n\n**Kiến nghị, đề xuất**\n\n" + nz(s.report().getProposals()));
            // The comment stays on the task; only the decision is routed on.
            v.put("summaryComment", null);
        }
        return v;
    }

    private static String nz(String s) {
        return s == null ? "(không có)" : s;
    }
}
