package vn.planflow.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.context.ApplicationContext;

/**
 * The bare engine doing the same amount of work as one plan: the same user tasks in the same order
 * (draft, review, three comments, synthesis, revision, review, office check, decision, issue), four
 * asynchronous service tasks with empty delegates, then one acknowledgement task per recipient;
 * same engine, same database, same history level, no domain code.
 */
final class Baseline {
    static final String KEY = "BenchmarkBaseline";
    private static final List<String> STEPS = List.of("write", "review", "comment1", "comment2", "comment3",
            "synthesise", "revise", "review2", "check", "decide", "issue");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    /** Null unless the job executor runs the jobs (--job-executor). */
    private final JobExecutorWait executorWait;

    Baseline(ApplicationContext context, JobExecutorWait executorWait) {
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.executorWait = executorWait;
        context.getBean(RepositoryService.class).createDeployment().name("benchmark-baseline")
                .addModelInstance(KEY + ".bpmn", model()).deploy();
    }

    static BpmnModelInstance model() {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180)
                .startEvent();
        for (String step : STEPS) {
            flow = flow.userTask(step).camundaCandidateGroups("${group}");
        }
        for (String step : List.of("number", "render", "distribute", "followUps")) {
            flow = flow.serviceTask(step).camundaAsyncBefore().camundaClass(Nothing.class.getName());
        }
        return flow.userTask("acknowledge").camundaCandidateGroups("${group}")
                .multiInstance().parallel().cardinality("${recipients}").multiInstanceDone()
                .endEvent().done();
    }

    /** One run of the baseline to its end; returns the user tasks completed and jobs executed. */
    int[] drive(String group, int recipients) {
        String id = runtime.startProcessInstanceByKey(KEY, Map.of("group", group, "recipients", Math.max(1, recipients)))
                .getId();
        int done = 0;
        int jobs = 0;
        while (true) {
            int ran = runDue(id);
            jobs += ran;
            List<Task> open = tasks.createTaskQuery().processInstanceId(id).list();
            if (open.isEmpty() && ran == 0) {
                return new int[] {done, executorWait != null ? (int) executorWait.jobsRun(id) : jobs};
            }
            for (Task t : open) {
                tasks.complete(t.getId());
                done++;
            }
        }
    }

    /** Runs the instance's due jobs, or waits for the job executor to; returns how many it ran itself. */
    private int runDue(String id) {
        if (executorWait != null) {
            executorWait.untilDone(id);
            return 0;
        }
        List<Job> due = management.createJobQuery().processInstanceId(id).executable().list();
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }

    /**
     * Leaves instances waiting at the first task to load the task table: one in a hundred offered to
     * the busy office, the others to the given groups in turn.
     */
    void openTasks(int count, List<String> groups, String busy) {
        for (int i = 0; i < count; i++) {
            String group = i % 100 == 0 ? busy : groups.get(i % groups.size());
            runtime.startProcessInstanceByKey(KEY, Map.of("group", group, "recipients", 1));
        }
    }

    /** The empty delegate of the baseline's service tasks. */
    public static class Nothing implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // deliberately nothing: the baseline measures the engine alone
        }
    }
}
