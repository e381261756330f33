package vn.planflow.document;

/** One task row of the appendix table; all fields are free text and may be null. */
public record AppendixRow(
        String content,
        String product,
        String start,
        String finish,
        String leadUnit,
        String supportingUnits) {
}
