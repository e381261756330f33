package vn.planflow.reporting;

import vn.planflow.support.EngineAsApplication;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.UnitMember;
import vn.planflow.support.FileStore;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.NotFoundException;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitService;

/** What the report endpoints do, with the reading rule applied to every call. */
@Service
@Transactional
public class ReportApi {
    private final ReportService reports;
    private final SummaryService summaries;
    private final SummaryDocument document;
    private final RoundService rounds;
    private final RegimeService regimes;
    private final ReportAccess access;
    private final ReportRepository repository;
    private final UnitService units;
    private final Memberships memberships;
    private final FileStore files;
    private final TaskService taskService;
    private final EngineAsApplication system;

    public ReportApi(ReportService reports, SummaryService summaries, SummaryDocument document, RoundService rounds,
                     RegimeService regimes, ReportAccess access, ReportRepository repository, UnitService units,
                     Memberships memberships, FileStore files, TaskService taskService, EngineAsApplication system) {
        this.reports = reports;
        this.summaries = summaries;
        this.document = document;
        this.rounds = rounds;
        this.regimes = regimes;
        this.access = access;
        this.repository = repository;
        this.units = units;
        this.memberships = memberships;
        this.files = files;
        this.taskService = taskService;
        this.system = system;
    }

    /** The reports of the person's units (or of one of them), newest first. */
    @Transactional(readOnly = true)
    public List<ReportView> mine(String userId, String unitId) {
        Set<String> unitIds = new LinkedHashSet<>();
        if (unitId != null) {
            if (!access.worksIn(userId, unitId) && !memberships.isAdmin(userId)) {
                throw new ForbiddenException("Bạn không thuộc " + units.get(unitId).getName());
            }
            unitIds.add(unitId);
        } else {
            for (UnitMember m : memberships.of(userId)) {
                unitIds.add(m.getUnitId());
                Unit unit = units.get(m.getUnitId());
                if (unit.getKind() == UnitKind.OFFICE && unit.getParentId() != null) {
                    unitIds.add(unit.getParentId()); // an office prepares its committee's reports
                }
            }
        }
        return repository.findByUnitIdInOrderByIdDesc(unitIds).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ReportView view(Long id, String userId) {
        return view(visible(id, userId));
    }

    /** Saves the report, then completes its Tasklist task so the round moves on. */
    public ReportView submit(Long id, SubmitRequest request, String userId) {
        Report report = reports.submit(id, request.figures(), request.results(), request.difficulties(),
                request.proposals(), userId);
        // The task waits in the collecting unit's round; naming that process lets the database start
        // from its hundred or so tasks instead of every open task (the variable itself has no index).
        String round = report.getParentReportId() == null ? null
                : reports.get(report.getParentReportId()).getProcessInstanceId();
        system.call(() -> {
            TaskQuery waiting = taskService.createTaskQuery().taskDefinitionKey(ReportTaskListener.SUBMIT)
                    .taskVariableValueEquals(ReportTaskListener.REPORT_ID, id);
            (round == null ? waiting : waiting.processInstanceId(round)).list()
                    .forEach(t -> taskService.complete(t.getId()));
            return null;
        });
        return view(report);
    }

    public ReportView remind(Long id, String userId) {
        visible(id, userId);
        return view(reports.remind(id, userId));
    }

    @Transactional(readOnly = true)
    public Download document(Long id, String userId) {
        Report report = visible(id, userId);
        if (report.getDocxFileId() == null) {
            throw new NotFoundException("document", "Báo cáo tổng hợp chưa được duyệt và gửi nên chưa có văn bản");
        }
        return new Download(files.metadata(report.getDocxFileId()).getName(), files.read(report.getDocxFileId()));
    }

    /** The figures table: the one sent, or the live one while the summary is still a draft. */
    @Transactional(readOnly = true)
    public Download table(Long id, String userId) {
        Report report = visible(id, userId);
        if (report.getXlsxFileId() != null) {
            return new Download(files.metadata(report.getXlsxFileId()).getName(), files.read(report.getXlsxFileId()));
        }
        return new Download("du-thao-tong-hop-" + id + ".xlsx", document.xlsx(summaries.summarize(id)));
    }

    @Transactional(readOnly = true)
    public Download preview(Long id, String userId) {
        visible(id, userId);
        return new Download("du-thao-bao-cao-" + id + ".docx", document.docx(summaries.summarize(id)));
    }

    private Report visible(Long id, String userId) {
        Report report = reports.get(id);
        access.requireVisible(userId, report);
        return report;
    }

    private ReportView view(Report r) {
        ReportingRound round = rounds.get(r.getRoundId());
        return ReportView.of(r, units.get(r.getUnitId()), round, regimes.get(round.getRegimeId()),
                r.isCollector() ? summaries.summarize(r.getId()) : null);
    }

    public record SubmitRequest(Map<String, Object> figures, String results, String difficulties, String proposals) {
    }

    public record Download(String name, byte[] content) {
    }
}
