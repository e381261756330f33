package vn.planflow.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.planflow.process.ProcessTestSupport.CallLog;

/**
 * Stand-ins for the reporting delegates in process tests. They keep no database: the schedule
 * arithmetic and the engine calls are the real ones (ReportingSchedule, RoundProcesses); the
 * tree is fixed: communes Hòa Bình and An Phú report to district Đông Hà, which reports to the
 * province Ninh An.
 */
final class ReportingStubs {
    static final String PROVINCE = "na";
    static final String DISTRICT = "na-dh";
    static final List<String> COMMUNES = List.of("na-dh-hb", "na-dh-ap");

    final CallLog log = new CallLog();
    final ReportingSchedule schedule = new ReportingSchedule(TestCalendar.vietnam());
    final RoundProcesses processes;
    final List<String> opened = new ArrayList<>();
    /** Round key to the process instance of the province's round, where the district's summary goes. */
    final Map<String, String> provinceRound = new LinkedHashMap<>();
    final Map<String, String> districtRound = new LinkedHashMap<>();
    private final Set<PeriodKind> kinds;
    private final LocalDate activeFrom;
    private final LocalDate planEnd;
    private LocalDate lastCutOff;
    private PeriodKind lastKind;

    ReportingStubs(RuntimeService runtimeService, Set<PeriodKind> kinds, LocalDate activeFrom, LocalDate planEnd) {
        this.processes = new RoundProcesses(runtimeService);
        this.kinds = kinds;
        this.activeFrom = activeFrom;
        this.planEnd = planEnd;
    }

    /** ${planNextRoundDelegate}: the same variables as the real delegate, from the real schedule. */
    JavaDelegate planNext() {
        return execution -> {
            Optional<ReportingPeriod> next = schedule.next(kinds, (MonthDay) null, activeFrom, lastCutOff, lastKind,
                    planEnd);
            execution.setVariable("hasNextRound", next.isPresent());
            execution.setVariable("nextPeriodKey", next.map(ReportingPeriod::key).orElse(null));
            execution.setVariable("nextRoundAt", next.map(p -> EngineClock.at(p.cutOff(), EngineClock.OPENS_AT))
                    .orElse(null));
            log.add("planNext:" + next.map(ReportingPeriod::key).orElse("none"));
        };
    }

    /** ${openRoundDelegate}: one round for the district and one for the province, as RoundService starts them. */
    JavaDelegate openRound() {
        return execution -> {
            ReportingPeriod period = schedule.byKey((String) execution.getVariable("nextPeriodKey"), null);
            open(period, EngineClock.today());
            lastCutOff = period.cutOff();
            lastKind = period.kind();
        };
    }

    /** Starts the two collecting units' rounds of a period (periodic or ad hoc) and returns the dues per level. */
    List<LocalDate> open(ReportingPeriod period, LocalDate openedOn) {
        List<LocalDate> dues = schedule.levelDues(period.cutOff(), period.topDue(), openedOn, 2, 2);
        Date remindCommunes = EngineClock.at(schedule.remindOn(dues.get(2), 2, openedOn), EngineClock.REMINDS_AT);
        Date remindDistrict = EngineClock.at(schedule.remindOn(dues.get(1), 2, openedOn), EngineClock.REMINDS_AT);
        Map<String, String> desks = new LinkedHashMap<>();
        COMMUNES.forEach(c -> desks.put(c, c));
        districtRound.put(period.key(), processes.startRound(new RoundStart(7L, 1L, 20L, DISTRICT, DISTRICT + "-vp",
                COMMUNES, List.of(), desks, end(dues.get(2)), remindCommunes, end(dues.get(1)), end(dues.get(1)))));
        provinceRound.put(period.key(), processes.startRound(new RoundStart(7L, 1L, 10L, PROVINCE, PROVINCE + "-vp",
                List.of(), List.of(DISTRICT), Map.of(DISTRICT, DISTRICT + "-vp"), end(dues.get(1)), remindDistrict,
                end(dues.get(0)), end(dues.get(0)))));
        opened.add(period.key());
        log.add("open:" + period.key());
        return dues;
    }

    JavaDelegate recording(String name) {
        return execution -> log.add(name + ":" + execution.getVariable("collectingUnitId"));
    }

    /** ${remindReporterDelegate}: which unit was reminded. */
    JavaDelegate remind() {
        return execution -> log.add("remind:" + execution.getVariable("reportingUnitId"));
    }

    /** ${closeRoundDelegate}: the only routing variable the real one writes. */
    JavaDelegate close() {
        return execution -> {
            log.add("close:" + execution.getVariable("collectingUnitId"));
            execution.setVariable("roundClosed", true);
        };
    }

    /** ${sendSummaryDelegate}: the district's summary goes to the province's round, as SummaryService does. */
    JavaDelegate send() {
        return (DelegateExecution execution) -> {
            String unit = (String) execution.getVariable("collectingUnitId");
            log.add("send:" + unit);
            if (DISTRICT.equals(unit)) {
                String key = districtRound.entrySet().stream()
                        .filter(e -> e.getValue().equals(execution.getProcessInstanceId()))
                        .map(Map.Entry::getKey).findFirst().orElseThrow();
                processes.summarySent(provinceRound.get(key), DISTRICT);
            }
        };
    }

    static Date end(LocalDate day) {
        return EngineClock.at(day, vn.planflow.calendar.DueDates.END_OF_OFFICE_DAY);
    }
}
