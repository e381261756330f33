package vn.planflow.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine keeps a text variable in a 4,000-character column, but a plan's draft as its forms
 * show it, or one section a drafter writes, is often longer. Once the engine has created or checked
 * its tables, the text columns of the variables and their history are widened (ADR 0009) — on
 * every start, so a database created before this setting is widened too; a widened column is left
 * alone, so nodes starting together do no harm.
 */
@Component
public class LongTextVariables extends AbstractProcessEnginePlugin {
    /** The longest text a variable may hold; the plan's own limits (PlanValidator) stay below it. */
    public static final int MAX_CHARS = 1_000_000;
    private static final Logger log = LoggerFactory.getLogger(LongTextVariables.class);
    private static final List<String> TABLES = List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL");
    private final DataSource dataSource;

    public LongTextVariables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            for (String table : TABLES) {
                String name = postgres ? table.toLowerCase() : table;
                if (width(c.getMetaData(), name, postgres ? "text_" : "TEXT_") < MAX_CHARS) {
                    try (Statement s = c.createStatement()) {
                        s.execute(postgres ? "ALTER TABLE " + name + " ALTER COLUMN text_ TYPE text"
                                : "ALTER TABLE " + name + " ALTER COLUMN TEXT_ SET DATA TYPE VARCHAR(" + MAX_CHARS + ")");
                    }
                    log.info("Widened {}.TEXT_ for long text variables", table);
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot widen the engine's text variable columns", e);
        }
    }

    private static int width(DatabaseMetaData meta, String table, String column) throws SQLException {
        try (ResultSet rs = meta.getColumns(null, null, table, column)) {
            return rs.next() ? rs.getInt("COLUMN_SIZE") : Integer.MAX_VALUE;
        }
    }
}
