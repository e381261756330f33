package vn.planflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.planflow.support.EngineAsApplication;

/**
 * "Việc của tôi" through the API, page by page, against the engine's own single query: the same
 * tasks in the same order as the database sorts them (tasks without a due date included), none
 * of a colleague's or another group's, and none whose rights were taken away. Engine with
 * authorization on, H2 here and PostgreSQL in {@code production.PostgresOwnTasksTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class OwnTasksTest {
    static final String GROUP = "dh-vh.drafter";
    ProcessEngine engine;
    TaskService tasks;
    IdentityService identity;
    OwnTasks own;
    final List<String> mineInOrder = new ArrayList<>();
    String revoked;
    String colleagues;
    String othersGroup;

    protected ProcessEngineConfiguration configuration() {
        return ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:own-tasks;DB_CLOSE_DELAY=-1");
    }

    @BeforeAll
    void tasksOfOneOffice() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) configuration()
                .setProcessEngineName("own-tasks-" + getClass().getSimpleName())
                .setAuthorizationEnabled(true).setJobExecutorActivate(false);
        config.setGroupResourceWhitelistPattern("[a-zA-Z0-9._-]+"); // as application.yml: group ids have dots
        engine = config.buildProcessEngine();
        tasks = engine.getTaskService();
        identity = engine.getIdentityService();
        own = new OwnTasks(engine, new EngineAsApplication(identity));
        for (String user : List.of("lan", "minh", "son")) {
            identity.saveUser(identity.newUser(user));
        }
        for (String group : List.of(GROUP, "other.drafter")) {
            Group g = identity.newGroup(group);
            identity.saveGroup(g);
        }
        identity.createMembership("lan", GROUP);
        identity.createMembership("minh", GROUP);
        identity.createMembership("son", "other.drafter");

        long day = 24L * 3600 * 1000;
        long now = 1_790_000_000_000L;
        // due in days (null: no due date), to whom; created one minute apart so the order is total
        Object[][] made = {
                {3, "assignee:lan"}, {1, "group"}, {null, "user:lan"}, {2, "group"}, {null, "assignee:lan"},
                {1, "group"}, {5, "assignee:lan"}, {null, "group"}, {4, "group"}, {2, "user:lan"},
                {1, "group"}, {6, "group"}, {3, "group"}};
        for (int i = 0; i < made.length; i++) {
            ClockUtil.setCurrentTime(new Date(now + i * 60_000L));
            mineInOrder.add(task(made[i][0] == null ? null : new Date(now + (Integer) made[i][0] * day),
                    (String) made[i][1]));
        }
        ClockUtil.setCurrentTime(new Date(now + 20 * 60_000L));
        colleagues = task(new Date(now), "group");
        tasks.claim(colleagues, "minh");
        othersGroup = task(new Date(now), "other");
        revoked = task(new Date(now), "group");
        AuthorizationService rights = engine.getAuthorizationService();
        rights.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(revoked).list()
                .forEach(a -> rights.deleteAuthorization(a.getId()));
        ClockUtil.reset();
    }

    private String task(Date due, String to) {
        Task t = tasks.newTask();
        t.setName("Việc " + to);
        t.setDueDate(due);
        tasks.saveTask(t);
        switch (to.split(":")[0]) {
            case "assignee" -> tasks.setAssignee(t.getId(), "lan");
            case "user" -> tasks.addCandidateUser(t.getId(), "lan");
            case "group" -> tasks.addCandidateGroup(t.getId(), GROUP);
            default -> tasks.addCandidateGroup(t.getId(), "other.drafter");
        }
        return t.getId();
    }

    @AfterAll
    void closeEngine() {
        engine.close();
    }

    @Test
    void pagesFollowTheDatabasesOwnOrderAndShowOnlyWhatThePersonMayRead() {
        // the engine's single query, without rights, is the reference order of this database
        List<String> reference = new ArrayList<>(tasks.createTaskQuery().or().taskAssignee("lan")
                .taskCandidateUser("lan").endOr().orderByDueDate().asc().orderByTaskCreateTime().asc().list()
                .stream().map(Task::getId).toList());
        assertThat(reference).containsExactlyInAnyOrderElementsOf(with(mineInOrder, revoked));
        reference.remove(revoked);

        identity.setAuthentication("lan", List.of(GROUP));
        try {
            List<String> paged = new ArrayList<>();
            for (int first = 0; first < 15; first += 4) {
                OwnTasks.Page page = own.page(first, 4);
                assertThat(page.total()).isEqualTo(14);
                page.tasks().forEach(t -> paged.add(t.getId()));
            }
            assertThat(paged).containsExactlyElementsOf(reference)
                    .doesNotContain(revoked, colleagues, othersGroup);
            assertThat(own.page(0, 50).tasks()).extracting(Task::getId).containsExactlyElementsOf(reference);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void othersSeeTheirOwnTasksAndNotLans() {
        identity.setAuthentication("minh", List.of(GROUP));
        try {
            assertThat(own.page(0, 50).tasks()).extracting(Task::getId).contains(colleagues)
                    .doesNotContain(mineInOrder.get(0), mineInOrder.get(2), othersGroup, revoked);
        } finally {
            identity.clearAuthentication();
        }
        identity.setAuthentication("son", List.of("other.drafter"));
        try {
            assertThat(own.page(0, 10).tasks()).extracting(Task::getId).containsExactly(othersGroup);
            assertThat(own.page(1, 10).tasks()).isEmpty();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static List<String> with(List<String> ids, String more) {
        List<String> all = new ArrayList<>(ids);
        all.add(more);
        return all;
    }
}
