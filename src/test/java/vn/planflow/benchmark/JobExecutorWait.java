package vn.planflow.benchmark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLogQuery;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.task.Task;
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
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final JobExecutor jobExecutor;

    JobExecutorWait(ApplicationContext context) {
        this.runtime = context.getBean(RuntimeService.class);
        this.repository = context.getBean(RepositoryService.class);
        this.jobExecutor = ((ProcessEngineImpl) context.getBean(ProcessEngine.class)).getProcessEngineConfiguration()
                .getJobExecutor();
        this.management = context.getBean(ManagementService.class);
        this.history = context.getBean(HistoryService.class);
    }

    /** Waits until no job is due (of the one process instance, or of any when null). */
    void untilDone(String processInstanceId) {
        while (jobs(processInstanceId).executable().count() > 0) {
            pause(1);
        }
        // a failed job waits for its retry or has become an incident: stop as the drivers' own running would
        JobQuery failed = jobs(processInstanceId).withException();
        if (failed.count() > 0) {
            var job = failed.listPage(0, 1).get(0);
            throw new IllegalStateException("job " + job.getId() + " failed: " + job.getExceptionMessage());
        }
    }

    /**
     * With several clerks at work: waits until none of the plan's process instances (those with
     * its business key) has a job due, then returns its open tasks, or, while jobs are still due
     * and no task is open, keeps waiting. The jobs are looked at before the tasks, so a task that a
     * job creates in between is not missed.
     */
    List<Task> openOnceSettled(String businessKey, Function<String, List<Task>> openTasks) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            boolean settled = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                    .stream().noneMatch(p -> jobs(p.getId()).executable().count() > 0);
            List<Task> open = openTasks.apply(businessKey);
            if (settled || !open.isEmpty()) {
                return open;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the jobs of plan " + businessKey + " did not run within 2 minutes");
            }
            // each look costs a query per instance; the other clerks use the time meanwhile
            pause(5);
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

    /**
     * The jobs that have run so far, by process, the engine's own (the history cleanup) as
     * "engine", by the job log. Whether the cleanup runs depends on the hour (its window), so the
     * processes' jobs are what compares between runs.
     */
    Map<String, Long> jobsRunByProcess() {
        Map<String, Long> byProcess = new TreeMap<>();
        long ofProcesses = 0;
        for (String key : repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).distinct().toList()) {
            long run = history.createHistoricJobLogQuery().successLog().processDefinitionKey(key).count();
            if (run > 0) {
                byProcess.put(key, run);
                ofProcesses += run;
            }
        }
        long engine = jobsRun(null) - ofProcesses;
        if (engine > 0) {
            byProcess.put("engine", engine);
        }
        return byProcess;
    }

    /**
     * The engine clock was moved on, so timers are due that the idle job executor would only look
     * for after its wait, up to a minute: it is woken as a new job would wake it.
     */
    void clockMoved() {
        jobExecutor.jobWasAdded();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the job executor", e);
        }
    }
}
