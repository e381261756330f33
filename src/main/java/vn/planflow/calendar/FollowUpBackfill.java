package vn.planflow.calendar;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Open tasks created before the follow-up listener existed have a due date but no follow-up
 * date, so "Sắp đến hạn" would never list them. On start they get the date the listener would
 * have given them; once done, the query finds nothing on later starts.
 */
@Component
public class FollowUpBackfill implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpBackfill.class);
    private static final int PAGE = 500;
    /** "Before 1970 or none": the engine's only way to ask for tasks without a follow-up date. */
    private static final Date EPOCH = new Date(0);

    private final TaskService tasks;
    private final FollowUpDates followUps;

    public FollowUpBackfill(TaskService tasks, FollowUpDates followUps) {
        this.tasks = tasks;
        this.followUps = followUps;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = backfill();
        if (filled > 0) {
            LOG.info("Gave {} open tasks the follow-up date of their due date", filled);
        }
    }

    int backfill() {
        int filled = 0;
        int skipped = 0;
        while (true) {
            List<Task> page = tasks.createTaskQuery().dueAfter(EPOCH).followUpBeforeOrNotExistent(EPOCH)
                    .orderByTaskId().asc().listPage(skipped, PAGE);
            for (Task task : page) {
                task.setFollowUpDate(followUps.followUpFor(task.getDueDate()));
                try {
                    tasks.saveTask(task);
                    filled++;
                } catch (OptimisticLockingException changedMeanwhile) {
                    skipped++; // another node or a person saved it: the listener has done the work
                }
            }
            if (page.size() < PAGE) {
                return filled;
            }
        }
    }
}
