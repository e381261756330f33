package vn.planflow.obligation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.planflow.plan.Plan;

/** An obligation as the API shows it, with its history and evidence files. */
public record ObligationView(Long id, Long planId, String planCode, String planTitle, String source,
                             String content, String product, String leadUnitId, String leadUnitName,
                             String supportingUnits, List<String> supportingUnitIds, LocalDate start,
                             LocalDate finish, String status, String statusLabel, int progressPercent,
                             boolean finishedLate, String result, LocalDateTime closedAt, String closedBy,
                             int reminders, LocalDateTime escalatedAt, List<NoteView> history,
                             List<EvidenceView> evidence) {

    public record NoteView(String kind, String kindLabel, Integer progressPercent, String text, String authorId,
                           String authorName, LocalDateTime at) {
        static NoteView of(ObligationNote n) {
            return new NoteView(n.getKind().name(), n.getKind().label(), n.getProgressPercent(), n.getText(),
                    n.getAuthorId(), n.getAuthorName(), n.getCreatedAt());
        }
    }

    public record EvidenceView(Long id, String fileName, long sizeBytes, String description, String uploadedBy,
                               LocalDateTime uploadedAt) {
        static EvidenceView of(ObligationEvidence e) {
            return new EvidenceView(e.getId(), e.getFileName(), e.getSizeBytes(), e.getDescription(),
                    e.getUploadedBy(), e.getUploadedAt());
        }
    }

    static ObligationView of(Obligation o, Plan plan, List<ObligationNote> notes, List<ObligationEvidence> files) {
        return new ObligationView(o.getId(), o.getPlanId(), plan.getCode(), plan.getTitle(), o.getSource().name(),
                o.getContent(), o.getProduct(), o.getLeadUnitId(), o.getLeadUnitName(), o.getSupportingUnits(),
                o.getSupportingUnitIds(), o.getStartDate(), o.getFinishDate(), o.getStatus().name(),
                o.getStatus().label(), o.getProgressPercent(), o.isFinishedLate(), o.getResult(), o.getClosedAt(),
                o.getClosedBy(), o.getReminderCount(), o.getEscalatedAt(),
                notes.stream().map(NoteView::of).toList(), files.stream().map(EvidenceView::of).toList());
    }
}
