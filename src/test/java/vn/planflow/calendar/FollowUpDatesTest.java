package vn.planflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every user task's follow-up date is its due date minus two working days, from the start of that
 * day: set when the task is created (also when a create listener of the model sets the due date),
 * moved when a person changes the due date in Tasklist, and never over a follow-up date chosen by
 * the model or by a person. Engine with the plugin as in the application; the engine clock is not
 * needed for the dates themselves, they follow from the due date alone.
 */
class FollowUpDatesTest {
    static final LocalDate HOLIDAY = LocalDate.of(2026, 6, 1); // a Monday, holiday of this test's calendar
    static ProcessEngine engine;
    static TaskService tasks;

    @BeforeAll
    static void startEngine() {
        PublicHolidayRepository holidays = mock(PublicHolidayRepository.class);
        when(holidays.findAllDays()).thenReturn(List.of(HOLIDAY));
        FollowUpDates followUps = new FollowUpDates(new WorkingCalendar(holidays));
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:follow-up-dates;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("follow-up-dates")
                .setJobExecutorActivate(false);
        config.setProcessEnginePlugins(List.of(new FollowUpPlugin(() -> followUps)));
        engine = config.buildProcessEngine();
        tasks = engine.getTaskService();
        BpmnModelInstance model = Bpmn.createExecutableProcess("FollowUps").camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("fork")
                .userTask("Task_DueByExpression").camundaDueDate("${due}")
                .endEvent()
                .moveToNode("fork")
                .userTask("Task_DueByListener")
                .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, DueInListener.class.getName())
                .endEvent()
                .moveToNode("fork")
                .userTask("Task_OwnFollowUp").camundaDueDate("${due}").camundaFollowUpDate("${ownFollowUp}")
                .endEvent()
                .moveToNode("fork")
                .userTask("Task_NoDueDate")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance("FollowUps.bpmn", model).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Sets the due date inside the model's own create listener, as a feature's listener may. */
    public static class DueInListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            task.setDueDate(at(2026, 6, 3, 17)); // Wednesday after the long weekend
        }
    }

    @Test
    void everyUserTaskGetsItsDueDateMinusTwoWorkingDays() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("FollowUps",
                Map.of("due", at(2026, 6, 5, 17), "ownFollowUp", at(2026, 5, 20, 9))).getId();

        // Due Friday 05/06: two working days before is Wednesday 03/06.
        assertThat(task(instance, "Task_DueByExpression").getFollowUpDate()).isEqualTo(at(2026, 6, 3, 0));
        // Due Wednesday 03/06, set by the create listener: Tuesday, then Friday 29/05 (Monday is a holiday).
        assertThat(task(instance, "Task_DueByListener").getDueDate()).isEqualTo(at(2026, 6, 3, 17));
        assertThat(task(instance, "Task_DueByListener").getFollowUpDate()).isEqualTo(at(2026, 5, 29, 0));
        assertThat(task(instance, "Task_OwnFollowUp").getFollowUpDate()).as("the model's own follow-up date")
                .isEqualTo(at(2026, 5, 20, 9));
        assertThat(task(instance, "Task_NoDueDate").getFollowUpDate()).isNull();
    }

    @Test
    void aNewDueDateMovesTheFollowUpDateButNotOneAPersonChose() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("FollowUps",
                Map.of("due", at(2026, 6, 5, 17), "ownFollowUp", at(2026, 5, 20, 9))).getId();

        // Tasklist's "Hạn xử lý" box saves the task with a new due date (PUT /task/{id}).
        Task moved = task(instance, "Task_DueByExpression");
        moved.setDueDate(at(2026, 6, 10, 17));
        tasks.saveTask(moved);
        assertThat(task(instance, "Task_DueByExpression").getFollowUpDate()).isEqualTo(at(2026, 6, 8, 0));

        // A due date given later to a task without one brings a follow-up date with it.
        Task late = task(instance, "Task_NoDueDate");
        late.setDueDate(at(2026, 6, 2, 17));
        tasks.saveTask(late);
        assertThat(task(instance, "Task_NoDueDate").getFollowUpDate()).isEqualTo(at(2026, 5, 28, 0));

        // A follow-up date the model or a person chose stays when the due date moves.
        Task own = task(instance, "Task_OwnFollowUp");
        own.setDueDate(at(2026, 6, 12, 17));
        tasks.saveTask(own);
        assertThat(task(instance, "Task_OwnFollowUp").getFollowUpDate()).isEqualTo(at(2026, 5, 20, 9));

        Task chosen = task(instance, "Task_DueByListener");
        chosen.setFollowUpDate(at(2026, 6, 2, 8));
        tasks.saveTask(chosen);
        chosen = task(instance, "Task_DueByListener");
        chosen.setDueDate(at(2026, 6, 12, 17));
        tasks.saveTask(chosen);
        assertThat(task(instance, "Task_DueByListener").getFollowUpDate()).isEqualTo(at(2026, 6, 2, 8));
    }

    @Test
    void openTasksFromBeforeTheListenerGetTheirFollowUpDateOnStart() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("FollowUps",
                Map.of("due", at(2026, 6, 5, 17), "ownFollowUp", at(2026, 5, 20, 9))).getId();
        // As the database of an earlier version holds it: a due date, no follow-up date.
        Task old = task(instance, "Task_DueByExpression");
        old.setFollowUpDate(null);
        tasks.saveTask(old);
        assertThat(task(instance, "Task_DueByExpression").getFollowUpDate()).isNull();

        PublicHolidayRepository none = mock(PublicHolidayRepository.class);
        FollowUpBackfill backfill = new FollowUpBackfill(tasks, new FollowUpDates(new WorkingCalendar(none)));
        assertThat(backfill.backfill()).isEqualTo(1);
        assertThat(task(instance, "Task_DueByExpression").getFollowUpDate()).isEqualTo(at(2026, 6, 3, 0));
        assertThat(backfill.backfill()).as("a second start finds nothing to do").isZero();
    }

    private static Task task(String instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, DueDates.ZONE).toInstant());
    }
}
