package vn.planflow.config;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * On H2, the engine's task query by candidate reads the office's candidate links first (ADR
 * 0014). The engine left-joins the identity links to the tasks and filters afterwards; H2 keeps
 * outer joins in the order written, so a Tasklist list of one office read every unassigned open
 * task of the country. Here the candidate condition becomes {@code RES.ID_ IN (select the linked
 * task ids)}, which H2 answers from the group index and then by primary key. The rows are the same:
 * a task is listed when one of its candidate links matches, as with the join and {@code distinct}.
 * A statement without exactly that join and one candidate condition, or one that names the links
 * elsewhere, runs as the engine wrote it. "Việc của tôi" (claimed by me, or offered to my groups)
 * then becomes one set of task ids instead of an OR that H2 tests on every open task.
 * PostgreSQL reorders the joins itself, so there only "Việc của tôi" is rewritten: its OR cost
 * PostgreSQL about 50 ms for a busy office, the set of task ids about 20 ms.
 */
@Component
public class CandidateTaskQuery extends AbstractProcessEnginePlugin {
    private static final Pattern JOIN = Pattern.compile(
            "left join\\s+(\\w*)ACT_RU_IDENTITYLINK I on I\\.TASK_ID_ = RES\\.ID_\\s");
    private static final Pattern CANDIDATE = Pattern.compile("I\\.TYPE_ = 'candidate'\\s+and\\s+\\(");
    /** The links' alias as a table alias, not the end of another alias such as {@code HI.}. */
    private static final Pattern LINK_ALIAS = Pattern.compile("(?<![\\w.])I\\.");
    /** What precedes the candidate condition in "Việc của tôi": claimed by me, or (unclaimed and) offered. */
    private static final Pattern MINE_BEFORE = Pattern.compile(
            "\\(\\s*1 = 1\\s+and\\s+RES\\.ASSIGNEE_ = \\?\\s+or\\s+\\(\\s*(RES\\.ASSIGNEE_ is null\\s+and\\s+)?\\z");
    /** What follows it there: the candidate term's parenthesis and the OR's own, so nothing else is ORed. */
    private static final Pattern MINE_AFTER = Pattern.compile("\\s*\\)\\s*\\)");
    /** The alias of my claimed tasks in that set; it also tells such statements apart for the count. */
    private static final String MINE_T = "MINE_T";
    private final AtomicLong rewritten = new AtomicLong();
    private final AtomicLong rewrittenMine = new AtomicLong();

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        boolean postgres = "postgres".equals(configuration.getDatabaseType());
        if (postgres || "h2".equals(configuration.getDatabaseType())) {
            configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewriter(postgres));
        }
    }

    /** How many statements were rewritten since start: shows in tests that the rewrite was used. */
    public long rewritten() {
        return rewritten.get();
    }

    /** How many of them were "Việc của tôi" lists, read as one set of task ids. */
    public long rewrittenMine() {
        return rewrittenMine.get();
    }

    /** The statement with its candidate condition as a subquery, or the statement unchanged. */
    static String rewrite(String sql) {
        return rewrite(sql, false);
    }

    /** As {@link #rewrite(String)}, or with {@code mineOnly} only "Việc của tôi", else unchanged. */
    static String rewrite(String sql, boolean mineOnly) {
        Matcher join = JOIN.matcher(sql);
        if (!join.find()) {
            return sql;
        }
        String withoutJoin = sql.substring(0, join.start()) + " " + sql.substring(join.end());
        Matcher candidate = CANDIDATE.matcher(withoutJoin);
        if (!candidate.find()) {
            return sql;
        }
        int end = closingParenthesis(withoutJoin, candidate.end());
        if (end < 0) {
            return sql;
        }
        String before = withoutJoin.substring(0, candidate.start());
        String after = withoutJoin.substring(end);
        if (LINK_ALIAS.matcher(before).find() || LINK_ALIAS.matcher(after).find()) {
            return sql;
        }
        String prefix = join.group(1);
        String condition = withoutJoin.substring(candidate.start(), end);
        Matcher mine = MINE_BEFORE.matcher(before);
        Matcher closing = MINE_AFTER.matcher(after);
        if (mine.find() && closing.lookingAt()) {
            return before.substring(0, mine.start()) + mine(prefix, condition, mine.group(1) != null)
                    + after.substring(closing.end());
        }
        if (mineOnly) {
            return sql;
        }
        return before + "RES.ID_ IN (select I.TASK_ID_ from " + prefix + "ACT_RU_IDENTITYLINK I where " + condition + ")"
                + after;
    }

    /**
     * The OR of "claimed by me" and "offered to my groups" made H2 test every open task; as one set
     * of task ids (mine by the assignee index, the offered ones by the group index) it reads only
     * those. The placeholders stay in their order: the assignee's first, then the candidate's.
     */
    private static String mine(String prefix, String condition, boolean unclaimedOnly) {
        String unclaimed = unclaimedOnly ? " and not exists (select 1 from " + prefix
                + "ACT_RU_TASK MINE_F where MINE_F.ID_ = I.TASK_ID_ and MINE_F.ASSIGNEE_ is not null)" : "";
        // a union straight inside IN is run again for every task row; as a derived table H2 reads it once
        return "RES.ID_ IN (select MINE.ID_ from (select " + MINE_T + ".ID_ from " + prefix + "ACT_RU_TASK " + MINE_T
                + " where " + MINE_T + ".ASSIGNEE_ = ? union all select I.TASK_ID_ from " + prefix
                + "ACT_RU_IDENTITYLINK I where " + condition + unclaimed + ") MINE)";
    }

    /** The index just after the parenthesis that closes the one opened before {@code from}, or -1. */
    private static int closingParenthesis(String sql, int from) {
        int depth = 1;
        for (int i = from; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = sql.indexOf('\'', i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
    private final class Rewriter implements Interceptor {
        private final boolean mineOnly;

        Rewriter(boolean mineOnly) {
            this.mineOnly = mineOnly;
        }

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
            String sql = bound.getSql();
            if (sql.contains("ACT_RU_IDENTITYLINK I on")) {
                String changed = rewrite(sql, mineOnly);
                if (!changed.equals(sql)) {
                    // the placeholders keep their order, so the bound parameters still fit
                    SystemMetaObject.forObject(bound).setValue("sql", changed);
                    rewritten.incrementAndGet();
                    if (changed.contains(MINE_T + ".ASSIGNEE_")) {
                        rewrittenMine.incrementAndGet();
                    }
                }
            }
            return invocation.proceed();
        }
    }
}
