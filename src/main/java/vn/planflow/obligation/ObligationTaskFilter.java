package vn.planflow.obligation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.planflow.support.TaskFilters;

/**
 * A Tasklist filter "Nhiệm vụ của đơn vị": the obligation tasks of the person's own units and
 * roles, soonest due first. Created once at start; an administrator may edit it afterwards.
 */
@Component
public class ObligationTaskFilter implements ApplicationRunner {
    static final String NAME = "Nhiệm vụ của đơn vị";
    private final TaskFilters filters;

    public ObligationTaskFilter(TaskFilters filters) {
        this.filters = filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        filters.ensure(NAME, ObligationProcesses.PROCESS, "Nhiệm vụ đơn vị chủ trì theo các kế hoạch đã ban hành, và việc đôn đốc", 10, "#2f855a");
    }
}
