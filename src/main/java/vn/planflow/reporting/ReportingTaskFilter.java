package vn.planflow.reporting;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.planflow.support.TaskFilters;

/**
 * A Tasklist filter "Báo cáo của đơn vị": the report tasks of the person's own units and roles
 * (submit, review the summary, approve it). Created once; an administrator may edit it after.
 */
@Component
public class ReportingTaskFilter implements ApplicationRunner {
    static final String NAME = "Báo cáo của đơn vị";
    private final TaskFilters filters;

    public ReportingTaskFilter(TaskFilters filters) {
        this.filters = filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        filters.ensure(NAME, RoundProcesses.ROUND_PROCESS, "Nộp báo cáo định kỳ, đột xuất; tổng hợp và duyệt báo cáo", 20, "#2b6cb0");
    }
}
