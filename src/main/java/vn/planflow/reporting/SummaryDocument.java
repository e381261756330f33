package vn.planflow.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.planflow.document.DocumentFormats;
import vn.planflow.document.DocumentRenderer;
import vn.planflow.document.OfficialDocument;
import vn.planflow.document.Part;
import vn.planflow.document.Section;
import vn.planflow.document.Signature;
import vn.planflow.document.XlsxTable;
import vn.planflow.plan.Plan;
import vn.planflow.unit.UnitService;

/** A summary as a BÁO CÁO (BC) in Decree 30 form, and its figures as a table of units and totals. */
@Component
public class SummaryDocument {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private final UnitService units;
    private final DocumentRenderer renderer;
    private final ReportTree tree;

    public SummaryDocument(UnitService units, DocumentRenderer renderer, ReportTree tree) {
        this.units = units;
        this.renderer = renderer;
        this.tree = tree;
    }

    public byte[] docx(Summary s) {
        Report r = s.report();
        return renderer.render(new OfficialDocument(units.parentBodyLine(s.unit()), s.unit().getHeaderName(),
                r.getNumber(), "BC", s.unit().getCode(), s.unit().getPlaceName(), r.getIssuedOn(), "BÁO CÁO",
                title(s), legalBases(s), parts(s), "Trên đây là báo cáo kết quả thực hiện Kế hoạch số "
                + s.plan().getCode() + " " + s.round().getLabel() + " của " + s.unit().getShortName() + "./.",
                s.sendTo(), archiveCodes(s), signature(s), null));
    }

    /** One row per unit reporting to this one, then the totals; on-time and late in the last column. */
    public byte[] xlsx(Summary s) {
        List<String> headers = new ArrayList<>(List.of("TT", "Đơn vị"));
        s.regime().getFigures().forEach(f -> headers.add(f.heading()));
        headers.addAll(List.of("Ngày gửi", "Tình trạng"));
        List<List<Object>> rows = new ArrayList<>();
        int i = 0;
        for (Summary.Child c : s.children()) {
            List<Object> row = new ArrayList<>(List.of(++i, c.unit().getName()));
            s.regime().getFigures().forEach(f -> row.add(c.report().getStatus().isIn()
                    ? c.report().getFigures().get(f.getKey()) : null));
            row.add(c.report().getSubmittedAt() == null ? null : c.report().getSubmittedAt().toLocalDate());
            row.add(c.state().label());
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(Arrays.asList(null, "Tổng cộng"));
        s.regime().getFigures().forEach(f -> total.add(s.totals().get(f.getKey())));
        total.add(null);
        total.add(s.onTimeChildren() + "/" + s.children().size() + " đúng hạn");
        rows.add(total);
        return XlsxTable.write("Tổng hợp", "TỔNG HỢP SỐ LIỆU BÁO CÁO " + s.round().getLabel().toUpperCase(VI)
                + " - " + s.unit().getName().toUpperCase(VI) + " (SỐ LIỆU TỪ "
                + DocumentFormats.shortDate(s.round().getWindowStart()) + " ĐẾN "
                + DocumentFormats.shortDate(s.round().getCutOff()) + ")", headers, rows);
    }

    public String title(Summary s) {
        return "Kết quả thực hiện Kế hoạch " + lowerFirst(s.plan().getTitle()) + ", " + s.round().getLabel();
    }

    public Signature signature(Summary s) {
        return units.leaders(s.unit().getId()).stream()
                .filter(l -> l.getUserId().equals(s.report().getApprovedBy())).findFirst()
                .map(l -> new Signature(l.getPosition().signatureLines(), l.getFullName()))
                .orElse(new Signature(List.of(), null));
    }

    public String archiveCodes(Summary s) {
        return "VT, " + units.get(tree.deskOf(s.unit().getId())).getCode();
    }

    private List<String> legalBases(Summary s) {
        Plan plan = s.plan();
        List<String> bases = new ArrayList<>();
        bases.add("Thực hiện Kế hoạch số " + plan.getCode() + " ngày "
                + (plan.getIssuedOn() == null ? "" : DocumentFormats.shortDate(plan.getIssuedOn())) + " của "
                + units.get(plan.getIssuingUnitId()).getName() + " về " + lowerFirst(plan.getTitle()));
        if (s.round().getKind() == PeriodKind.AD_HOC && s.round().getRequestNote() != null) {
            bases.add("Thực hiện yêu cầu báo cáo đột xuất của " + units.get(s.regime().getRootUnitId()).getName()
                    + " về " + lowerFirst(s.round().getRequestNote()));
        }
        return bases;
    }

    private List<Part> parts(Summary s) {
        Report r = s.report();
        List<String> figures = new ArrayList<>();
        for (RegimeFigure f : s.regime().getFigures()) {
            BigDecimal total = s.totals().get(f.getKey());
            figures.add("- " + f.getLabel() + ": " + FigureValues.format(total)
                    + (f.getMeasure() == null ? "" : " " + f.getMeasure()) + ".");
        }
        figures.add("- Số đơn vị đã báo cáo: " + s.countedChildren() + "/" + s.children().size()
                + " (đúng hạn: " + s.onTimeChildren() + ").");
        List<String> states = s.children().stream().map(c -> "- " + c.unit().getShortName() + ": "
                + c.state().label().toLowerCase(VI) + (c.report().getSubmittedAt() == null ? ""
                : " (ngày " + DocumentFormats.shortDate(c.report().getSubmittedAt().toLocalDate()) + ")") + ".").toList();
        List<Section> results = new ArrayList<>();
        results.add(new Section(null, List.of("Số liệu tính từ ngày " + DocumentFormats.shortDate(s.round().getWindowStart())
                + " đến ngày " + DocumentFormats.shortDate(s.round().getCutOff()) + ".")));
        if (!lines(r.getResults()).isEmpty()) {
            results.add(new Section("Kết quả chung", lines(r.getResults())));
        }
        results.add(new Section("Số liệu tổng hợp", figures));
        results.add(new Section("Tình hình gửi báo cáo của các đơn vị", states));
        return List.of(new Part("KẾT QUẢ THỰC HIỆN", results),
                new Part("KHÓ KHĂN, VƯỚNG MẮC", List.of(new Section(null, orNone(r.getDifficulties())))),
                new Part("KIẾN NGHỊ, ĐỀ XUẤT", List.of(new Section(null, orNone(r.getProposals())))));
    }

    private static List<String> orNone(String text) {
        List<String> lines = lines(text);
        return lines.isEmpty() ? List.of("Không có.") : lines;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
