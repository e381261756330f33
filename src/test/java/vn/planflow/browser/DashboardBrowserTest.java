package vn.planflow.browser;

import vn.planflow.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.planflow.dashboard.DashboardScenario;

/**
 * A leader's look at the dashboard in headless Chromium: the province's Vice Chairman signs in to
 * Tasklist (where the four ready filters are listed), opens the dashboard of his plan and sees the
 * same numbers in the charts and tables as the API gives; the draft preview opens with the same
 * session; a district's Vice Chairman gets the clear refusal page. Screenshots go to
 * {@code target/screenshots/dashboard-*.png}. Skipped when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:dashboardbrowser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/dashboardbrowser"})
class DashboardBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private Path profile;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void requireChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("planflow-dashboard-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1300,1800", "--user-data-dir=" + profile);
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void theChartsShowTheNumbersOfTheApiAndAnOutsiderSeesARefusal() throws Exception {
        try {
            journey();
        } catch (Throwable failure) {
            screenshot("failure");
            throw failure;
        }
    }

    private void journey() {
        ApiClient api = new ApiClient(port);
        Long planId = DashboardScenario.create(context, api);
        JsonNode expected = api.get("cuong", "/api/dashboard/plans/" + planId).json();

        login("cuong");
        for (String filter : List.of("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//a[starts-with(normalize-space(.), '" + filter + "')]")));
        }
        screenshot("tasklist-filters");

        openDashboard(planId);
        assertThat(driver.findElement(By.id("refusal")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("title")).getText()).contains(expected.get("title").asText());
        screenshot("plan");

        // Reporting compliance: the table rows and the stacked bars say what the API says.
        JsonNode round = expected.get("compliance").get(0);
        assertThat(rows("compliance-table")).containsExactly(List.of(round.get("label").asText(),
                "1", "0", "2"));
        assertThat(seriesData("compliance-chart")).containsExactly(List.of(1L), List.of(0L), List.of(2L));

        // Overdue obligations by unit, first the unit with most overdue.
        JsonNode first = expected.get("overdue").get(0);
        assertThat(rows("overdue-table").get(0)).containsExactly(first.get("unitName").asText(),
                "1", String.valueOf(first.get("open").asInt()), String.valueOf(first.get("total").asInt()));
        assertThat(seriesData("overdue-chart").get(0).get(0)).isEqualTo(1L);

        // The cascade: one row per depth, totals as the cascade view counts them, each node coloured.
        JsonNode level = expected.get("cascade").get("levels").get(0);
        assertThat(rows("cascade-levels").get(0).get(1)).isEqualTo(String.valueOf(level.get("total").asInt()));
        List<WebElement> nodes = driver.findElements(By.cssSelector("#cascade-tree li"));
        assertThat(nodes).hasSize(expected.get("cascade").get("total").asInt());
        assertThat(nodes).extracting(WebElement::getText).anyMatch(t -> t.contains("huyện Đông Hà"))
                .anyMatch(t -> t.contains("huyện Tây Sơn"));
        List<String> statuses = new ArrayList<>();
        expected.get("cascade").get("children").forEach(n -> statuses.add(n.get("status").asText()));
        assertThat(nodes).extracting(n -> n.getDomAttribute("data-status")).containsExactlyElementsOf(statuses);

        // The preview link of the signer's form opens the DOCX with this same Tasklist session.
        Object preview = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/api/plans/" + planId + "/preview').then(r => r.arrayBuffer().then(b => done("
                        + "r.status + ' ' + r.headers.get('content-type') + ' ' + new Uint8Array(b)[0] + new Uint8Array(b)[1])));");
        assertThat(String.valueOf(preview)).isEqualTo("200 application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document 8075"); // "PK": a zip, the DOCX

        // A district leader is below the issuer: the page explains the refusal instead of charts.
        login("binh");
        openDashboard(planId);
        assertThat(driver.findElement(By.id("refusal-title")).getText()).isEqualTo("Không có quyền xem kế hoạch này");
        assertThat(driver.findElement(By.id("refusal-message")).getText()).contains("không thuộc đơn vị của bạn");
        assertThat(driver.findElement(By.id("dashboard")).isDisplayed()).isFalse();
        screenshot("refused");
    }

    private void openDashboard(Long planId) {
        driver.get("http://localhost:" + port + "/dashboard/plan.html?plan=" + planId);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private List<List<String>> rows(String tableId) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : driver.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            rows.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    /** The numbers the chart draws, read from the ECharts instance on the page. */
    @SuppressWarnings("unchecked")
    private List<List<Long>> seriesData(String chartId) {
        Object data = ((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('" + chartId + "')).getOption().series.map(s => s.data);");
        return (List<List<Long>>) data;
    }

    private void login(String user) {
        String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/";
        driver.get("http://localhost:" + port + "/camunda/api/engine/engine/");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        driver.get(tasklist);
        By userField = By.cssSelector("input[ng-model='username']");
        for (int attempt = 0; attempt < 4; attempt++) {
            WebElement name = wait.until(ExpectedConditions.elementToBeClickable(userField));
            WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
            name.clear();
            name.sendKeys(user);
            password.clear();
            password.sendKeys("demo");
            if (user.equals(name.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"))) {
                break;
            }
        }
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(userField));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.tasks-list")));
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve("dashboard-" + name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }
}
