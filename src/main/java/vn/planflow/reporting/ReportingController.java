package vn.planflow.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reporting over the domain API: a plan's regime and ad hoc requests; each unit's reports, their
 * submission and reminders; the summary's DOCX and XLSX. Tasks also appear in Tasklist.
 */
@RestController
@Tag(name = "Báo cáo")
public class ReportingController {
    private final RegimeApi regimes;
    private final ReportApi reports;

    public ReportingController(RegimeApi regimes, ReportApi reports) {
        this.regimes = regimes;
        this.reports = reports;
    }

    @PostMapping("/api/plans/{planId}/reporting-regime")
    @Operation(summary = "Thiết lập chế độ báo cáo của kế hoạch (chuyên viên soạn thảo, trước hoặc sau khi ban hành)")
    public RegimeView configure(@PathVariable Long planId, @RequestBody RegimeRequest request) {
        return regimes.configure(planId, request, user());
    }

    @GetMapping("/api/plans/{planId}/reporting-regime")
    @Operation(summary = "Chế độ báo cáo và các kỳ báo cáo của kế hoạch")
    public RegimeView regime(@PathVariable Long planId) {
        return regimes.get(planId, user());
    }

    @PostMapping("/api/plans/{planId}/reporting-regime/ad-hoc")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Yêu cầu báo cáo đột xuất (lãnh đạo đơn vị tổng hợp cấp cao nhất)")
    public RegimeView.RoundView adHoc(@PathVariable Long planId, @RequestBody AdHocRequest request) {
        return regimes.adHoc(planId, request, user());
    }

    @GetMapping("/api/reports")
    @Operation(summary = "Báo cáo của các đơn vị mình (phải nộp, đã nộp, tổng hợp)")
    public List<ReportView> mine(@RequestParam(required = false) String unitId) {
        return reports.mine(user(), unitId);
    }

    @GetMapping("/api/reports/{id}")
    @Operation(summary = "Một báo cáo; với báo cáo tổng hợp: đơn vị nào đã nộp, đúng hạn hay muộn, số liệu tổng")
    public ReportView report(@PathVariable Long id) {
        return reports.view(id, user());
    }

    @PostMapping("/api/reports/{id}/submit")
    @Operation(summary = "Nộp báo cáo của đơn vị (số liệu và nội dung)")
    public ReportView submit(@PathVariable Long id, @RequestBody ReportApi.SubmitRequest request) {
        return reports.submit(id, request, user());
    }

    @PostMapping("/api/reports/{id}/remind")
    @Operation(summary = "Đơn vị tổng hợp nhắc đơn vị chưa nộp báo cáo")
    public ReportView remind(@PathVariable Long id) {
        return reports.remind(id, user());
    }

    @GetMapping("/api/reports/{id}/document")
    @Operation(summary = "Báo cáo tổng hợp đã gửi (DOCX)")
    public ResponseEntity<byte[]> document(@PathVariable Long id) {
        return download(reports.document(id, user()), SummaryService.DOCX);
    }

    @GetMapping("/api/reports/{id}/preview")
    @Operation(summary = "Dự thảo báo cáo tổng hợp (DOCX, chưa có số)")
    public ResponseEntity<byte[]> preview(@PathVariable Long id) {
        return download(reports.preview(id, user()), SummaryService.DOCX);
    }

    @GetMapping("/api/reports/{id}/table")
    @Operation(summary = "Bảng số liệu tổng hợp (XLSX): mỗi đơn vị một dòng, tổng cộng, đúng hạn/muộn")
    public ResponseEntity<byte[]> table(@PathVariable Long id) {
        return download(reports.table(id, user()), SummaryService.XLSX);
    }

    private static ResponseEntity<byte[]> download(ReportApi.Download file, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name()).build().toString())
                .body(file.content());
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
