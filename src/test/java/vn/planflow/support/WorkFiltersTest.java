package vn.planflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ready filters as a person sees them in Tasklist: which tasks each one lists, in what order,
 * and that the starter's catch-all "Việc của tôi" becomes the person's own tasks instead of a twin.
 */
class WorkFiltersTest {
    static final long DAY = 24L * 3600 * 1000;
    static final Date NOW = new Date(1_780_000_000_000L);

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml").build();

    FilterService filters;
    TaskService tasks;
    IdentityService identity;

    @BeforeEach
    void setUp() {
        ProcessEngine e = engine.getProcessEngine();
        filters = e.getFilterService();
        tasks = e.getTaskService();
        identity = e.getIdentityService();
        ClockUtil.setCurrentTime(NOW);
        // What camunda.bpm.filter.create leaves behind: a filter of the same name listing every task.
        Filter starter = filters.newTaskFilter("Việc của tôi").setQuery(tasks.createTaskQuery());
        filters.saveFilter(starter);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identity.clearAuthentication();
        filters.createFilterQuery().list().forEach(f -> filters.deleteFilter(f.getId()));
        tasks.createTaskQuery().list().forEach(t -> tasks.deleteTask(t.getId(), true));
    }

    @Test
    void eachFilterListsTheRightTasksSoonestDueFirst() {
        WorkFilters work = new WorkFilters(new TaskFilters(filters, tasks));
        work.ensureAll();
        work.ensureAll(); // a restart adds nothing

        task("Ký kế hoạch (quá hạn)", NOW.getTime() - DAY, "binh", null);
        task("Kiểm tra thể thức (quá hạn)", NOW.getTime() - 2 * DAY, null, "na-dh-vp.CHECKER");
        task("Góp ý dự thảo (sắp đến hạn)", NOW.getTime() + DAY, null, "na-dh-vp.CHECKER");
        task("Báo cáo quý (còn xa)", NOW.getTime() + 20 * DAY, "thu", "na-dh-vp.CHECKER");
        task("Việc của huyện khác", NOW.getTime() - DAY, null, "na-ts-vp.CHECKER");
        task("Đồng nghiệp đã nhận", NOW.getTime() + 10 * DAY, "ngoc", "na-dh-vp.CHECKER");

        assertThat(filters.createFilterQuery().filterName("Việc của tôi").count()).isEqualTo(1);
        assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
                .containsExactlyInAnyOrder("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");

        identity.setAuthentication("thu", List.of("na-dh-vp.CHECKER"));
        // Mine: claimed by me or still waiting for my role; a colleague's claimed task is only the unit's.
        assertThat(names("Việc của tôi")).containsExactly("Kiểm tra thể thức (quá hạn)",
                "Góp ý dự thảo (sắp đến hạn)", "Báo cáo quý (còn xa)");
        assertThat(names("Việc của đơn vị")).containsExactly("Kiểm tra thể thức (quá hạn)",
                "Góp ý dự thảo (sắp đến hạn)", "Đồng nghiệp đã nhận", "Báo cáo quý (còn xa)");
        assertThat(names("Sắp đến hạn")).containsExactly("Góp ý dự thảo (sắp đến hạn)");
        assertThat(names("Quá hạn")).containsExactly("Kiểm tra thể thức (quá hạn)");

        identity.setAuthentication("binh", List.of("na-dh.SIGNER"));
        assertThat(names("Quá hạn")).containsExactly("Ký kế hoạch (quá hạn)");
        assertThat(names("Việc của tôi")).containsExactly("Ký kế hoạch (quá hạn)");
        assertThat(names("Việc của đơn vị")).isEmpty();

        // Two days on, the task due tomorrow is overdue too.
        ClockUtil.setCurrentTime(new Date(NOW.getTime() + 2 * DAY));
        identity.setAuthentication("thu", List.of("na-dh-vp.CHECKER"));
        assertThat(names("Quá hạn")).containsExactly("Kiểm tra thể thức (quá hạn)", "Góp ý dự thảo (sắp đến hạn)");
        assertThat(names("Sắp đến hạn")).isEmpty();
    }

    private void task(String name, long due, String assignee, String group) {
        Task t = tasks.newTask();
        t.setName(name);
        t.setDueDate(new Date(due));
        t.setAssignee(assignee);
        tasks.saveTask(t);
        if (group != null) {
            tasks.addCandidateGroup(t.getId(), group);
        }
    }

    private List<String> names(String filterName) {
        String id = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        return filters.<Task>list(id).stream().map(Task::getName).toList();
    }
}
