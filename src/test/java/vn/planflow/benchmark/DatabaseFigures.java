package vn.planflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the run left in the database: its size, and how much history each kind of process wrote. */
final class DatabaseFigures {
    private DatabaseFigures() {
    }

    static double size(ConfigurableApplicationContext context, boolean postgres, Path h2) {
        if (postgres) {
            Long bytes = new JdbcTemplate(context.getBean(DataSource.class))
                    .queryForObject("select pg_database_size(current_database())", Long.class);
            return bytes / 1048576.0;
        }
        try (Stream<Path> files = Files.walk(h2)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1048576.0;
        } catch (IOException e) {
            return -1;
        }
    }

    /** History written per plan and per baseline run: the main difference in work between the two. */
    static void historyRows(ConfigurableApplicationContext context, Size size, Figures f) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_ACTINST")) {
            String sql = "select count(*) from " + table + " where PROC_DEF_KEY_ = ?";
            f.put(table + " rows per plan: PlanIssuance / baseline", String.format(java.util.Locale.ROOT, "%.1f / %.1f",
                    jdbc.queryForObject(sql, Long.class, "PlanIssuance") / (double) size.plans(),
                    // the open baseline instances wrote history too, but only up to their first task
                    jdbc.queryForObject(sql + " and PROC_INST_ID_ in (select ID_ from ACT_HI_PROCINST"
                            + " where END_TIME_ is not null)", Long.class, Baseline.KEY) / (double) size.plans()));
        }
    }
}
