package vn.planflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import vn.planflow.calendar.DueDates;
import vn.planflow.calendar.FollowUpDates;
import vn.planflow.calendar.PublicHolidayRepository;
import vn.planflow.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ready filters as a person sees them in Tasklist: which tasks each one lists, in what order,
 * and that the starter's catch-all "Việc của tôi" becomes the person's own tasks instead of a twin.
 * Tasks carry the follow-up date the calendar's task listener gives process tasks (see
 * vn.planflow.calendar.FollowUpDatesTest); Monday 01/06/2026 is a holiday of this test's calendar.
 */
class WorkFiltersTest {
    static final long DAY = 24L * 3600 * 1000;
    /** Friday 29/05/2026, 03:26 in Vietnam. */
    static final Date NOW = new Date(1_780_000_000_000L);
    static final LocalDate HOLIDAY = LocalDate.of(2026, 6, 1);

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml").build();

    FilterService filters;
    TaskService tasks;
    IdentityService identity;
    FollowUpDates followUps;

    @BeforeEach
    void setUp() {
        ProcessEngine e = engine.getProcessEngine();
        filters = e.getFilterService();
        tasks = e.getTaskService();
        identity = e.getIdentityService();
        PublicHolidayRepository holidays = mock(PublicHolidayRepository.class);
        when(holidays.findAllDays()).thenReturn(List.of(HOLIDAY));
        followUps = new FollowUpDates(new WorkingCalendar(holidays));
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
        WorkFilters work = new WorkFilters(new TaskFilters(filters, tasks), filters);
        work.ensureAll();
        work.ensureAll(); // a restart adds nothing

        task("Ký kế hoạch (quá hạn)", NOW.getTime() - DAY, "binh", null);
        task("Kiểm tra thể thức (quá hạn)", NOW.getTime() - 2 * DAY, null, "na-dh-vp.CHECKER");
        task("Góp ý dự thảo (sắp đến hạn)", NOW.getTime() + DAY, null, "na-dh-vp.CHECKER");
        task("Báo cáo quý (còn xa)", NOW.getTime() + 20 * DAY, "thu", "na-dh-vp.CHECKER");
        task("Việc của huyện khác", NOW.getTime() - DAY, null, "na-ts-vp.CHECKER");
        task("Đồng nghiệp đã nhận", NOW.getTime() + 10 * DAY, "ngoc", "na-dh-vp.CHECKER");
        // Monday is a holiday: from this Friday the next two working days are Tuesday and Wednesday.
        task("Thẩm định sau kỳ nghỉ (thứ Tư)", officeEnd(2026, 6, 3), null, "na-dh-vp.CHECKER");
        task("Tổng hợp (thứ Năm)", officeEnd(2026, 6, 4), null, "na-dh-vp.CHECKER");

        assertThat(filters.createFilterQuery().filterName("Việc của tôi").count()).isEqualTo(1);
        assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
                .containsExactlyInAnyOrder("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");

        identity.setAuthentication("thu", List.of("na-dh-vp.CHECKER"));
        // Mine: claimed by me or still waiting for my role; a colleague's claimed task is only the unit's.
        assertThat(names("Việc của tôi")).containsExactly("Kiểm tra thể thức (quá hạn)",
                "Góp ý dự thảo (sắp đến hạn)", "Thẩm định sau kỳ nghỉ (thứ Tư)", "Tổng hợp (thứ Năm)",
                "Báo cáo quý (còn xa)");
        assertThat(names("Việc của đơn vị")).containsExactly("Kiểm tra thể thức (quá hạn)",
                "Góp ý dự thảo (sắp đến hạn)", "Thẩm định sau kỳ nghỉ (thứ Tư)", "Tổng hợp (thứ Năm)",
                "Đồng nghiệp đã nhận", "Báo cáo quý (còn xa)");
        // Within the next two working days, counted over the weekend and the holiday.
        assertThat(names("Sắp đến hạn")).containsExactly("Góp ý dự thảo (sắp đến hạn)",
                "Thẩm định sau kỳ nghỉ (thứ Tư)");
        assertThat(names("Quá hạn")).containsExactly("Kiểm tra thể thức (quá hạn)");

        identity.setAuthentication("binh", List.of("na-dh.SIGNER"));
        assertThat(names("Quá hạn")).containsExactly("Ký kế hoạch (quá hạn)");
        assertThat(names("Việc của tôi")).containsExactly("Ký kế hoạch (quá hạn)");
        assertThat(names("Việc của đơn vị")).isEmpty();

        // Two days on, the task due tomorrow is overdue too.
        ClockUtil.setCurrentTime(new Date(NOW.getTime() + 2 * DAY));
        identity.setAuthentication("thu", List.of("na-dh-vp.CHECKER"));
        assertThat(names("Quá hạn")).containsExactly("Kiểm tra thể thức (quá hạn)", "Góp ý dự thảo (sắp đến hạn)");
        assertThat(names("Sắp đến hạn")).containsExactly("Thẩm định sau kỳ nghỉ (thứ Tư)");

        // Tuesday morning: Thursday's task is due within the next two working days as well.
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 6, 2, 8, 0, 0, 0, DueDates.ZONE).toInstant()));
        assertThat(names("Sắp đến hạn")).containsExactly("Thẩm định sau kỳ nghỉ (thứ Tư)", "Tổng hợp (thứ Năm)");
        assertThat(filters.createFilterQuery().filterName("Sắp đến hạn").singleResult().getProperties())
                .containsEntry("description", "Việc của tôi và của đơn vị đến hạn trong 2 ngày làm việc tới");
    }

    @Test
    void theCalendarDayVersionOfDueSoonMovesToWorkingDaysUnlessItWasEdited() {
        Filter old = filters.newTaskFilter("Sắp đến hạn").setQuery(tasks.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .dueAfterExpression("${now()}").dueBeforeExpression(WorkFilters.CALENDAR_DAYS_SOON));
        old.setProperties(Map.of("description", WorkFilters.CALENDAR_DAYS_DESCRIPTION, "planflow", true,
                "priority", -18));
        filters.saveFilter(old);
        new WorkFilters(new TaskFilters(filters, tasks), filters).ensureAll();

        task("Thẩm định sau kỳ nghỉ (thứ Tư)", officeEnd(2026, 6, 3), null, "na-dh-vp.CHECKER");
        identity.setAuthentication("thu", List.of("na-dh-vp.CHECKER"));
        assertThat(filters.createFilterQuery().filterName("Sắp đến hạn").count()).isEqualTo(1);
        assertThat(names("Sắp đến hạn")).as("not listed by the 3-calendar-day query").containsExactly(
                "Thẩm định sau kỳ nghỉ (thứ Tư)");
        Filter upgraded = filters.createFilterQuery().filterName("Sắp đến hạn").singleResult();
        assertThat(upgraded.getId()).isEqualTo(old.getId());
        assertThat(upgraded.getProperties()).containsEntry("priority", -18)
                .containsEntry("description", WorkFilters.DUE_SOON_DESCRIPTION);

        // An administrator's own wording marks the filter as edited: it stays as it is.
        filters.deleteFilter(upgraded.getId());
        Filter mine = filters.newTaskFilter("Sắp đến hạn").setQuery(tasks.createTaskQuery()
                .dueBeforeExpression(WorkFilters.CALENDAR_DAYS_SOON));
        mine.setProperties(Map.of("description", "Hạn trong 3 ngày (phòng tự đặt)", "planflow", true));
        filters.saveFilter(mine);
        new WorkFilters(new TaskFilters(filters, tasks), filters).ensureAll();
        assertThat(filters.createFilterQuery().filterName("Sắp đến hạn").singleResult().getProperties())
                .containsEntry("description", "Hạn trong 3 ngày (phòng tự đặt)");
    }

    private static long officeEnd(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 17, 0, 0, 0, DueDates.ZONE).toInstant().toEpochMilli();
    }

    private void task(String name, long due, String assignee, String group) {
        Task t = tasks.newTask();
        t.setName(name);
        t.setDueDate(new Date(due));
        t.setFollowUpDate(followUps.followUpFor(t.getDueDate()));
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
