package vn.planflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.plan.PlanContent;

/** Plans: create a draft (starts PlanIssuance), read one with its status and history, download it. */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "Kế hoạch")
public class PlanApiController {
    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final PlanApiService service;
    private final CurrentUser user;

    public PlanApiController(PlanApiService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @PostMapping
    @Operation(summary = "Tạo dự thảo kế hoạch và bắt đầu quy trình ban hành")
    public ResponseEntity<PlanView> create(@RequestBody PlanContent content) {
        PlanView view = service.create(content, user.id());
        return ResponseEntity.created(URI.create("/api/plans/" + view.id())).body(view);
    }

    @GetMapping
    @Operation(summary = "Các kế hoạch mà đơn vị của người dùng tham gia")
    public List<PlanView.Summary> list() {
        return service.list(user.id());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một kế hoạch: nội dung, trạng thái, số, quá trình xử lý, tình trạng nơi nhận")
    public PlanView get(@PathVariable Long id) {
        return service.view(id, user.id());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Lưu dự thảo (chỉ chuyên viên soạn thảo, khi dự thảo đang ở bước soạn/sửa)")
    public PlanView update(@PathVariable Long id, @RequestBody PlanContent content) {
        return service.update(id, content, user.id());
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "Tải văn bản đã ban hành (DOCX)")
    public ResponseEntity<byte[]> document(@PathVariable Long id) {
        PlanApiService.FileDownload file = service.document(id, user.id());
        return download(file);
    }

    @GetMapping("/{id}/preview")
    @Operation(summary = "Bản in thử của dự thảo (DOCX, chưa có số)")
    public ResponseEntity<byte[]> preview(@PathVariable Long id) {
        return download(service.preview(id, user.id()));
    }

    private static ResponseEntity<byte[]> download(PlanApiService.FileDownload file) {
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name()).build().toString())
                .body(file.content());
    }
}
