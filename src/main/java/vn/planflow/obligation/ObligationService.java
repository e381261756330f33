package vn.planflow.obligation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;
import vn.planflow.support.ConflictException;
import vn.planflow.support.FileStore;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.StoredFile;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.UnitService;

/** An issued plan's tasks from creation to their result; every change is a line of history. */
@Service
@Transactional
public class ObligationService {
    static final int MAX_TEXT = 4000;
    private final ObligationRepository obligations;
    private final ObligationNoteRepository notes;
    private final ObligationEvidenceRepository evidence;
    private final ObligationExtractor extractor;
    private final ObligationAccess access;
    private final ObligationProcesses processes;
    private final ObligationDates dates;
    private final PlanService plans;
    private final UnitService units;
    private final Memberships memberships;
    private final FileStore files;

    public ObligationService(ObligationRepository obligations, ObligationNoteRepository notes,
                             ObligationEvidenceRepository evidence, ObligationExtractor extractor,
                             ObligationAccess access, ObligationProcesses processes, ObligationDates dates,
                             PlanService plans, UnitService units, Memberships memberships, FileStore files) {
        this.obligations = obligations;
        this.notes = notes;
        this.evidence = evidence;
        this.extractor = extractor;
        this.access = access;
        this.processes = processes;
        this.dates = dates;
        this.plans = plans;
        this.units = units;
        this.memberships = memberships;
        this.files = files;
    }

    /** PlanIssuedEvent: once per plan; a retry of the issuing job finds them and does nothing. */
    public int createFor(Long planId) {
        if (obligations.existsByPlanId(planId)) {
            return 0;
        }
        Plan plan = plans.get(planId);
        LocalDate today = Clock.today();
        String office = units.officeOf(plan.getIssuingUnitId()).getId();
        int tracked = 0;
        for (ExtractedObligation e : extractor.extract(plan, today)) {
            Obligation o = obligations.save(new Obligation(planId, e.source(), e.position(), e, Clock.now()));
            if (o.getLeadUnitId() != null) {
                o.linkProcess(processes.start(planId, o.getId(), o.getLeadUnitId(), access.deskOf(o.getLeadUnitId()),
                        office, dates.reminderAt(o.getFinishDate(), today), dates.finishDue(o.getFinishDate())));
                tracked++;
            }
        }
        return tracked;
    }

    public Obligation progress(Long id, Integer percent, String note, String actor) {
        Obligation o = open(id);
        access.requireUpdater(actor, o);
        if (percent == null && (note == null || note.isBlank())) {
            throw new ValidationException("progressPercent", "Nhập mức độ hoàn thành hoặc nội dung tiến độ");
        }
        int value = percent == null ? o.getProgressPercent() : percent;
        if (value < 0 || value > 100) {
            throw new ValidationException("progressPercent", "Mức độ hoàn thành phải từ 0 đến 100%");
        }
        o.progress(value);
        note(o, NoteKind.PROGRESS, value, text("progressNote", note, false), actor);
        return o;
    }

    public ObligationEvidence addEvidence(Long id, String fileName, String contentType, byte[] content,
                                          String description, String actor) {
        Obligation o = get(id);
        if (o.getStatus() == ObligationStatus.CANCELLED) {
            throw new ConflictException("obligationId", "Nhiệm vụ đã dừng theo dõi, không nhận thêm tài liệu");
        }
        access.requireUpdater(actor, o);
        if (content == null || content.length == 0) {
            throw new ValidationException("file", "Tệp minh chứng rỗng hoặc chưa chọn tệp");
        }
        String name = fileName == null || fileName.isBlank() ? "minh-chung" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        StoredFile stored = files.save(name, contentType == null ? "application/octet-stream" : contentType, content);
        ObligationEvidence saved = evidence.save(new ObligationEvidence(id, stored.getId(), name, content.length,
                text("description", description, false), actor, Clock.now()));
        note(o, NoteKind.EVIDENCE, null, name, actor);
        return saved;
    }

    /** Closing with a result ends the tracking; "late" is judged against the finish date. */
    public Obligation close(Long id, boolean done, String result, String actor) {
        Obligation o = open(id);
        access.requireUpdater(actor, o);
        LocalDateTime now = Clock.now();
        boolean late = dates.isLate(o.getFinishDate(), now);
        o.close(done, text("result", result, true), actor, now, late);
        note(o, NoteKind.CLOSED, o.getProgressPercent(), (done ? "Hoàn thành" : "Không hoàn thành")
                + (late ? " (sau hạn)" : "") + ": " + o.getResult(), actor);
        return o;
    }

    public void remindLead(Long id) {
        Obligation o = get(id);
        if (!o.getStatus().closed()) {
            o.remind();
            note(o, NoteKind.REMINDER, null, "Sắp đến hạn hoàn thành", "system");
        }
    }

    public void markOverdue(Long id) {
        Obligation o = get(id);
        if (!o.getStatus().closed()) {
            o.overdue(Clock.now());
            note(o, NoteKind.OVERDUE, null, "Quá hạn hoàn thành, đã chuyển Văn phòng đôn đốc", "system");
        }
    }

    public void chase(Long id, String chaseNote, String actor) {
        Obligation o = get(id);
        if (!access.canChase(actor, plans.get(o.getPlanId()))) {
            throw new ForbiddenException("Chỉ Văn phòng của cơ quan ban hành kế hoạch mới đôn đốc nhiệm vụ");
        }
        o.remind();
        note(o, NoteKind.CHASE, null, text("chaseNote", chaseNote, true), actor);
    }

    /** Every obligation still tracked gets Message_PlanRecalled; its process marks it cancelled. */
    public void planWithdrawn(Long planId) {
        obligations.findByPlanIdOrderByIdAsc(planId).stream().filter(o -> !o.getStatus().closed())
                .forEach(o -> processes.recall(o.getProcessInstanceId()));
    }

    public void cancel(Long id) {
        Obligation o = get(id);
        if (!o.getStatus().closed()) {
            o.cancel(Clock.now());
            note(o, NoteKind.CANCELLED, null, "Kế hoạch bị thu hồi", "system");
        }
    }

    @Transactional(readOnly = true)
    public Obligation get(Long id) {
        if (id == null) {
            throw new ValidationException("obligationId", "Thiếu mã nhiệm vụ");
        }
        return obligations.findById(id).orElseThrow(() ->
                new NotFoundException("obligationId", "Không có nhiệm vụ số " + id));
    }

    @Transactional(readOnly = true)
    public List<ObligationNote> history(Long id) {
        return notes.findByObligationIdOrderByIdAsc(id);
    }

    @Transactional(readOnly = true)
    public List<ObligationEvidence> evidenceOf(Long id) {
        return evidence.findByObligationIdOrderByIdAsc(id);
    }

    private Obligation open(Long id) {
        Obligation o = get(id);
        if (o.getStatus().closed()) {
            throw new ConflictException("obligationId", "Nhiệm vụ đã kết thúc (" + o.getStatus().label()
                    + "), không cập nhật được nữa");
        }
        if (o.getStatus() == ObligationStatus.UNTRACKED) {
            throw new ConflictException("obligationId", "Nhiệm vụ chưa có đơn vị chủ trì trên hệ thống");
        }
        return o;
    }

    private void note(Obligation o, NoteKind kind, Integer percent, String text, String actor) {
        notes.save(new ObligationNote(o.getId(), kind, percent, text, actor,
                "system".equals(actor) ? "Hệ thống" : memberships.fullName(actor), Clock.now()));
    }

    private static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(field, "Chưa nhập nội dung");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new ValidationException(field, "Nội dung dài quá " + MAX_TEXT + " ký tự");
        }
        return value.strip();
    }
}
