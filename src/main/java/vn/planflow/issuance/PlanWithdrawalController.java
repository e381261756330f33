package vn.planflow.issuance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.plan.Plan;

/** Recall of an issued plan, and the start of a replacement draft for it. */
@RestController
@RequestMapping("/api/plans/{id}")
@Tag(name = "Kế hoạch")
public class PlanWithdrawalController {
    private final PlanWithdrawalService withdrawals;

    public PlanWithdrawalController(PlanWithdrawalService withdrawals) {
        this.withdrawals = withdrawals;
    }

    @PostMapping("/recall")
    @Operation(summary = "Thu hồi kế hoạch đã ban hành (lãnh đạo, văn thư cơ quan ban hành); dự thảo cấp dưới còn mở bị hủy")
    public Withdrawal recall(@PathVariable Long id, @RequestBody(required = false) RecallRequest request) {
        withdrawals.recall(id, request == null ? null : request.reason(), currentUser());
        return new Withdrawal(id, null);
    }

    @PostMapping("/replacement")
    @Operation(summary = "Lập dự thảo thay thế kế hoạch đã ban hành (chuyên viên đơn vị soạn thảo)")
    public ResponseEntity<Withdrawal> replacement(@PathVariable Long id) {
        Plan copy = withdrawals.startReplacement(id, currentUser());
        return ResponseEntity.created(URI.create("/api/plans/" + copy.getId())).body(new Withdrawal(id, copy.getId()));
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    public record RecallRequest(String reason) {
    }

    public record Withdrawal(Long planId, Long replacementPlanId) {
    }
}
