package vn.planflow.obligation;

import java.time.LocalDate;
import java.util.List;

/** An obligation as read from the plan's text, before it is saved and tracked. */
record ExtractedObligation(ObligationSource source, int position, String content, String product,
                           String leadUnitId, String leadUnitName, String supportingUnits,
                           List<String> supportingUnitIds, LocalDate start, LocalDate finish) {
}
