package vn.planflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.planflow.calendar.DueDates;

/** A monthly reporting regime for two communes of Đông Hà and an ad hoc request under it. */
final class MonthlyReports {
    private MonthlyReports() {
    }

    static String regimePath(long planId) {
        return "/api/plans/" + planId + "/reporting-regime";
    }

    /** The drafter lan sets the regime on the plan; it must be accepted. */
    static void configure(Http http, String password, long planId) {
        Http.Reply configured = http.send("POST", "lan", password, regimePath(planId), Http.json(Map.of(
                "periods", List.of("MONTH"), "reportingUnitIds", List.of("na-dh-hb", "na-dh-ap"),
                "figures", List.of(Map.of("key", "sessions", "label", "Số buổi tuyên truyền", "measure", "buổi")))),
                Map.of());
        assertThat(configured.status()).as(configured.text()).isEqualTo(200);
    }

    /** The body of an ad hoc request over the last 30 days, due in 25 days. */
    static String adHocRequest() {
        LocalDate today = LocalDate.now(DueDates.ZONE);
        return Http.json(Map.of("title", "Kết quả tuyên truyền", "windowStart", today.minusDays(30).toString(),
                "windowEnd", today.minusDays(1).toString(), "dueDate", today.plusDays(25).toString()));
    }
}
