package vn.planflow.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.support.ValidationException;

/** The audit log, newest first, for administrators only. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Nhật ký kiểm toán")
public class AuditController {
    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Nhật ký đăng nhập và quyết định (quản trị)")
    public List<AuditRecord> search(@RequestParam(required = false) AuditKind kind,
                                    @RequestParam(required = false) String actorId,
                                    @RequestParam(required = false) Long planId,
                                    @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ValidationException("limit", "Số dòng phải từ 1 đến 1000");
        }
        return audit.search(kind, actorId, planId, limit);
    }
}
