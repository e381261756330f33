package vn.planflow.plan;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.planflow.unit.UnitService;

/** What the reviewing forms show: the draft, the comments with answers, the history. */
@Component
public class PlanMarkdown {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final UnitService units;

    public PlanMarkdown(UnitService units) {
        this.units = units;
    }

    public String draft(Plan plan) {
        StringBuilder md = new StringBuilder();
        md.append("### KẾ HOẠCH ").append(esc(plan.getTitle())).append("\n\n");
        md.append("**Thời kỳ:** ").append(esc(plan.getPeriodLabel())).append("  \n");
        md.append("**Cơ quan ban hành:** ").append(esc(units.get(plan.getIssuingUnitId()).getName())).append("  \n");
        md.append("**Đơn vị soạn thảo:** ").append(esc(units.get(plan.getDraftingUnitId()).getName())).append("\n\n");
        if (!plan.getLegalBases().isEmpty()) {
            md.append("**Căn cứ:**\n\n");
            plan.getLegalBases().forEach(b -> md.append("- *").append(esc(b)).append("*\n"));
            md.append('\n');
        }
        for (PlanSection s : plan.getSections()) {
            md.append("**").append(esc(s.getHeading())).append("**\n\n");
            PlanValidator.lines(s.getBody()).forEach(l -> md.append(esc(l)).append("  \n"));
            md.append('\n');
        }
        if (!plan.getAppendix().isEmpty()) {
            md.append("**Phụ lục:** ").append(plan.getAppendix().size()).append(" nhiệm vụ\n\n");
            plan.getAppendix().forEach(r -> md.append("- ").append(esc(r.getContent()))
                    .append(r.getLeadUnit() == null ? "" : " — chủ trì: " + esc(r.getLeadUnit())).append('\n'));
            md.append('\n');
        }
        md.append("**Nơi nhận:**\n\n");
        plan.getRecipients().forEach(r -> md.append("- ").append(esc(r.getName() + r.getPurpose().suffix())).append('\n'));
        return md.toString();
    }

    /** A list rather than a table: the form pane is narrow and a table would be cut off. */
    public String comments(List<PlanComment> comments) {
        if (comments.isEmpty()) {
            return "_Chưa có ý kiến góp ý._";
        }
        StringBuilder md = new StringBuilder();
        for (PlanComment c : comments) {
            String said = c.isSilent() ? "Không có ý kiến (coi như nhất trí)"
                    : c.isAgrees() ? "Nhất trí" : esc(c.getText());
            md.append("- **").append(esc(c.getUnitName())).append("**: ").append(said).append('\n');
            if (c.getResolution() != null) {
                md.append("  - ").append("accept".equals(c.getResolution()) ? "Tiếp thu: " : "Giải trình: ")
                        .append(esc(c.getAnswer())).append('\n');
            }
        }
        return md.toString();
    }

    public String history(List<PlanDecision> decisions) {
        if (decisions.isEmpty()) {
            return "_Chưa có._";
        }
        StringBuilder md = new StringBuilder();
        for (PlanDecision d : decisions) {
            md.append("- ").append(WHEN.format(d.getDecidedAt())).append(" — **").append(esc(d.getActorName()))
                    .append("** (").append(PlanSteps.label(d.getStep())).append("): ")
                    .append(PlanSteps.decisionLabel(d.getDecision()));
            if (d.getComment() != null) {
                md.append(" — ").append(esc(d.getComment()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Keeps user text from being read as markup. */
    private static String esc(String s) {
        return s == null ? "" : s.replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_");
    }
}
