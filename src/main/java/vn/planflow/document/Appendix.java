package vn.planflow.document;

import java.util.List;

/** Appendix table of tasks attached after the signature. */
public record Appendix(String title, List<AppendixRow> rows) {

    public Appendix {
        rows = ViewLists.copy(rows);
    }
}
