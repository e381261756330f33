package vn.planflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese texts and configuration PlanFlow adds to Camunda's webapps
 * (src/main/resources/META-INF/resources/webjars/camunda/app/&lt;app&gt;/...), checked against the
 * English texts shipped in the camunda-webapp-webjar on the same classpath. Plain JUnit, no Spring.
 */
class WebappLocalesTest {

    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}|%[sd]");
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(?:a|b|br|code|em|i|p|span|strong)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /** English values that are names or format strings and so stay as they are in Vietnamese. */
    private static final Set<String> SAME_AS_ENGLISH_ALLOWED = Set.of(
            "Camunda", "Optimize", "CSV", "JSON", "null", "<", "<=", ">", ">=",
            "L", "DD/MM/YYYY", "HH:mm", "YYYY-MM-DDTHH:mm:ss", "1", "4");

    /**
     * Cockpit's enterprise dialogs write "instance" and glue the plural suffix "s" to it for more
     * than one (PLGN_BATCH_S after PLGN_BATCH_INSTANCE, ...). Vietnamese nouns do not inflect, so the
     * suffix completes "hồ sơ" to the full term "hồ sơ quy trình": right with and without it.
     */
    private static final List<String> PLURAL_SUFFIX_KEYS =
            List.of("PLGN_BATCH", "PLGN_MIG", "PLGN_MOD_DIALOG", "PLGN_MOD_RESTART_DIALOG");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseHasExactlyTheKeysOfTheShippedEnglish(String app) {
        Map<String, JsonNode> en = leaves(shippedEnglish(app));
        Map<String, JsonNode> vi = leaves(ourVietnamese(app));

        assertThat(en).as("shipped %s en.json", app).hasSizeGreaterThan(100);
        assertThat(new TreeSet<>(vi.keySet()))
                .as("key paths of %s vi.json", app)
                .isEqualTo(new TreeSet<>(en.keySet()));
        en.forEach((path, value) -> assertThat(vi.get(path).getNodeType())
                .as("%s %s type", app, path).isEqualTo(value.getNodeType()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyVietnameseValueIsFilledKeepsPlaceholdersAndMarkupAndIsTranslated(String app) {
        Map<String, JsonNode> en = leaves(shippedEnglish(app));
        Map<String, JsonNode> vi = leaves(ourVietnamese(app));
        List<String> problems = new ArrayList<>();

        en.forEach((path, enNode) -> {
            JsonNode viNode = vi.get(path);
            if (viNode == null || !enNode.isTextual()) {
                return; // structure is checked by the test above; numbers (week.dow) stay as they are
            }
            String english = enNode.asText();
            String vietnamese = viNode.asText();
            if (vietnamese.isBlank()) {
                problems.add(path + " is empty");
            }
            List<String> missing = new ArrayList<>(matches(PLACEHOLDER, english));
            for (String found : matches(PLACEHOLDER, vietnamese)) {
                missing.remove(found);
            }
            if (!missing.isEmpty()) {
                problems.add(path + " lost placeholders " + missing + ": " + vietnamese);
            }
            if (!sorted(matches(HTML_TAG, english)).equals(sorted(matches(HTML_TAG, vietnamese)))) {
                problems.add(path + " changed its HTML: " + vietnamese);
            }
            if (!english.isBlank() && english.equals(vietnamese) && !SAME_AS_ENGLISH_ALLOWED.contains(english)) {
                problems.add(path + " is still English: " + english);
            }
        });
        assertThat(problems).as("%s vi.json", app).isEmpty();
    }

    @Test
    void cockpitsPluralSuffixReadsRightWithAndWithoutIt() {
        JsonNode en = shippedEnglish("cockpit").path("labels");
        JsonNode vi = ourVietnamese("cockpit").path("labels");
        for (String prefix : PLURAL_SUFFIX_KEYS) {
            assertThat(en.path(prefix + "_INSTANCE").asText() + en.path(prefix + "_S").asText())
                    .as("the shipped English builds the plural of %s by appending", prefix).isEqualTo("instances");
            String one = vi.path(prefix + "_INSTANCE").asText();
            assertThat(one).as(prefix + "_INSTANCE").isEqualTo("hồ sơ");
            assertThat(one + vi.path(prefix + "_S").asText()).as(prefix + "_INSTANCE + _S")
                    .isEqualTo("hồ sơ quy trình");
        }
    }

    @Test
    void keyTermsUseThePlanFlowVocabulary() {
        JsonNode tasklist = ourVietnamese("tasklist").path("labels");
        assertThat(tasklist.path("CLAIM_TASK").asText()).contains("Nhận");
        assertThat(tasklist.path("UNCLAIM_TASK").asText()).isNotBlank().isNotEqualTo("Unclaim");
        assertThat(tasklist.path("COMPLETE").asText()).isEqualTo("Hoàn thành");
        assertThat(tasklist.path("DUE_DATE").asText()).isEqualTo("Hạn xử lý");
        assertThat(tasklist.path("FOLLOW_UP_DATE").asText()).isEqualTo("Ngày theo dõi");
        assertThat(tasklist.path("CANDIDATE_GROUP").asText()).isEqualTo("Nhóm xử lý");
        assertThat(tasklist.path("ASSIGNEE").asText()).isEqualTo("Người được giao");
        assertThat(tasklist.path("FILTERS").asText()).isEqualTo("Bộ lọc");
        assertThat(tasklist.path("START_PROCESS").asText()).contains("quy trình");
        assertThat(tasklist.path("PROCESS_INSTANCE_ID").asText()).contains("hồ sơ quy trình");
        assertThat(tasklist.path("SIGN_OUT_ACTION").asText()).isEqualTo("Đăng xuất");
        assertThat(tasklist.path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Đăng nhập");
        assertThat(ourVietnamese("tasklist").path("dateLocales").path("months").get(0).asText())
                .isEqualTo("tháng 1");

        JsonNode cockpit = ourVietnamese("cockpit").path("labels");
        assertThat(cockpit.path("DASHBOARD_OPEN_INCIDENTS").asText()).contains("Sự cố");
        assertThat(cockpit.path("DASHBOARD_RUNNING_PROCESS_INSTANCE").asText()).contains("Hồ sơ quy trình");
        assertThat(cockpit.path("COCKPIT_PROCESSES").asText()).isEqualTo("Quy trình");
        assertThat(cockpit.path("COCKPIT_DEPLOYMENTS").asText()).isEqualTo("Bản triển khai");
        assertThat(cockpit.path("PLUGIN_JOBS").asText()).isEqualTo("Công việc tự động");
        assertThat(cockpit.path("PLGN_CLUP_RETRY").asText()).isEqualTo("Thử lại");

        JsonNode admin = ourVietnamese("admin").path("labels");
        assertThat(admin.path("USERS_USERS").asText()).isEqualTo("Người dùng");
        assertThat(admin.path("GROUPS_GROUPS").asText()).isEqualTo("Nhóm");
        assertThat(admin.path("TENANTS_TENANTS").asText()).isEqualTo("Đơn vị thuê");
        assertThat(admin.path("AUTHORIZATION_AUTHORIZATIONS").asText()).isEqualTo("Phân quyền");

        JsonNode welcome = ourVietnamese("welcome").path("labels");
        assertThat(welcome.path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Đăng nhập");
        assertThat(welcome.path("CAM_WIDGET_HEADER_SIGN_OUT").asText()).isEqualTo("Đăng xuất");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configDeclaresVietnameseWithEnglishFallbackThePlanFlowHeaderAndNoBanner(String app) {
        URL first = Thread.currentThread().getContextClassLoader().getResource(APP_ROOT + app + "/scripts/config.js");
        assertThat(first).as("%s config.js on the classpath", app).isNotNull();
        assertThat(first.toString()).as("our %s config.js must shadow the webjar's", app).doesNotContain(WEBJAR);

        String config = read(first);
        String exported = config.substring(config.indexOf("export default"));
        // Missing keys of vi.json are shown from en.json, never as raw keys: fallbackLocale 'en'.
        assertThat(exported).containsPattern(
                "locales:\\s*\\{\\s*availableLocales:\\s*\\[\\s*'vi'\\s*,\\s*'en'\\s*]\\s*,\\s*fallbackLocale:\\s*'en'\\s*}");
        assertThat(exported).containsPattern("vendor:\\s*'PlanFlow'");
        // Vietnamese even for a browser that asks for English: the app loads PlanFlow's module.
        assertThat(exported)
                .containsPattern("deps:\\s*\\['planflow-locale', 'planflow-brand'[],]")
                .containsPattern("ngDeps:\\s*\\['planflow.locale', 'planflow.brand'[],]")
                .containsPattern("'planflow-locale':\\s*'\\.\\./\\.\\./lib/planflow-locale'")
                .containsPattern("'planflow-brand':\\s*'\\.\\./\\.\\./lib/planflow-brand'");
        // The Camunda 8 migration banner has no switch in 7.24 and is hidden by a style rule.
        assertThat(config).contains(".ce-eol-banner { display: none !important; }");
        // Both declared locales exist for this app, so no "declared as available locale" error.
        assertThat(resourceIn(app + "/locales/vi.json", false)).isNotNull();
        assertThat(resourceIn(app + "/locales/en.json", true)).isNotNull();
    }

    @Test
    void planflowLocaleModuleMakesVietnameseTheDefaultAndKeepsDatesInIt() {
        // requireJsConfig paths resolve against /camunda/app/<app>/: '../../lib/planflow-locale'
        URL module = Thread.currentThread().getContextClassLoader()
                .getResource("META-INF/resources/webjars/camunda/lib/planflow-locale.js");
        assertThat(module).as("lib/planflow-locale.js on the classpath").isNotNull();
        String js = read(module);
        assertThat(js)
                .contains("define(['angular'], function (angular) {")
                .contains(".module('planflow.locale', ['pascalprecht.translate'])")
                .contains("var DEFAULT_LOCALE = 'vi';")
                .contains("var SUPPORTED = ['vi', 'en'];")
                .contains("$translateProvider.preferredLanguage(locale);")
                // only the chosen language's file may set moment's locale
                .contains("$provide.decorator('localeLoader'")
                .contains("options.key !== locale")
                .contains("$provide.decorator('$locale'")
                .contains("$provide.decorator('camWidgetHeaderDirective'")
                .contains("'Candidate Group': 'Nhóm xử lý'")
                .contains("'Assignee': 'Người được giao'");
    }

    @Test
    void everyTasklistFilterCriterionHasAVietnameseName() {
        // The filter dialog translates its English criterion and group names as keys; those that
        // are not keys of en.json must be in planflow-locale.js's EXTRA_LABELS_VI.
        String bundle = read(resourceIn("tasklist/camunda-tasklist-bootstrap.js", true));
        String js = read(Thread.currentThread().getContextClassLoader()
                .getResource("META-INF/resources/webjars/camunda/lib/planflow-locale.js"));
        JsonNode en = shippedEnglish("tasklist").path("labels");
        Set<String> headerApps = Set.of("", "Admin", "Cockpit", "Tasklist", "Welcome");
        List<String> missing = new ArrayList<>();
        Matcher m = Pattern.compile("(?:label|group):\"([^\"]*)\"").matcher(bundle);
        int count = 0;
        while (m.find()) {
            String text = m.group(1);
            if (headerApps.contains(text) || en.has(text)) {
                continue;
            }
            count++;
            if (!js.contains("'" + text + "': '")) {
                missing.add(text);
            }
        }
        assertThat(count).as("criterion names found in the bundle").isGreaterThan(40);
        assertThat(missing).as("criterion names without Vietnamese").isEmpty();
    }

    @Test
    void tasklistConfigKeepsTheShippedShortcutsAndTheWelcomeSwitch() {
        String config = read(resourceIn("tasklist/scripts/config.js", false));
        String shipped = read(resourceIn("tasklist/scripts/config.js", true));
        Matcher keys = Pattern.compile("key:\\s*'([^']+)'").matcher(shipped);
        int count = 0;
        while (keys.find()) {
            assertThat(config).contains("key: '" + keys.group(1) + "'");
            count++;
        }
        assertThat(count).isEqualTo(5);
        assertThat(config).contains("disableWelcomeMessage: true");
    }

    @Test
    void shippedBundlesStillWorkTheWayTheConfigAssumes() {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            String bundle = read(resourceIn(app + "/camunda-" + app + "-bootstrap.js", true));
            assertThat(bundle).as("%s bundle", app)
                    // the element our style rule hides, shown unconditionally in 7.24
                    .contains("class=\"ce-eol-banner\"")
                    .contains("isCommunityEdition=!0")
                    // config app.vendor + app.name make the header's brand name
                    .containsPattern("(\\w)\\.app&&\\1\\.app\\.vendor\\?\\1\\.app\\.vendor:\"Camunda\"")
                    // config locales.fallbackLocale is handed to angular-translate
                    .contains("getFallbackLocale")
                    .contains(".fallbackLanguage(")
                    // the browser language decides the default, which planflow.locale overrides
                    .contains("determinePreferredLanguage")
                    // the factory planflow.locale decorates, which gives dateLocales to moment
                    .contains("factory(\"localeLoader\"")
                    .contains("dateLocales")
                    // requireJsConfig.deps are loaded and ngDeps join the app's custom module
                    .contains("module(\"cam." + app + ".custom\",")
                    .containsPattern("\\.deps\\|\\|\\[]")
                    .contains(".ngDeps")
                    // the header widget whose app menu planflow.locale relabels
                    .contains("directive(\"camWidgetHeader\"")
                    .contains("{welcome:{label:\"Welcome\"}");
        }
    }

    // --- helpers ---------------------------------------------------------------------------

    private static JsonNode shippedEnglish(String app) {
        return parse(resourceIn(app + "/locales/en.json", true));
    }

    private static JsonNode ourVietnamese(String app) {
        return parse(resourceIn(app + "/locales/vi.json", false));
    }

    /** The resource under app/ from the webjar (inWebjar) or from PlanFlow's own resources. */
    private static URL resourceIn(String path, boolean inWebjar) {
        try {
            List<URL> all = Collections.list(
                    Thread.currentThread().getContextClassLoader().getResources(APP_ROOT + path));
            return all.stream()
                    .filter(url -> url.toString().contains(WEBJAR) == inWebjar)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            (inWebjar ? "webjar's " : "PlanFlow's ") + path + " not on the classpath: " + all));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(URL url) {
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in); // Jackson skips the UTF-8 BOM the webjar's files start with
        } catch (IOException e) {
            throw new UncheckedIOException(url.toString(), e);
        }
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(url.toString(), e);
        }
    }

    /** Every leaf of the JSON tree by its path, e.g. /labels/CLAIM_TASK or /dateLocales/months[0]. */
    private static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), path + "/" + field.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, node);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return copy;
    }
}
