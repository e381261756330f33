package vn.planflow.support;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Ready Tasklist filters: the tasks of one process for the person's own groups, soonest due
 * first. Created once by name; an administrator may edit them afterwards.
 */
@Component
public class TaskFilters {
    /** Set on every filter this application wrote, so a filter made by someone else can be told apart. */
    static final String OWN_PROPERTY = "planflow";
    private final FilterService filterService;
    private final TaskService taskService;

    public TaskFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    public void ensure(String name, String processKey, String description, int priority, String color) {
        ensure(name, taskService.createTaskQuery()
                .processDefinitionKey(processKey)
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .orderByDueDate().asc(), description, priority, color, false);
    }

    /**
     * Creates the filter once by name. With {@code adoptForeign}, a filter of that name that this
     * application did not write (the Spring Boot starter's catch-all "Việc của tôi") gets this
     * query instead of a second filter of the same name; one this application wrote is left as
     * an administrator may have edited it.
     */
    public void ensure(String name, TaskQuery query, String description, int priority, String color,
                       boolean adoptForeign) {
        Filter existing = filterService.createFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
        if (existing != null && (!adoptForeign || existing.getProperties() != null
                && existing.getProperties().containsKey(OWN_PROPERTY))) {
            return;
        }
        Filter filter = existing != null ? existing : filterService.newTaskFilter(name);
        filter.setQuery(query);
        Map<String, Object> properties = new HashMap<>(Map.of("description", description, "priority", priority,
                "refresh", true, "color", color, OWN_PROPERTY, true));
        filter.setProperties(properties);
        filterService.saveFilter(filter);
    }

    public TaskQuery newQuery() {
        return taskService.createTaskQuery();
    }
}
