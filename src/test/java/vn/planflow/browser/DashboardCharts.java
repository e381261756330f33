package vn.planflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What the dashboard of one plan draws, compared with what its API answered. */
final class DashboardCharts {
    private DashboardCharts() {
    }

    static void assertSameAsApi(Chromium chromium, JsonNode expected) {
        // Reporting compliance: the table rows and the stacked bars say what the API says.
        JsonNode round = expected.get("compliance").get(0);
        assertThat(rows(chromium, "compliance-table")).containsExactly(List.of(round.get("label").asText(),
                "1", "0", "2"));
        assertThat(seriesData(chromium, "compliance-chart")).containsExactly(List.of(1L), List.of(0L), List.of(2L));

        // Overdue obligations by unit, first the unit with most overdue.
        JsonNode first = expected.get("overdue").get(0);
        assertThat(rows(chromium, "overdue-table").get(0)).containsExactly(first.get("unitName").asText(),
                "1", String.valueOf(first.get("open").asInt()), String.valueOf(first.get("total").asInt()));
        assertThat(seriesData(chromium, "overdue-chart").get(0).get(0)).isEqualTo(1L);

        // The cascade: one row per depth, totals as the cascade view counts them, each node coloured.
        JsonNode level = expected.get("cascade").get("levels").get(0);
        assertThat(rows(chromium, "cascade-levels").get(0).get(1)).isEqualTo(String.valueOf(level.get("total").asInt()));
        List<WebElement> nodes = chromium.driver.findElements(By.cssSelector("#cascade-tree li"));
        assertThat(nodes).hasSize(expected.get("cascade").get("total").asInt());
        assertThat(nodes).extracting(WebElement::getText).anyMatch(t -> t.contains("huyện Đông Hà"))
                .anyMatch(t -> t.contains("huyện Tây Sơn"));
        List<String> statuses = new ArrayList<>();
        expected.get("cascade").get("children").forEach(n -> statuses.add(n.get("status").asText()));
        assertThat(nodes).extracting(n -> n.getDomAttribute("data-status")).containsExactlyElementsOf(statuses);
    }

    static List<List<String>> rows(Chromium chromium, String tableId) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : chromium.driver.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            rows.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    /** The numbers the chart draws, read from the ECharts instance on the page. */
    @SuppressWarnings("unchecked")
    private static List<List<Long>> seriesData(Chromium chromium, String chartId) {
        return (List<List<Long>>) chromium.script("return echarts.getInstanceByDom("
                + "document.getElementById('" + chartId + "')).getOption().series.map(s => s.data);");
    }
}
