package vn.planflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.planflow.dashboard.DashboardScenario;
import vn.planflow.web.ApiClient;

/**
 * A leader's look at the dashboard in headless Chromium (an English browser): signed out, the
 * province's Vice Chairman opens his plan's dashboard, signs in on the dashboard's own form (a wrong
 * password first) and lands on that plan; the start page lists his plans and opens them; the charts
 * and tables show the API's numbers; the draft preview opens with the same session; a district's
 * Vice Chairman gets the clear refusal page; Tasklist shows PlanFlow, sorts by due date and speaks
 * Vietnamese in its forms ({@link TasklistExperience}). Screenshots: {@code target/screenshots/dashboard-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:dashboardbrowser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/dashboardbrowser"})
class DashboardBrowserTest {
    private static Long planId;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private ApiClient api;
    private Chromium chromium;

    @BeforeAll
    static void requireChromium() {
        Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed at " + Chromium.BINARY);
    }

    @BeforeEach
    void startBrowser() throws Exception {
        api = new ApiClient(port);
        if (planId == null) {
            planId = DashboardScenario.create(context, api); // one plan for every test of this class
        }
        chromium = new Chromium(port);
    }

    @AfterEach
    void stopBrowser(TestInfo test) throws Exception {
        chromium.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
        chromium.close();
    }

    @Test
    void aSignedOutLeaderSignsInOnTheDashboardAndLandsOnTheRequestedPlan() {
        String plan = "/dashboard/plan.html?plan=" + planId;
        chromium.open(plan);
        chromium.wait.until(ExpectedConditions.urlContains("/camunda/lib/planflow/signin.html"));
        chromium.waitReady();
        assertThat(text("h1")).isEqualTo("PlanFlow");
        assertThat(chromium.driver.findElement(By.cssSelector("label[for='password']")).getText()).isEqualTo("Mật khẩu");
        chromium.screenshot("signin");

        signIn("cuong", "sai-mat-khau");
        WebElement error = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).startsWith("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(chromium.driver.getCurrentUrl()).contains("signin.html");
        chromium.screenshot("signin-wrong-password");

        // Camunda accepts the next attempt of that account only a few seconds after a wrong one.
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("signin")));
        signIn("cuong", "demo");
        chromium.wait.until(ExpectedConditions.urlToBe(chromium.url(plan)));
        chromium.waitReady();
        JsonNode expected = api.get("cuong", "/api/dashboard/plans/" + planId).json();
        assertThat(text("#title")).isEqualTo("Bảng điều hành: " + expected.get("title").asText());
        assertThat(chromium.driver.findElement(By.id("refusal")).isDisplayed()).isFalse();
        chromium.screenshot("signed-in-plan");

        // The same session opens Tasklist without a second sign-in.
        chromium.open("/camunda/app/tasklist/");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.tasks-list")));
    }

    @Test
    void theStartPageListsTheLeadersPlansAndOpensTheirDashboards() {
        chromium.loginToTasklist("cuong");
        chromium.openReady("/dashboard/");
        JsonNode plans = api.get("cuong", "/api/dashboard/plans").json();
        List<List<String>> rows = rows("plan-table");
        assertThat(rows).hasSize(plans.size()).isNotEmpty();
        JsonNode mine = null;
        for (JsonNode p : plans) {
            mine = p.get("id").asLong() == planId ? p : mine;
        }
        assertThat(mine).as("the scenario's plan is on the start page").isNotNull();
        assertThat(rows).contains(List.of(mine.get("code").asText(), mine.get("title").asText(),
                mine.get("issuingUnitName").asText(), "Đã ban hành", viDate(mine.get("issuedOn").asText())));
        chromium.screenshot("start-page");

        // Narrowing by words of the number; nothing found says so.
        chromium.driver.findElement(By.id("plan-filter")).sendKeys(mine.get("code").asText());
        assertThat(visibleRows()).extracting(r -> r.getDomAttribute("data-plan-id")).contains(String.valueOf(planId));
        chromium.driver.findElement(By.id("plan-filter")).sendKeys(" không-có-kế-hoạch-này");
        assertThat(visibleRows()).isEmpty();
        assertThat(chromium.driver.findElement(By.id("plan-none-found")).isDisplayed()).isTrue();
        chromium.driver.findElement(By.id("plan-filter")).clear();
        chromium.driver.findElement(By.id("plan-filter")).sendKeys(" ");

        chromium.driver.findElement(By.cssSelector("tr[data-plan-id='" + planId + "'] a")).click();
        chromium.wait.until(ExpectedConditions.urlContains("/dashboard/plan.html?plan=" + planId));
        chromium.waitReady();
        assertThat(text("#title")).contains(mine.get("title").asText());
        chromium.driver.findElement(By.id("back-to-plans")).click();
        chromium.wait.until(ExpectedConditions.urlToBe(chromium.url("/dashboard/")));
        chromium.waitReady();
        assertThat(rows("plan-table")).hasSize(plans.size());
    }

    @Test
    void tasklistShowsPlanFlowSortsByDueDateAndSpeaksVietnameseInForms() {
        TasklistExperience.check(chromium, api);
    }

    @Test
    void theChartsShowTheNumbersOfTheApiAndAnOutsiderSeesARefusal() {
        JsonNode expected = api.get("cuong", "/api/dashboard/plans/" + planId).json();
        chromium.loginToTasklist("cuong");
        for (String filter : List.of("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn")) {
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//a[starts-with(normalize-space(.), '" + filter + "')]")));
        }
        chromium.screenshot("tasklist-filters");

        chromium.openReady("/dashboard/plan.html?plan=" + planId);
        assertThat(chromium.driver.findElement(By.id("refusal")).isDisplayed()).isFalse();
        assertThat(text("#title")).contains(expected.get("title").asText());
        chromium.screenshot("plan");
        DashboardCharts.assertSameAsApi(chromium, expected);

        // The preview link of the signer's form opens the DOCX with this same Tasklist session.
        Object preview = ((org.openqa.selenium.JavascriptExecutor) chromium.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/api/plans/" + planId + "/preview').then(r => r.arrayBuffer().then(b => done("
                        + "r.status + ' ' + r.headers.get('content-type') + ' ' + new Uint8Array(b)[0] + new Uint8Array(b)[1])));");
        assertThat(String.valueOf(preview)).isEqualTo("200 application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document 8075"); // "PK": a zip, the DOCX

        // A district leader is below the issuer: the page explains the refusal instead of charts.
        chromium.loginToTasklist("binh");
        chromium.openReady("/dashboard/plan.html?plan=" + planId);
        assertThat(text("#refusal-title")).isEqualTo("Không có quyền xem kế hoạch này");
        assertThat(text("#refusal-message")).contains("không thuộc đơn vị của bạn");
        assertThat(chromium.driver.findElement(By.id("dashboard")).isDisplayed()).isFalse();
        chromium.screenshot("refused");
    }

    private void signIn(String user, String password) {
        WebElement name = chromium.driver.findElement(By.id("username"));
        WebElement secret = chromium.driver.findElement(By.id("password"));
        name.clear();
        name.sendKeys(user);
        secret.clear();
        secret.sendKeys(password);
        chromium.driver.findElement(By.id("signin")).click();
    }

    private String text(String css) {
        return chromium.driver.findElement(By.cssSelector(css)).getText();
    }

    private List<WebElement> visibleRows() {
        return chromium.driver.findElements(By.cssSelector("#plan-table tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private List<List<String>> rows(String tableId) {
        return DashboardCharts.rows(chromium, tableId);
    }

    private static String viDate(String iso) {
        String[] p = iso.split("-");
        return p[2] + "/" + p[1] + "/" + p[0];
    }
}
