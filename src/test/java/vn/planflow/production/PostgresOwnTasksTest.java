package vn.planflow.production;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import vn.planflow.web.OwnTasksTest;

/** "Việc của tôi" page by page on PostgreSQL, which sorts tasks without a due date last. */
class PostgresOwnTasksTest extends OwnTasksTest {
    @Override
    protected ProcessEngineConfiguration configuration() {
        return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(EmbeddedPostgresServer.newDatabase("own_tasks"))
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(EmbeddedPostgresServer.USER).setJdbcPassword(EmbeddedPostgresServer.PASSWORD)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    }
}
