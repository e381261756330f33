package vn.planflow.obligation;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A Tasklist filter "Nhiệm vụ của đơn vị": the obligation tasks of the person's own units and
 * roles, soonest due first. Created once at start; an administrator may edit it afterwards.
 */
@Component
public class ObligationTaskFilter implements ApplicationRunner {
    static final String NAME = "Nhiệm vụ của đơn vị";
    private final FilterService filterService;
    private final TaskService taskService;

    public ObligationTaskFilter(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (filterService.createFilterQuery().filterName(NAME).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(NAME).setQuery(taskService.createTaskQuery()
                .processDefinitionKey(ObligationProcesses.PROCESS)
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .orderByDueDate().asc());
        filter.setProperties(Map.of("description", "Nhiệm vụ đơn vị chủ trì theo các kế hoạch đã ban hành, và việc đôn đốc",
                "priority", 10, "refresh", true, "color", "#2f855a"));
        filterService.saveFilter(filter);
    }
}
