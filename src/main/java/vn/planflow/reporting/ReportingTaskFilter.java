package vn.planflow.reporting;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A Tasklist filter "Báo cáo của đơn vị": the report tasks of the person's own units and roles
 * (submit, review the summary, approve it). Created once; an administrator may edit it after.
 */
@Component
public class ReportingTaskFilter implements ApplicationRunner {
    static final String NAME = "Báo cáo của đơn vị";
    private final FilterService filterService;
    private final TaskService taskService;

    public ReportingTaskFilter(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (filterService.createFilterQuery().filterName(NAME).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(NAME).setQuery(taskService.createTaskQuery()
                .processDefinitionKey(RoundProcesses.ROUND_PROCESS)
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .orderByDueDate().asc());
        filter.setProperties(Map.of("description", "Nộp báo cáo định kỳ, đột xuất; tổng hợp và duyệt báo cáo",
                "priority", 20, "refresh", true, "color", "#2b6cb0"));
        filterService.saveFilter(filter);
    }
}
