package vn.planflow.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bảng điều hành")
public class DashboardController {
    private final DashboardService dashboards;
    private final DashboardPlans plans;

    public DashboardController(DashboardService dashboards, DashboardPlans plans) {
        this.dashboards = dashboards;
        this.plans = plans;
    }

    @GetMapping("/api/dashboard/plans")
    @Operation(summary = "Các kế hoạch có bảng điều hành mà người dùng được xem: do đơn vị mình hoặc đơn vị cấp dưới ban hành")
    public List<DashboardPlans.Item> plans() {
        return plans.visibleTo(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    @GetMapping("/api/dashboard/plans/{id}")
    @Operation(summary = "Bảng điều hành của một kế hoạch: kế hoạch cấp dưới, tình hình nộp báo cáo, nhiệm vụ quá hạn theo đơn vị")
    public DashboardView plan(@PathVariable Long id) {
        return dashboards.of(id, SecurityContextHolder.getContext().getAuthentication().getName());
    }
}
