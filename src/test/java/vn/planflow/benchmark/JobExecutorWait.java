package vn.planflow.benchmark;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricJobLogQuery;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.springframework.context.ApplicationContext;

/**
 * With {@code --job-executor} the engine's own job executor runs the jobs, as in production. The
 * drivers then wait until no due job is left instead of running the jobs themselves, and count
 * what ran from the job log. What this costs more than the drivers' own running is the job
 * executor's overhead: acquiring and locking each job, and handing it to another thread.
 */
final class JobExecutorWait {
    private final ManagementService management;
    private final HistoryService history;

    JobExecutorWait(ApplicationContext context) {
        this.management = context.getBean(ManagementService.class);
        this.history = context.getBean(HistoryService.class);
    }

    /** Waits until no job is due (of the one process instance, or of any when null). */
    void untilDone(String processInstanceId) {
        while (jobs(processInstanceId).executable().count() > 0) {
            pause();
        }
        // a failed job waits for its retry or has become an incident: stop as the drivers' own running would
        JobQuery failed = jobs(processInstanceId).withException();
        if (failed.count() > 0) {
            var job = failed.listPage(0, 1).get(0);
            throw new IllegalStateException("job " + job.getId() + " failed: " + job.getExceptionMessage());
        }
    }

    private JobQuery jobs(String processInstanceId) {
        JobQuery query = management.createJobQuery();
        return processInstanceId == null ? query : query.processInstanceId(processInstanceId);
    }

    /**
     * The jobs that have run (of the one process instance, or of any when null), by the job log;
     * the history cleanup removes old entries, so differences are only meaningful before the
     * report rounds move the clock on.
     */
    long jobsRun(String processInstanceId) {
        HistoricJobLogQuery query = history.createHistoricJobLogQuery().successLog();
        return (processInstanceId == null ? query : query.processInstanceId(processInstanceId)).count();
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the job executor", e);
        }
    }
}
