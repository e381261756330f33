package vn.planflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PlanFlow's scripts in Camunda's webapps (form texts, sorting, branding) against the shipped
 * 7.24 bundles on the classpath: every English text form-js can show has Vietnamese, and the
 * bundles still work the way the scripts assume. Plain JUnit; the browser test shows them at work.
 */
class WebappCustomScriptsTest {
    private static final String ROOT = "META-INF/resources/webjars/camunda/";
    private static final String WEBJAR = "camunda-webapp-webjar";

    /** Texts form-js writes besides its validation messages (placeholders, buttons, aria-labels). */
    private static final List<String> FORM_LABELS = List.of("Select", "Search", "No results", "All values selected",
            "Nothing to show.", "Add new", "Collapse", "Expand all (${m.length})", "Skip to search", "Remove tag",
            "Remove list item ${t+1}", "Increment", "Decrement", "Previous page", "Next page");

    @Test
    void everyTextFormJsShowsHasVietnamese() {
        String deps = read(ROOT + "lib/deps.js", true);
        String forms = read(ROOT + "app/tasklist/scripts/planflow-forms.js", false);
        List<String> english = new ArrayList<>();
        Matcher validation = Pattern.compile("push\\((\"[^\"]*\"|`[^`]*`)\\)").matcher(deps);
        while (validation.find()) {
            String text = validation.group(1);
            if (text.matches("[\"`](Field|Value|Please select).*")) {
                english.add(text.substring(1, text.length() - 1));
            }
        }
        assertThat(english).as("validation messages found in form-js").hasSizeGreaterThanOrEqualTo(10);
        Matcher dateTime = Pattern.compile("\"(Date and time must[^\"]*)\"").matcher(deps);
        while (dateTime.find()) {
            english.add(dateTime.group(1));
        }
        // "Value is expected to " + "be an integer" / "have at most n decimal digit(s)" + "."
        assertThat(deps).contains("\"Value is expected to \"+(0===n?\"be an integer\":`have at most ${n} decimal digit");
        english.addAll(List.of("Value is expected to be an integer.", "Value is expected to have at most 1 decimal digit.",
                "Value is expected to have at most 2 decimal digits."));
        for (String label : FORM_LABELS) {
            assertThat(deps).as("form-js still writes " + label).contains(
                    label.contains("${") ? "`" + label + "`" : "\"" + label + "\"");
            english.add(label);
        }

        List<Pattern> patterns = new ArrayList<>();
        Matcher js = Pattern.compile("\\[/(\\^.*?\\$)/,\\s*'").matcher(forms);
        while (js.find()) {
            patterns.add(Pattern.compile(js.group(1)));
        }
        List<String> untranslated = new ArrayList<>();
        for (String text : english) {
            String sample = text.replaceAll("\\$\\{[^}]*}", "5");
            boolean exact = forms.contains("'" + sample + "': '") || forms.contains("'" + sample + "':\n");
            if (!exact && patterns.stream().noneMatch(p -> p.matcher(sample).matches())) {
                untranslated.add(sample);
            }
        }
        assertThat(untranslated).as("form-js texts without Vietnamese in planflow-forms.js").isEmpty();
    }

    @Test
    void formJsStillTakesTheDateFormatFromTheDefaultLocaleAndExposesFlatpickr() {
        String deps = read(ROOT + "lib/deps.js", true);
        assertThat(deps).containsPattern("function \\w+\\(e=\"default\"\\)\\{return new Intl\\.DateTimeFormat\\(e\\)"
                + "\\.formatToParts");
        assertThat(deps).containsPattern("window\\.flatpickr=\\w+");
        assertThat(read(ROOT + "app/tasklist/scripts/planflow-forms.js", false))
                .contains("locales === 'default' && options === undefined")
                .contains("{ day: '2-digit', month: '2-digit', year: 'numeric' }");
    }

    @Test
    void tasklistKeepsItsSortingOnlyInTheAddressAndStartsAtCreated() {
        String plugin = read("META-INF/resources/plugin/tasklist/app/plugin.js", true);
        String bundle = read(ROOT + "app/tasklist/camunda-tasklist-bootstrap.js", true);
        // the sort menu and the task query read ?sorting= and fall back to "created", newest first
        assertThat(plugin).contains("(a.search()||{}).sorting").contains("t.sortings.push({order:\"desc\",by:\"created\"})");
        assertThat(bundle).contains("r=l(\"sorting\")").contains("r[0].sortBy||\"created\"");
        assertThat(bundle).contains("e.when(\"/\",{template:i,controller:\"camTasklistViewCtrl\",authentication:\"required\","
                + "reloadOnSearch:!1})");
        assertThat(plugin).as("no sorting kept in storage by Tasklist itself").doesNotContain("localStorage");
        assertThat(read(ROOT + "app/tasklist/scripts/planflow-sorting.js", false))
                .contains("var STORAGE_KEY = 'planflow.tasklist.sorting';")
                .contains("[{ sortBy: 'dueDate', sortOrder: 'asc' }]")
                .contains("$rootScope.$on('$routeChangeStart'");
        assertThat(read(ROOT + "app/tasklist/scripts/config.js", false))
                .containsPattern("deps:\\s*\\['planflow-locale', 'planflow-brand', 'planflow-sorting', 'planflow-forms']")
                .containsPattern("ngDeps:\\s*\\['planflow.locale', 'planflow.brand', 'planflow.sorting']")
                .contains("'planflow-sorting': 'scripts/planflow-sorting'")
                .contains("'planflow-forms': 'scripts/planflow-forms'");
    }

    @Test
    void everyWebappShowsPlanFlowsLogoWhereCamundasWas() {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            String bundle = read(ROOT + "app/" + app + "/camunda-" + app + "-bootstrap.js", true);
            assertThat(bundle).as("%s header and login templates", app)
                    .contains("<span ng-bind-html=\"logo\" class=\"brand-logo\"></span>")
                    .contains("<div class=\"login-header\">")
                    .contains("<div class=\"login-logo\" ng-bind-html=\"logo\"></div>");
            // the footer with Camunda's notices stays as shipped: nothing of PlanFlow's touches it
            assertThat(read(ROOT + "app/" + app + "/index.html", true)).contains("styles/user-styles.css")
                    .contains("<footer cam-widget-footer");
            assertThat(read(ROOT + "app/" + app + "/styles/user-styles.css", false))
                    .contains("@import url(\"../../../lib/planflow/brand.css\");");
        }
        assertThat(read(ROOT + "lib/planflow/brand.css", false))
                .contains("[cam-widget-header] .navbar-brand .brand-logo svg,")
                .contains("background: url(\"planflow-logo.svg\")")
                .doesNotContain("[cam-widget-footer]");
        assertThat(read(ROOT + "lib/planflow/planflow-logo.svg", false)).startsWith("<svg ").contains("<title>PlanFlow</title>");
        assertThat(read(ROOT + "lib/planflow-brand.js", false))
                .contains("angular.module('planflow.brand', []).directive('loginHeader'")
                .contains("brand.textContent = 'PlanFlow';");
    }

    /** The resource from the webjar (inWebjar) or from PlanFlow's own resources. */
    private static String read(String path, boolean inWebjar) {
        try {
            List<URL> all = Collections.list(Thread.currentThread().getContextClassLoader().getResources(path));
            URL url = all.stream().filter(u -> u.toString().contains(WEBJAR) == inWebjar).findFirst()
                    .orElseThrow(() -> new AssertionError(path + (inWebjar ? " in the webjar" : " of PlanFlow")
                            + " not on the classpath: " + all));
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
