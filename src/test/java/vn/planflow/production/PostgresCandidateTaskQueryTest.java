package vn.planflow.production;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import vn.planflow.config.CandidateTaskQueryTest;

/**
 * The same lists on PostgreSQL, where only "Việc của tôi" is rewritten: the plain and the
 * rewriting engine must still give the same tasks in the same order.
 */
class PostgresCandidateTaskQueryTest extends CandidateTaskQueryTest {
    private final String url = EmbeddedPostgresServer.newDatabase("candidate_task_query");

    @Override
    protected ProcessEngineConfiguration database() {
        return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url).setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(EmbeddedPostgresServer.USER).setJdbcPassword(EmbeddedPostgresServer.PASSWORD);
    }

    @Override
    protected boolean mineOnly() {
        return true;
    }
}
