package vn.planflow.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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

/**
 * One headless Debian Chromium with its own profile, for the dashboard's browser tests: start and
 * stop, the Tasklist login as a person uses it, screenshots under {@code target/screenshots/}.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final String base;

    Chromium(int port) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        base = "http://localhost:" + port;
        profile = Files.createTempDirectory("planflow-dashboard-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1300,1800", "--lang=en-US", "--user-data-dir=" + profile);
        // DOMContentLoaded is enough: Tasklist keeps polling, so the network never goes idle.
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    String url(String path) {
        return base + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** Opens a page of the dashboard and waits until its script has drawn it (body data-ready). */
    void openReady(String path) {
        open(path);
        waitReady();
    }

    void waitReady() {
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Forgets every session and setting, as a new browser would. */
    void signOut() {
        open("/camunda/api/engine/engine/");
        driver.manage().deleteAllCookies();
        script("window.localStorage.clear(); window.sessionStorage.clear();");
    }

    /** Signs in on Tasklist's own login page and waits for the task list. */
    void loginToTasklist(String user) {
        signOut();
        open("/camunda/app/tasklist/");
        By userField = By.cssSelector("input[ng-model='username']");
        for (int attempt = 0; attempt < 4; attempt++) {
            // AngularJS may render the login form again right after the first paint: type again then.
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

    void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve("dashboard-" + name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
