package vn.planflow.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable content of a plan, as the drafter sends it (REST body or Tasklist form).
 * Text sections hold one paragraph per line.
 */
public record PlanContent(
        String title,
        String periodLabel,
        LocalDate periodStart,
        LocalDate periodEnd,
        String issuingUnitId,
        String signerId,
        List<String> legalBases,
        String purposes,
        String requirements,
        String audiences,
        String content,
        String forms,
        String timing,
        String funding,
        List<ImplementationItem> implementation,
        String closing,
        List<AppendixItem> appendix,
        List<RecipientItem> recipients,
        List<String> consultedUnitIds,
        LocalDate consultationDue) {

    public PlanContent {
        legalBases = legalBases == null ? List.of() : legalBases;
        implementation = implementation == null ? List.of() : implementation;
        appendix = appendix == null ? List.of() : appendix;
        recipients = recipients == null ? List.of() : recipients;
        consultedUnitIds = consultedUnitIds == null ? List.of() : consultedUnitIds;
    }

    /** "Tổ chức thực hiện": what one unit must do. unitId is optional (a unit outside the system). */
    public record ImplementationItem(String unitId, String unitName, String duties) {
    }

    public record AppendixItem(String content, String product, LocalDate start, LocalDate finish,
                               String leadUnit, String supportingUnits) {
        AppendixRow toRow() {
            return new AppendixRow(content, product, start, finish, leadUnit, supportingUnits);
        }
    }

    /**
     * unitId for a unit in the hierarchy, or name alone for one outside it. childPlanDemanded: the
     * unit must issue its own plan by childPlanDue (null: a default counted from the issue date).
     */
    public record RecipientItem(String unitId, String name, RecipientPurpose purpose, boolean childPlanDemanded,
                                LocalDate childPlanDue) {
        public RecipientItem(String unitId, String name, RecipientPurpose purpose) {
            this(unitId, name, purpose, false, null);
        }
    }
}
