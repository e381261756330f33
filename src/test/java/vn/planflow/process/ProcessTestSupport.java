package vn.planflow.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stand-ins for the beans the processes call, registered with
 * {@code org.camunda.bpm.engine.test.mock.Mocks} by the process tests.
 * The real beans live in the application; these only honour the same signatures.
 */
public final class ProcessTestSupport {

    private ProcessTestSupport() {
    }

    /** The same instant plus {@code days} days, taken from the engine clock. */
    public static Date daysFromNow(int days) {
        return new Date(ClockUtil.getCurrentTime().getTime() + TimeUnit.DAYS.toMillis(days));
    }

    /** {@code ${groups.of(unitId, role)}}: a candidate group id per unit and role. */
    public static class Groups {
        public String of(String unitId, String role) {
            return unitId + "." + role;
        }
    }

    /** {@code ${dueDates.workingDays(n)}}: calendar days are good enough for a process test. */
    public static class DueDates {
        public Date workingDays(int n) {
            return daysFromNow(n);
        }
    }

    /** An ordered record of everything the stand-ins were asked to do, shared by one test. */
    public static class CallLog {
        private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        public void add(String call) {
            calls.add(call);
        }

        public List<String> calls() {
            return List.copyOf(calls);
        }

        public long count(String call) {
            return calls().stream().filter(call::equals).count();
        }
    }

    /** A service delegate that only writes its name into the log. */
    public static class RecordingDelegate implements JavaDelegate {
        private final String name;
        private final CallLog log;

        public RecordingDelegate(String name, CallLog log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public void execute(DelegateExecution execution) {
            log.add(name);
        }
    }

    /** A service delegate that always fails, as a delegate does when its database is away. */
    public static class FailingDelegate implements JavaDelegate {
        private final String name;
        private final CallLog log;

        public FailingDelegate(String name, CallLog log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public void execute(DelegateExecution execution) {
            log.add(name);
            throw new IllegalStateException(name + " cannot reach the outgoing register");
        }
    }

    /** A task listener that writes {@code event:taskDefinitionKey} into the log. */
    public static class RecordingTaskListener implements TaskListener {
        private final String name;
        private final CallLog log;

        public RecordingTaskListener(String name, CallLog log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public void notify(DelegateTask task) {
            log.add(name + ":" + task.getEventName() + ":" + task.getTaskDefinitionKey());
        }
    }

    /**
     * {@code ${planDraftStarter}} on the end of the start event: in the application it creates the
     * plan and sets the routing variables; here it sets fixed ones.
     */
    public static class PlanDraftStarter implements ExecutionListener {
        public static final String DRAFTER = "drafter1";
        public static final String DRAFTING_UNIT = "dh-vhtt";
        public static final String OFFICE_UNIT = "dh-vp";
        public static final String ISSUING_UNIT = "dh-ubnd";
        public static final String SIGNER = "vc1";
        public static final List<String> CONSULTED_UNITS = List.of("dh-tc", "dh-gd");
        public static final int CONSULTATION_DAYS = 5;

        private final CallLog log;
        private boolean consultationPending = true;
        private String drafter = DRAFTER;
        private Date consultationDue;

        public PlanDraftStarter(CallLog log) {
            this.log = log;
        }

        public PlanDraftStarter withoutConsultation() {
            this.consultationPending = false;
            return this;
        }

        /** A child plan demanded by a parent plan: nobody of the drafting unit has taken it up yet. */
        public PlanDraftStarter withoutDrafter() {
            this.drafter = null;
            return this;
        }

        /** The deadline the last started instance was given. */
        public Date consultationDue() {
            return consultationDue;
        }

        @Override
        public void notify(DelegateExecution execution) {
            log.add("planDraftStarter:" + execution.getEventName());
            consultationDue = daysFromNow(CONSULTATION_DAYS);
            execution.setVariable("planId", 1L);
            execution.setVariable("drafterId", drafter);
            execution.setVariable("draftingUnitId", DRAFTING_UNIT);
            execution.setVariable("officeUnitId", OFFICE_UNIT);
            execution.setVariable("issuingUnitId", ISSUING_UNIT);
            execution.setVariable("signerId", SIGNER);
            execution.setVariable("consultedUnitIds", new ArrayList<>(CONSULTED_UNITS));
            execution.setVariable("consultationDue", consultationDue);
            execution.setVariable("consultationPending", consultationPending);
        }
    }
}
