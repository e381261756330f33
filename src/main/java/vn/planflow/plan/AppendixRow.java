package vn.planflow.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One task row of the appendix table. */
@Embeddable
public class AppendixRow {
    @Column(nullable = false, length = 2000)
    private String content;
    private String product;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "finish_date")
    private LocalDate finishDate;
    @Column(name = "lead_unit")
    private String leadUnit;
    @Column(name = "supporting_units", length = 1000)
    private String supportingUnits;

    protected AppendixRow() {
    }

    public AppendixRow(String content, String product, LocalDate startDate, LocalDate finishDate,
                       String leadUnit, String supportingUnits) {
        this.content = content;
        this.product = product;
        this.startDate = startDate;
        this.finishDate = finishDate;
        this.leadUnit = leadUnit;
        this.supportingUnits = supportingUnits;
    }

    public String getContent() { return content; }
    public String getProduct() { return product; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getFinishDate() { return finishDate; }
    public String getLeadUnit() { return leadUnit; }
    public String getSupportingUnits() { return supportingUnits; }
}
