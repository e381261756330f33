package vn.planflow.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bảng điều hành")
public class DashboardController {
    private final DashboardService dashboards;

    public DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/dashboard/plans/{id}")
    @Operation(summary = "Bảng điều hành của một kế hoạch: kế hoạch cấp dưới, tình hình nộp báo cáo, nhiệm vụ quá hạn theo đơn vị")
    public DashboardView plan(@PathVariable Long id) {
        return dashboards.of(id, SecurityContextHolder.getContext().getAuthentication().getName());
    }
}
