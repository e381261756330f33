package vn.planflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The task lists Tasklist and the API ask for, on one H2 database (PostgreSQL in a subclass)
 * through two engines: one as the engine ships, one with the candidate condition rewritten.
 * Every list must hold the same tasks in the same order, for the person's own rights as well as
 * for the application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class CandidateTaskQueryTest {
    static final String OFFICE = "dh-vh.drafter";
    static final String OTHER = "dh-tc.drafter";
    final CandidateTaskQuery plugin = new CandidateTaskQuery();
    ProcessEngine plain;
    ProcessEngine rewriting;

    @BeforeAll
    void tasksOfTwoOffices() {
        plain = engine("plain", null);
        rewriting = engine("rewriting", plugin);
        var identity = plain.getIdentityService();
        for (String user : List.of("lan", "minh")) {
            identity.saveUser(identity.newUser(user));
        }
        for (String group : List.of(OFFICE, OTHER)) {
            identity.saveGroup(identity.newGroup(group));
        }
        identity.createMembership("lan", OFFICE);
        identity.createMembership("minh", OTHER);
        TaskService tasks = plain.getTaskService();
        long now = 1_790_000_000_000L;
        // offered to: the office, the other office, both, lan by name, nobody; some claimed by lan or minh
        String[][] made = {{"office", ""}, {"other", ""}, {"both", ""}, {"user", ""}, {"none", "lan"},
                {"office", "lan"}, {"office", "minh"}, {"both", ""}, {"other", "minh"}, {"office", ""}};
        for (int i = 0; i < made.length; i++) {
            ClockUtil.setCurrentTime(new Date(now + i * 60_000L));
            Task t = tasks.newTask();
            t.setName("Việc " + i);
            t.setDueDate(i % 3 == 0 ? null : new Date(now + (10 - i) * 3_600_000L));
            tasks.saveTask(t);
            switch (made[i][0]) {
                case "office" -> tasks.addCandidateGroup(t.getId(), OFFICE);
                case "other" -> tasks.addCandidateGroup(t.getId(), OTHER);
                case "both" -> {
                    tasks.addCandidateGroup(t.getId(), OFFICE);
                    tasks.addCandidateGroup(t.getId(), OTHER);
                }
                case "user" -> tasks.addCandidateUser(t.getId(), "lan");
                default -> { }
            }
            if (!made[i][1].isEmpty()) {
                tasks.setAssignee(t.getId(), made[i][1]);
            }
        }
        ClockUtil.reset();
    }

    /** The database both engines share; a subclass runs the same lists on another. */
    protected ProcessEngineConfiguration database() {
        return ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:candidate-task-query;DB_CLOSE_DELAY=-1");
    }

    /** Whether only "Việc của tôi" is rewritten there, as on PostgreSQL. */
    protected boolean mineOnly() {
        return false;
    }

    private ProcessEngine engine(String name, CandidateTaskQuery plugin) {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) database()
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setProcessEngineName("candidate-task-query-" + name)
                .setAuthorizationEnabled(true).setJobExecutorActivate(false);
        config.setGroupResourceWhitelistPattern("[a-zA-Z0-9._-]+");
        if (plugin != null) {
            config.getProcessEnginePlugins().add(plugin);
        }
        return config.buildProcessEngine();
    }

    @AfterAll
    void closeEngines() {
        rewriting.close();
        plain.close();
    }

    @Test
    void everyListHoldsTheSameTasksInTheSameOrderAsTheEnginesOwnQuery() {
        List<Function<TaskQuery, TaskQuery>> lists = List.of(
                q -> q.taskCandidateGroup(OFFICE).orderByTaskCreateTime().desc(),
                q -> q.taskCandidateGroupIn(List.of(OFFICE, OTHER)).orderByDueDate().asc().orderByTaskCreateTime().asc(),
                q -> q.taskCandidateGroup(OFFICE).includeAssignedTasks().orderByDueDate().asc(),
                q -> q.taskCandidateUser("lan").orderByTaskCreateTime().asc(),
                // Tasklist's "Việc của tôi": claimed by me, or waiting for one of my groups
                q -> q.or().taskAssignee("lan").taskCandidateGroupIn(List.of(OFFICE)).endOr().orderByDueDate().asc(),
                q -> q.or().taskAssignee("lan").taskCandidateGroupIn(List.of(OFFICE)).includeAssignedTasks().endOr()
                        .orderByDueDate().asc(),
                // two candidate conditions on one link: rewritten neither, the rows must still match
                q -> q.taskCandidateGroup(OFFICE).or().taskCandidateGroup(OTHER).taskAssignee("minh").endOr()
                        .includeAssignedTasks().orderByTaskCreateTime().asc(),
                q -> q.withCandidateGroups().orderByTaskCreateTime().asc());
        long before = plugin.rewritten();
        long mineBefore = plugin.rewrittenMine();
        for (String person : new String[] {null, "lan", "minh"}) {
            for (Function<TaskQuery, TaskQuery> list : lists) {
                List<String> expected = ids(plain, person, list);
                assertThat(ids(rewriting, person, list)).as("as %s", person).containsExactlyElementsOf(expected);
                assertThat(count(rewriting, person, list)).isEqualTo(expected.size());
            }
        }
        assertThat(ids(plain, "lan", lists.get(0))).as("the office's open, unclaimed tasks").hasSize(4);
        assertThat(ids(plain, "minh", lists.get(0))).as("minh reads only those offered to both offices").hasSize(2);
        if (mineOnly()) {
            assertThat(plugin.rewritten() - before).as("only 'Việc của tôi' rewritten")
                    .isEqualTo(plugin.rewrittenMine() - mineBefore);
        } else {
            assertThat(plugin.rewritten()).as("statements rewritten").isGreaterThan(before + 20);
        }
        // the two "Việc của tôi" lists, page and count, as the application and as two people
        assertThat(plugin.rewrittenMine() - mineBefore).as("'Việc của tôi' statements read as one set").isEqualTo(12);
    }

    private static List<String> ids(ProcessEngine engine, String person, Function<TaskQuery, TaskQuery> list) {
        return as(engine, person, () -> list.apply(engine.getTaskService().createTaskQuery()).listPage(0, 50)
                .stream().map(Task::getId).toList());
    }

    private static long count(ProcessEngine engine, String person, Function<TaskQuery, TaskQuery> list) {
        return as(engine, person, () -> list.apply(engine.getTaskService().createTaskQuery()).count());
    }

    private static <T> T as(ProcessEngine engine, String person, Supplier<T> work) {
        if (person == null) {
            return work.get();
        }
        engine.getIdentityService().setAuthentication(person,
                List.of(person.equals("lan") ? OFFICE : OTHER));
        try {
            return work.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void myTasksAreReadAsOneSetOfTaskIdsWithTheirPlaceholdersInOrder() {
        String mine = "select distinct RES.ID_ from ACT_RU_TASK RES\n left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_\n"
                + " WHERE ( 1 = 1 ) and ( 1 = 1\n and RES.ASSIGNEE_ = ?\n or (\n RES.ASSIGNEE_ is null\n and"
                + " I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? , ? ) ) ) ) and RES.DUE_DATE_ < ? order by RES.DUE_DATE_";
        String rewritten = CandidateTaskQuery.rewrite(mine);
        assertThat(rewritten).doesNotContain("left join").doesNotContain(" or ")
                .contains("RES.ID_ IN (select MINE.ID_ from (select MINE_T.ID_ from ACT_RU_TASK MINE_T"
                        + " where MINE_T.ASSIGNEE_ = ? union all select I.TASK_ID_ from ACT_RU_IDENTITYLINK I"
                        + " where I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? , ? ) ) and not exists"
                        + " (select 1 from ACT_RU_TASK MINE_F where MINE_F.ID_ = I.TASK_ID_"
                        + " and MINE_F.ASSIGNEE_ is not null)) MINE)")
                .endsWith(" and RES.DUE_DATE_ < ? order by RES.DUE_DATE_");
        assertThat(rewritten.chars().filter(c -> c == '?').count()).isEqualTo(4);
        // claimed ones too ("Quá hạn", "Sắp đến hạn"): no condition on the claim
        assertThat(CandidateTaskQuery.rewrite(mine.replace("RES.ASSIGNEE_ is null\n and", "")))
                .contains("( I.GROUP_ID_ IN ( ? , ? ) )) MINE)").doesNotContain("not exists");
        // on PostgreSQL only this step: "Việc của tôi" as on H2, the candidate query alone as written
        assertThat(CandidateTaskQuery.rewrite(mine, true)).isEqualTo(rewritten);
        String candidateOnly = mine.replace("RES.ASSIGNEE_ = ?\n or (\n RES.ASSIGNEE_ is null\n and", "(");
        assertThat(CandidateTaskQuery.rewrite(candidateOnly)).doesNotContain("left join");
        assertThat(CandidateTaskQuery.rewrite(candidateOnly, true)).isEqualTo(candidateOnly);
        // a third term in the OR: only the candidate condition is rewritten
        String third = mine.replace("RES.ASSIGNEE_ = ?\n or", "RES.ASSIGNEE_ = ?\n or RES.OWNER_ = ? or");
        assertThat(CandidateTaskQuery.rewrite(third)).doesNotContain("MINE_T").contains(" or RES.OWNER_ = ? or");
    }

    @Test
    void aStatementThatNamesTheLinksElsewhereIsLeftAsWritten() {
        String joined = "select distinct RES.ID_ from ACT_RU_TASK RES\n left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_\n";
        String twice = joined + " WHERE ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) )"
                + " and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) )";
        String involved = joined + " WHERE ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) or I.USER_ID_ = ?";
        String noCondition = joined + " WHERE I.TYPE_ = 'candidate' and I.GROUP_ID_ is not null";
        assertThat(CandidateTaskQuery.rewrite(twice)).isEqualTo(twice);
        assertThat(CandidateTaskQuery.rewrite(involved)).isEqualTo(involved);
        assertThat(CandidateTaskQuery.rewrite(noCondition)).isEqualTo(noCondition);
        assertThat(CandidateTaskQuery.rewrite(joined + " WHERE ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate'"
                + " and ( I.GROUP_ID_ IN ( ? , ? ) ) ) order by RES.ID_"))
                .doesNotContain("left join")
                .contains("RES.ID_ IN (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate'"
                        + " and ( I.GROUP_ID_ IN ( ? , ? ) ))")
                .endsWith(" order by RES.ID_");
    }
}
