package vn.planflow.support;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The four filters every person finds in Tasklist on first start, each sorted by due date:
 * my tasks (claimed by me or waiting unclaimed for my role), all tasks of my units and roles (also
 * those colleagues claimed), those due within the next two working days, those overdue.
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
    static final String DUE_SOON_DESCRIPTION = "Việc của tôi và của đơn vị đến hạn trong 2 ngày làm việc tới";
    /** What the first version of "Sắp đến hạn" stored; a filter still like this was never edited. */
    static final String CALENDAR_DAYS_SOON = "${dateTime().plusDays(3).toDate()}";
    static final String CALENDAR_DAYS_DESCRIPTION = "Việc của tôi và của đơn vị đến hạn trong 3 ngày tới";
    private final TaskFilters filters;
    private final FilterService filterService;

    public WorkFilters(TaskFilters filters, FilterService filterService) {
        this.filters = filters;
        this.filterService = filterService;
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
        upgradeCalendarDaysDueSoon();
        filters.ensure(DUE_SOON, dueSoon(), DUE_SOON_DESCRIPTION, -18, "#b7791f", false);
        filters.ensure(OVERDUE, minePlusUnit().dueBeforeExpression("${now()}").orderByDueDate().asc(),
                "Việc của tôi và của đơn vị đã quá hạn", -17, "#c53030", false);
    }

    /**
     * "Soon" is read from the follow-up date, which every user task gets as its due date minus two
     * working days (vn.planflow.calendar.FollowUpPlugin): filter expressions cannot count working days.
     */
    private TaskQuery dueSoon() {
        return minePlusUnit().followUpBeforeExpression("${now()}").dueAfterExpression("${now()}")
                .orderByDueDate().asc();
    }

    /** The filter written by the calendar-day version moves to working days, unless someone edited it. */
    private void upgradeCalendarDaysDueSoon() {
        for (Filter old : filterService.createFilterQuery().filterName(DUE_SOON).list()) {
            Map<String, Object> properties = old.getProperties();
            boolean ours = properties != null && properties.containsKey(TaskFilters.OWN_PROPERTY);
            boolean unedited = old.getQuery() instanceof TaskQueryImpl query
                    && CALENDAR_DAYS_SOON.equals(query.getExpressions().get("dueBefore"))
                    && CALENDAR_DAYS_DESCRIPTION.equals(properties == null ? null : properties.get("description"));
            if (ours && unedited) {
                Map<String, Object> upgraded = new HashMap<>(properties);
                upgraded.put("description", DUE_SOON_DESCRIPTION);
                old.setQuery(dueSoon());
                old.setProperties(upgraded);
                filterService.saveFilter(old);
            }
        }
    }

    private TaskQuery minePlusUnit() {
        return filters.newQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .endOr();
    }
}
