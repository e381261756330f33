package vn.planflow.support;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The four filters every person finds in Tasklist on first start, each sorted by due date:
 * my tasks (claimed by me or waiting unclaimed for my role), all tasks of my units and roles (also
 * those colleagues claimed), those due within three days, those overdue.
 * Roles need no filter of their own: the candidate groups ("unit.role") already narrow each list
 * to what the person may do.
 */
@Component
@Order(0)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "planflow.work-filters.enabled",
        matchIfMissing = true)
public class WorkFilters implements ApplicationRunner {
    public static final String MINE = "Việc của tôi";
    public static final String UNIT = "Việc của đơn vị";
    public static final String DUE_SOON = "Sắp đến hạn";
    public static final String OVERDUE = "Quá hạn";
    /** "Soon" is three calendar days: a weekend in between still leaves a working day to act. */
    static final String SOON = "${dateTime().plusDays(3).toDate()}";
    private final TaskFilters filters;

    public WorkFilters(TaskFilters filters) {
        this.filters = filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAll();
    }

    public void ensureAll() {
        // A task waiting for my role is mine until a colleague claims it: Tasklist opens this filter
        // first, so a new task must show here without the person looking elsewhere.
        filters.ensure(MINE, filters.newQuery().or().taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}").endOr().orderByDueDate().asc(),
                "Việc tôi đã nhận và việc đang chờ vai trò của tôi (chưa ai nhận)", -20, "#c05621", true);
        filters.ensure(UNIT, filters.newQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc(),
                "Mọi việc của đơn vị và vai trò của tôi, kể cả việc đồng nghiệp đã nhận", -19, "#2c5282", false);
        filters.ensure(DUE_SOON, minePlusUnit().dueAfterExpression("${now()}").dueBeforeExpression(SOON)
                        .orderByDueDate().asc(),
                "Việc của tôi và của đơn vị đến hạn trong 3 ngày tới", -18, "#b7791f", false);
        filters.ensure(OVERDUE, minePlusUnit().dueBeforeExpression("${now()}").orderByDueDate().asc(),
                "Việc của tôi và của đơn vị đã quá hạn", -17, "#c53030", false);
    }

    private org.camunda.bpm.engine.task.TaskQuery minePlusUnit() {
        return filters.newQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .endOr();
    }
}
