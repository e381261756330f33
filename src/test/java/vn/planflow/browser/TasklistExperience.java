package vn.planflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.planflow.web.ApiClient;

/**
 * Tasklist as the drafter lan sees it in an English browser: PlanFlow's name and logo on the login
 * page (as on Cockpit's, Admin's and Welcome's) and in the header, the task list sorted by due date
 * until she picks another sorting (which then stays), Camunda Forms' own messages in Vietnamese and
 * dates written dd/mm/yyyy.
 */
final class TasklistExperience {
    static final By SORT_LABEL = By.cssSelector("[cam-sorting-choices] li.sorting-choice .sort-by");
    static final By SORT_DIRECTION = By.cssSelector("[cam-sorting-choices] li.sorting-choice a.sort-direction");

    private TasklistExperience() {
    }

    static void check(Chromium chromium, ApiClient api) {
        chromium.signOut();
        for (String[] app : new String[][] {{"cockpit", "Giám sát"}, {"admin", "Quản trị"}, {"welcome", "Trang chủ"},
                {"tasklist", "Công việc"}}) {
            chromium.open("/camunda/app/" + app[0] + "/");
            WebElement brand = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".login-header .planflow-brand")));
            assertThat(brand.getText()).as(app[0]).isEqualTo("PlanFlow");
            assertThat(chromium.driver.findElement(By.cssSelector(".login-header .app-name")).getText()).isEqualTo(app[1]);
            assertPlanFlowLogo(chromium, ".login-header .login-logo");
            chromium.screenshot(app[0] + "-login");
        }

        chromium.loginToTasklist("lan");
        assertThat(chromium.driver.findElement(By.cssSelector("[cam-widget-header] .brand-name")).getText())
                .isEqualTo("PlanFlow Công việc");
        assertPlanFlowLogo(chromium, "[cam-widget-header] .navbar-brand .brand-logo");

        // Soonest due first for someone who never chose a sorting.
        chromium.wait.until(ExpectedConditions.textToBe(SORT_LABEL, "Hạn xử lý"));
        chromium.wait.until(ExpectedConditions.attributeContains(SORT_DIRECTION, "class", "glyphicon-menu-up"));
        assertThat(chromium.driver.getCurrentUrl()).contains("sorting=").contains("dueDate");
        chromium.screenshot("tasklist-sorted-by-due-date");

        // lan chooses "Ngày tạo": the next visit keeps her choice.
        chromium.driver.findElement(By.cssSelector("[cam-sorting-choices] li.sorting-choice a.dropdown-toggle")).click();
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class,'sorting-choice')]//ul[contains(@class,'dropdown-menu')]//a[normalize-space()='Ngày tạo']")))
                .click();
        chromium.wait.until(ExpectedConditions.textToBe(SORT_LABEL, "Ngày tạo"));
        chromium.open("/camunda/app/tasklist/");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.tasks-list")));
        chromium.wait.until(ExpectedConditions.textToBe(SORT_LABEL, "Ngày tạo"));

        requiredFieldSaysSoInVietnamese(chromium);
        datesAreWrittenDayFirst(chromium, api);
    }

    private static void requiredFieldSaysSoInVietnamese(Chromium chromium) {
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal-content')]//a[normalize-space()='Soạn thảo kế hoạch']"))).click();
        WebElement title = chromium.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".fjs-form [id$='-Field_title']")));
        title.sendKeys("Kế hoạch");
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        title.sendKeys(Keys.TAB);
        WebElement error = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-form-field-error")));
        chromium.wait.until(ExpectedConditions.textToBePresentInElement(error, "Đây là trường bắt buộc."));
        assertThat(chromium.driver.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("Field is required");
        chromium.screenshot("tasklist-required-field");
        chromium.driver.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Đóng']"))
                .click();
        chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
    }

    /** The district's pre-filled draft of the demanded plan (waiting for lan's unit) shows its period. */
    private static void datesAreWrittenDayFirst(Chromium chromium, ApiClient api) {
        JsonNode draft = null;
        for (JsonNode task : api.get("lan", "/api/tasks").json()) {
            draft = "Task_WriteDraft".equals(task.path("step").asText()) ? task : draft;
        }
        assertThat(draft).as("the demanded district plan waits for its drafters").isNotNull();
        String[] start = api.get("lan", "/api/plans/" + draft.get("planId").asLong()).json()
                .get("periodStart").asText().split("-");
        chromium.open("/camunda/app/tasklist/default/#/?task=" + draft.get("id").asText());
        By field = By.cssSelector(".fjs-form [id$='-Field_periodStart-date']");
        // Tasklist renders the form again once the task's variables are in: read the field afresh.
        String shown = chromium.wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String value = d.findElement(field).getDomProperty("value");
            return value != null && !value.isEmpty() ? value : null;
        });
        assertThat(shown).isEqualTo(start[2] + "/" + start[1] + "/" + start[0]);
        assertThat(chromium.driver.findElement(field).getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        // The calendar that opens on the field names days and months in Vietnamese, weeks from Monday.
        assertThat(chromium.script("var l = window.flatpickr.l10ns.default;"
                + "return l.weekdays.shorthand.join(' ') + ' | ' + l.months.longhand[0] + ' | ' + l.firstDayOfWeek;"))
                .isEqualTo("CN T2 T3 T4 T5 T6 T7 | Tháng 1 | 1");
        chromium.screenshot("tasklist-dates-day-first");
    }

    private static void assertPlanFlowLogo(Chromium chromium, String css) {
        WebElement logo = chromium.driver.findElement(By.cssSelector(css));
        assertThat(String.valueOf(chromium.script("return getComputedStyle(arguments[0]).backgroundImage;", logo)))
                .contains("/camunda/lib/planflow/planflow-logo.svg");
        for (WebElement camunda : logo.findElements(By.tagName("svg"))) {
            assertThat(camunda.isDisplayed()).as("Camunda's logo is hidden").isFalse();
        }
        Object loaded = chromium.script("var i = new Image(); i.src = '/camunda/lib/planflow/planflow-logo.svg';"
                + "return i.decode().then(() => i.naturalWidth, () => -1);");
        assertThat(((Number) loaded).intValue()).isPositive();
    }
}
