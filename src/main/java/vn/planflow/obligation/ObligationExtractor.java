package vn.planflow.obligation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.planflow.plan.AppendixRow;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanSection;
import vn.planflow.plan.SectionPart;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/**
 * Reads a plan's tasks: every appendix row (content, product, dates, lead and supporting units),
 * and every unit section of "Tổ chức thực hiện" whose unit leads no appendix row, with the date
 * its text names ("hoàn thành trước ngày 10/02/2026") or else the end of the plan's period.
 */
@Component
public class ObligationExtractor {
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern WORDED = Pattern.compile("(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})");
    static final int MAX_CONTENT = 4000;
    private final UnitService units;
    private final UnitNames names;

    public ObligationExtractor(UnitService units, UnitNames names) {
        this.units = units;
        this.names = names;
    }

    public List<ExtractedObligation> extract(Plan plan, LocalDate today) {
        Unit scope = units.committeeOf(plan.getIssuingUnitId());
        LocalDate issued = plan.getIssuedOn() == null ? today : plan.getIssuedOn();
        LocalDate planEnd = plan.getPeriodEnd() != null ? plan.getPeriodEnd() : LocalDate.of(issued.getYear(), 12, 31);
        List<ExtractedObligation> found = new ArrayList<>();
        List<String> appendixLeads = new ArrayList<>();
        List<AppendixRow> rows = plan.getAppendix();
        for (int i = 0; i < rows.size(); i++) {
            AppendixRow row = rows.get(i);
            Unit lead = names.resolve(row.getLeadUnit(), scope).stream().filter(Unit::isOnSystem).findFirst().orElse(null);
            List<String> supporting = names.resolve(row.getSupportingUnits(), scope).stream().map(Unit::getId)
                    .filter(id -> lead == null || !id.equals(lead.getId())).toList();
            if (lead != null) {
                appendixLeads.add(lead.getId());
            }
            found.add(new ExtractedObligation(ObligationSource.APPENDIX, i, cut(row.getContent()), row.getProduct(),
                    lead == null ? null : lead.getId(), lead != null ? lead.getName()
                    : row.getLeadUnit() == null ? "(chưa ghi đơn vị chủ trì)" : row.getLeadUnit(),
                    row.getSupportingUnits(), supporting, row.getStartDate() == null ? issued : row.getStartDate(),
                    row.getFinishDate() == null ? planEnd : row.getFinishDate()));
        }
        List<PlanSection> sections = plan.getSections().stream()
                .filter(s -> s.getPart() == SectionPart.IMPLEMENTATION).toList();
        for (int j = 0; j < sections.size(); j++) {
            PlanSection s = sections.get(j);
            if (s.getUnitId() == null || appendixLeads.contains(s.getUnitId())) {
                continue;
            }
            Unit unit = units.get(s.getUnitId());
            String duties = s.getBody() == null || s.getBody().isBlank()
                    ? "Thực hiện nhiệm vụ được giao tại mục Tổ chức thực hiện" : s.getBody();
            found.add(new ExtractedObligation(ObligationSource.IMPLEMENTATION, j, cut(duties), null,
                    unit.isOnSystem() ? unit.getId() : null, unit.getName(), null, List.of(), issued,
                    deadlineIn(duties, issued).orElse(planEnd)));
        }
        return found;
    }

    /** The first date in the text on or after the issue date, as plans write them. */
    static java.util.Optional<LocalDate> deadlineIn(String text, LocalDate notBefore) {
        for (Pattern p : List.of(SLASHED, WORDED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                    if (!d.isBefore(notBefore)) {
                        return java.util.Optional.of(d);
                    }
                } catch (DateTimeException ignored) {
                    // not a date after all, e.g. "31/02/2026"
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String cut(String s) {
        return s.length() > MAX_CONTENT ? s.substring(0, MAX_CONTENT) : s;
    }
}
