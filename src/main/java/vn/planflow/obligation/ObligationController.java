package vn.planflow.obligation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import vn.planflow.support.ValidationException;

/** Obligations of issued plans: per unit, per plan; progress, evidence files, closing with a result. */
@RestController
@Tag(name = "Nhiệm vụ")
public class ObligationController {
    private final ObligationApi api;

    public ObligationController(ObligationApi api) {
        this.api = api;
    }

    @GetMapping("/api/obligations")
    @Operation(summary = "Nhiệm vụ đơn vị mình chủ trì hoặc phối hợp (hoặc của một đơn vị của mình)")
    public List<ObligationView> mine(@RequestParam(required = false) String unitId) {
        return api.mine(user(), unitId);
    }

    @GetMapping("/api/plans/{planId}/obligations")
    @Operation(summary = "Các nhiệm vụ của một kế hoạch đã ban hành")
    public List<ObligationView> ofPlan(@PathVariable Long planId) {
        return api.ofPlan(planId, user());
    }

    @GetMapping("/api/obligations/{id}")
    public ObligationView get(@PathVariable Long id) {
        return api.get(id, user());
    }

    @PostMapping("/api/obligations/{id}/progress")
    @Operation(summary = "Đơn vị chủ trì cập nhật tiến độ (0-100%) và nội dung")
    public ObligationView progress(@PathVariable Long id, @RequestBody ProgressRequest request) {
        return api.progress(id, request.percent(), request.note(), user());
    }

    @PostMapping(path = "/api/obligations/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gửi tài liệu minh chứng (tệp)")
    public ObligationView.EvidenceView evidence(@PathVariable Long id,
                                                @RequestParam(value = "file", required = false) MultipartFile file,
                                                @RequestParam(required = false) String description) {
        try {
            return file == null ? api.addEvidence(id, null, null, null, description, user())
                    : api.addEvidence(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(),
                    description, user());
        } catch (IOException e) {
            throw new ValidationException("file", "Không đọc được tệp gửi lên");
        }
    }

    @GetMapping("/api/obligations/{id}/evidence/{evidenceId}")
    @Operation(summary = "Tải một tài liệu minh chứng")
    public ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long evidenceId) {
        ObligationApi.Download file = api.evidence(id, evidenceId, user());
        return ResponseEntity.ok().contentType(mediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .body(file.content());
    }

    @PostMapping("/api/obligations/{id}/close")
    @Operation(summary = "Kết thúc nhiệm vụ với kết quả: DONE (hoàn thành) hoặc NOT_DONE (không hoàn thành)")
    public ObligationView close(@PathVariable Long id, @RequestBody CloseRequest request) {
        return api.close(id, request.outcome(), request.result(), user());
    }

    /** The type the uploader's browser claimed, if it is a valid one. */
    private static MediaType mediaType(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    public record ProgressRequest(Integer percent, String note) {
    }

    public record CloseRequest(String outcome, String result) {
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
