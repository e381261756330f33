package vn.planflow.web;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.planflow.support.EngineAsApplication;

/**
 * The signed-in person's open tasks as "Việc của tôi" lists them — assigned to them, or waiting
 * unclaimed for them or one of their groups — earliest due first, one page at a time.
 *
 * <p>Why not the engine's one authorized query with {@code or(assignee, candidateUser)}: the OR
 * keeps the database from starting at the person's own rows, so it reads every open task, and on
 * PostgreSQL its rights check compares each of a group's tasks with each of that group's task
 * grants (one per task), which grew with the square of a busy office's tasks. Here
 * the assigned and the offered tasks are read by their own indexes, merged, and the page is then
 * shown only as far as the engine's rights let the person read it.
 */
@Component
public class OwnTasks {
    /** Databases that put tasks without a due date before the dated ones in an ascending order. */
    private static final Set<String> NULLS_SORT_LOW = Set.of("h2", "mysql", "mariadb", "mssql");

    private final TaskService taskService;
    private final IdentityService identityService;
    private final EngineAsApplication application;
    private final Comparator<Task> order;

    public OwnTasks(ProcessEngine engine, EngineAsApplication application) {
        this.taskService = engine.getTaskService();
        this.identityService = engine.getIdentityService();
        this.application = application;
        String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        // the merge must order exactly as each query came back from the database
        Comparator<Date> dates = Comparator.naturalOrder();
        this.order = Comparator.comparing(Task::getDueDate, NULLS_SORT_LOW.contains(database)
                        ? Comparator.nullsFirst(dates) : Comparator.nullsLast(dates))
                .thenComparing(Task::getCreateTime, Comparator.nullsLast(dates));
    }

    /** One page and how many there are in all (tasks whose rights were taken away still count). */
    public record Page(List<Task> tasks, long total) {
    }

    public Page page(int firstResult, int maxResults) {
        String me = identityService.getCurrentAuthentication().getUserId();
        int window = firstResult + maxResults;
        // Only the person's own tasks are read here; the rights are checked on the page below.
        List<Task> assigned = application.call(() -> sorted(taskService.createTaskQuery().taskAssignee(me))
                .listPage(0, window));
        List<Task> offered = application.call(() -> sorted(taskService.createTaskQuery().taskCandidateUser(me))
                .listPage(0, window));
        List<Task> page = Stream.concat(assigned.stream(), offered.stream()).sorted(order)
                .skip(firstResult).limit(maxResults).toList();
        long total = assigned.size() < window && offered.size() < window ? assigned.size() + offered.size()
                : application.call(() -> taskService.createTaskQuery().taskAssignee(me).count()
                        + taskService.createTaskQuery().taskCandidateUser(me).count());
        return new Page(readable(page), total);
    }

    private static TaskQuery sorted(TaskQuery query) {
        return query.initializeFormKeys().orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    /** The page as far as the person may read it, by the engine's own authorized query on its ids. */
    private List<Task> readable(List<Task> page) {
        if (page.isEmpty()) {
            return page;
        }
        Set<String> allowed = taskService.createTaskQuery()
                .taskIdIn(page.stream().map(Task::getId).toArray(String[]::new)).list().stream()
                .map(Task::getId).collect(Collectors.toSet());
        return page.stream().filter(t -> allowed.contains(t.getId())).toList();
    }
}
