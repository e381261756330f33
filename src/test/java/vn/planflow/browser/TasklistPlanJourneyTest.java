package vn.planflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's way through Camunda Tasklist with a real headless Chromium: the drafter starts a
 * plan from the start form and fills the drafting form (issuer, signer, recipients from the
 * taglists, no consultation), the head approves, the office passes the form check, the Vice
 * Chairman approves, the records clerk issues; the asynchronous jobs number, render and
 * distribute the plan; the DOCX is opened with POI; the commune clerk registers the incoming
 * document. A drafter of another district logs in and sees none of these tasks.
 *
 * <p>Every step uses Tasklist as a user does (login page, "Start process", task list, Claim,
 * the Camunda Form, Complete); the HTTP APIs are only used to find out what to wait for and to
 * check the outcome. Screenshots go to {@code target/screenshots/}. Skipped when
 * {@code /usr/bin/chromium} is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/browser-files"})
class TasklistPlanJourneyTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger shot = new AtomicInteger();
    private final long started = System.nanoTime();
    private Path profile;
    private WebDriver driver;
    private WebDriverWait wait;

    /** Runs before the Spring context is built, so a machine without Chromium skips it at no cost. */
    @BeforeAll
    static void requireChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium chromium-driver): "
                        + "the Tasklist browser journey is skipped");
        assertThat(CHROMEDRIVER).as("chromedriver belongs to Debian's chromium-driver package").isExecutable();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("planflow-chromium-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1600", "--user-data-dir=" + profile);
        // DOMContentLoaded is enough: Tasklist keeps polling, so the network never goes idle.
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void planGoesThroughTasklistFromStartFormToIncomingRegister() throws Exception {
        try {
            journey();
        } catch (Throwable failure) {
            screenshot("failure");
            try {
                Files.writeString(SCREENSHOTS.resolve("failure-page.html"), driver.getPageSource());
            } catch (RuntimeException ignored) {
                // the browser is gone: the exception says why
            }
            throw failure;
        }
    }

    private void journey() throws Exception {
        // --- lan starts the plan from the start form
        login("lan");
        screenshot("lan-tasklist");
        click(By.cssSelector(".start-process-action a"));
        WebElement processLink = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal-content')]//a[normalize-space()='Soạn thảo kế hoạch']")));
        screenshot("start-process-dialog");
        processLink.click();
        type("Field_title", "Thông tin, tuyên truyền chuyển đổi số năm 2026");
        type("Field_periodLabel", "năm 2026");
        screenshot("start-form-filled");
        click(By.cssSelector("button[ng-click='startProcessInstance()']"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
        assertNoErrorNotification("start form");

        JsonNode draftTask = await("lan's drafting task", () -> firstTask("lan", "Task_WriteDraft"));
        long planId = draftTask.get("planId").asLong();
        assertThat(json(get("lan", "/api/plans/" + planId)).get("title").asText())
                .isEqualTo("Thông tin, tuyên truyền chuyển đổi số năm 2026");

        // --- lan fills the drafting form: prefilled title, chosen issuer, signer and recipients
        openTask(draftTask.get("id").asText());
        assertThat(field("Field_title").getDomProperty("value"))
                .as("the drafting form is prefilled from the start form")
                .isEqualTo("Thông tin, tuyên truyền chuyển đổi số năm 2026");
        screenshot("write-draft-form");
        pick("Field_issuingUnitId", "Ủy ban nhân dân huyện Đông Hà");
        pick("Field_signerId", "Trần Văn Bình - Phó Chủ tịch, UBND huyện Đông Hà");
        type("Field_legalBases", "Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2026 của UBND tỉnh Ninh An;");
        type("Field_purposes", "Nâng cao nhận thức của cán bộ, công chức và nhân dân về chuyển đổi số.");
        type("Field_content", "- Tuyên truyền chủ trương, chính sách về chuyển đổi số.");
        type("Field_implementation", "# Phòng Văn hóa và Thông tin\nChủ trì, tham mưu triển khai Kế hoạch.");
        pick("Field_recipientsForAction", "UBND xã Hòa Bình");
        pick("Field_recipientsForAction", "UBND xã An Phú");
        pick("Field_recipientsToReport", "UBND tỉnh Ninh An");
        assertThat(driver.findElements(By.cssSelector("[id$='-Field_consultationDueDate-date']")))
                .as("without consulted units the consultation deadline is hidden").isEmpty();
        screenshot("write-draft-filled");
        complete(draftTask.get("id").asText(), "lan's draft");

        JsonNode plan = json(get("lan", "/api/plans/" + planId));
        assertThat(plan.get("signerId").asText()).isEqualTo("binh");
        assertThat(plan.get("issuingUnitId").asText()).isEqualTo("na-dh");
        assertThat(plan.get("recipients").toString()).contains("na-dh-hb", "na-dh-ap", "\"na\"");

        // --- hung (candidate group) claims and approves
        JsonNode review = await("hung's review task", () -> firstTask("hung", "Task_ReviewDraft"));
        login("hung");
        openTask(review.get("id").asText());
        assertThat(formText()).as("the draft is shown as markdown")
                .contains("KẾ HOẠCH", "Thông tin, tuyên truyền chuyển đổi số năm 2026", "UBND xã Hòa Bình");
        claim();
        radio("Field_headDecision", "approve");
        screenshot("hung-review");
        complete(review.get("id").asText(), "hung's review");

        // --- thu (office, candidate group) passes the form check
        JsonNode check = await("thu's form check", () -> firstTask("thu", "Task_CheckForm"));
        login("thu");
        openTask(check.get("id").asText());
        claim();
        radio("Field_formCheckDecision", "pass");
        screenshot("thu-check");
        complete(check.get("id").asText(), "thu's form check");

        // --- binh (the chosen signer, assignee) approves
        JsonNode decide = await("binh's decision", () -> firstTask("binh", "Task_DecideOnPlan"));
        login("binh");
        openTask(decide.get("id").asText());
        assertThat(formText()).contains("Quá trình xử lý", "Đỗ Mạnh Hùng");
        radio("Field_signerDecision", "approve");
        screenshot("binh-decide");
        complete(decide.get("id").asText(), "binh's decision");

        // --- hoa (records clerk, candidate group) issues
        JsonNode issue = await("hoa's issuing task", () -> firstTask("hoa", "Task_IssuePlan"));
        login("hoa");
        openTask(issue.get("id").asText());
        claim();
        type("Field_copies", "3");
        check("Field_confirmIssue");
        screenshot("hoa-issue");
        complete(issue.get("id").asText(), "hoa's issuance");

        // --- the job executor numbers, renders and distributes
        JsonNode issued = await("the plan to be issued with its document", Duration.ofSeconds(60), () -> {
            JsonNode p = json(get("hoa", "/api/plans/" + planId));
            return "ISSUED".equals(p.path("status").asText()) && p.path("documentAvailable").asBoolean() ? p : null;
        });
        String code = issued.get("code").asText();
        assertThat(code).as("the first plan of the year in a fresh register").isEqualTo("01/KH-UBND");

        HttpResponse<byte[]> docx = getBytes("lan", "/api/plans/" + planId + "/document");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Số: " + code, "Thông tin, tuyên truyền chuyển đổi số năm 2026");
        }

        // --- nam's incoming task exists now; son, of another district, sees nothing of it
        JsonNode incoming = await("nam's incoming-document task", () -> firstTask("nam", "Task_RegisterIncoming"));
        String incomingId = incoming.get("id").asText();
        login("son");
        WebElement empty = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section.tasks-list div.well")));
        assertThat(driver.findElements(By.cssSelector("ol.tasks-list li.task"))).isEmpty();
        assertThat(empty.getText()).isNotBlank();
        screenshot("son-sees-no-tasks");
        assertThat(json(get("son", "/engine-rest/task")).size()).isZero();
        driver.get(tasklist() + "default/#/?task=" + incomingId);
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".page-notifications .alert-danger")));
        assertThat(refusal.getText()).as("Tasklist tells son the task is not there for him").contains(incomingId);
        assertThat(driver.findElements(By.cssSelector(".fjs-container"))).as("no form for son").isEmpty();
        screenshot("son-opens-foreign-task-url");
        assertThat(driver.getPageSource()).doesNotContain("Vào sổ, xác nhận đã nhận và giao xử lý");

        // --- nam registers the incoming document
        login("nam");
        openTask(incomingId);
        assertThat(formText()).contains("Kế hoạch số " + code, "Thông tin, tuyên truyền chuyển đổi số năm 2026");
        claim();
        type("Field_incomingNumber", "15");
        type("Field_handlerName", "Công chức Văn hóa - Xã hội");
        check("Field_receiptConfirmed");
        screenshot("nam-register-incoming");
        complete(incomingId, "nam's registration");
        screenshot("nam-done");

        JsonNode hoaBinh = null;
        for (JsonNode d : json(get("hoa", "/api/plans/" + planId)).get("distribution")) {
            if ("na-dh-hb".equals(d.path("unitId").asText())) {
                hoaBinh = d;
            }
        }
        assertThat(hoaBinh).as("distribution to UBND xã Hòa Bình").isNotNull();
        assertThat(hoaBinh.get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(hoaBinh.get("incomingNumber").asText()).isEqualTo("15");
        assertThat(hoaBinh.get("acknowledgedBy").asText()).isEqualTo("nam");
    }

    // ------------------------------------------------------------------ Tasklist as a person uses it

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/";
    }

    /** Signs out whoever was signed in (cookies and saved form state) and signs in as the user. */
    private void login(String user) {
        // Leave the app first (a plain JSON resource of the same origin), so that no Tasklist page
        // keeps polling and setting cookies while the previous user's session is thrown away.
        driver.get("http://localhost:" + port + "/camunda/api/engine/engine/");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        driver.get(tasklist());
        By userField = By.cssSelector("input[ng-model='username']");
        By passwordField = By.cssSelector("input[ng-model='password']");
        for (int attempt = 0; ; attempt++) {
            WebElement name = wait.until(ExpectedConditions.elementToBeClickable(userField));
            WebElement password = driver.findElement(passwordField);
            name.clear();
            name.sendKeys(user);
            password.clear();
            password.sendKeys(PASSWORD);
            // AngularJS may re-render the login form right after the first paint: type again then.
            if (user.equals(name.getDomProperty("value")) && PASSWORD.equals(password.getDomProperty("value"))) {
                break;
            }
            if (attempt == 3) {
                fail("could not type into Tasklist's login form");
            }
        }
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(userField));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.tasks-list")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.tasks-list ol.tasks-list, section.tasks-list div.well")));
    }

    /** Clicks the task in the list; reloads the list when it was fetched before the task existed. */
    private void openTask(String taskId) {
        By link = By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']");
        for (int attempt = 0; ; attempt++) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.elementToBeClickable(link))
                        .click();
                break;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                driver.navigate().refresh();
            }
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container .fjs-form")));
    }

    private void claim() {
        By claim = By.cssSelector("button[ng-click='claim()']");
        wait.until(ExpectedConditions.elementToBeClickable(claim)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
        assertNoErrorNotification("claim");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form input:not([readonly]), .fjs-form textarea:not([readonly])")));
    }

    /** Presses Tasklist's Complete button and waits until the engine no longer has the task. */
    private void complete(String taskId, String what) throws Exception {
        dismissNotifications();
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[ng-click='complete()']")));
        scrollTo(button);
        button.click();
        await(what + " to be completed", () -> {
            List<String> errors = errorNotifications();
            if (!errors.isEmpty()) {
                screenshot("error");
                fail(what + " failed in Tasklist: " + errors);
            }
            return get("admin", "/engine-rest/task/" + taskId).statusCode() == 404 ? Boolean.TRUE : null;
        });
    }

    /** Tasklist's notices ("you were assigned other tasks ...") may lie over the Complete button. */
    private void dismissNotifications() {
        for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .close"))) {
            try {
                if (close.isDisplayed()) {
                    close.click();
                }
            } catch (org.openqa.selenium.WebDriverException gone) {
                // the notice closed itself meanwhile
            }
        }
    }

    /** The form field whose component id is {@code id}; form-js prefixes ids with the form's own id. */
    private WebElement field(String id) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".fjs-form [id$='-" + id + "']")));
        scrollTo(element);
        return element;
    }

    private void type(String id, String text) {
        By by = By.cssSelector(".fjs-form [id$='-" + id + "']");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(by);
            if (text.equals(element.getDomProperty("value"))) {
                return true;
            }
            if (element.isEnabled() && element.getDomAttribute("readonly") == null) {
                scrollTo(element);
                element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                element.sendKeys(text);
            }
            return false;
        });
    }

    /** Chooses an option of a select or taglist: type to filter, click the option, close the list. */
    private void pick(String id, String label) {
        WebElement input = field(id);
        wait.until(ExpectedConditions.elementToBeClickable(input)).click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(label);
        By option = By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()=" + xpath(label)
                + "]");
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(option));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'})", item);
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        // a taglist keeps its list open for the next tag
        ((JavascriptExecutor) driver).executeScript("if (document.activeElement) { document.activeElement.blur(); }");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist")));
        WebElement container = input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
        wait.until(d -> container.getText().contains(label) || label.equals(input.getDomProperty("value")));
    }

    /**
     * Clicks a radio option; form-js names option inputs {@code <field id>-<index>} in the order of the
     * schema's values, and this method knows the order of PlanFlow's decision fields.
     */
    private void radio(String id, String value) {
        int index = switch (value) {
            case "approve", "pass", "agree", "accept" -> 0;
            case "return", "comment", "explain" -> 1;
            case "reject" -> 2;
            default -> throw new IllegalArgumentException(value);
        };
        check(id + "-" + index);
    }

    /** Ticks a checkbox or radio input; after a claim Tasklist renders the form again, enabled. */
    private void check(String id) {
        By by = By.cssSelector(".fjs-form [id$='-" + id + "']");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement input = d.findElement(by);
            if (input.isSelected()) {
                return true;
            }
            if (input.isEnabled()) {
                scrollTo(input);
                input.click();
            }
            return false;
        });
    }

    private String formText() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form"))).getText();
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private List<String> errorNotifications() {
        try {
            return driver.findElements(By.cssSelector(".page-notifications .alert-danger")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        } catch (StaleElementReferenceException e) {
            return List.of();
        }
    }

    private void assertNoErrorNotification(String step) {
        assertThat(errorNotifications()).as("Tasklist error notification after " + step).isEmpty();
    }

    private void screenshot(String name) {
        System.out.printf(Locale.ROOT, "[browser journey] %6.1f s  %s%n", (System.nanoTime() - started) / 1e9, name);
        try {
            Path file = SCREENSHOTS.resolve(String.format(Locale.ROOT, "%02d-%s.png", shot.incrementAndGet(), name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }

    private static String xpath(String text) {
        return text.contains("'") ? "concat('" + text.replace("'", "', \"'\", '") + "')" : "'" + text + "'";
    }

    // ------------------------------------------------------------------ HTTP, to know what to wait for

    /** The user's first open task of the given step, as the domain API lists it. */
    private JsonNode firstTask(String user, String step) throws Exception {
        for (JsonNode task : json(get(user, "/api/tasks"))) {
            if (step.equals(task.path("step").asText())) {
                return task;
            }
        }
        return null;
    }

    private <T> T await(String what, Callable<T> probe) throws Exception {
        return await(what, WAIT, probe);
    }

    private <T> T await(String what, Duration timeout, Callable<T> probe) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        long pause = 50;
        while (true) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > end) {
                screenshot("timeout");
                fail("timed out waiting for " + what);
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 500);
        }
    }

    @FunctionalInterface
    interface Callable<T> {
        T call() throws Exception;
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> getBytes(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String user, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json, */*")
                .GET().build();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.uri() + " answered " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
