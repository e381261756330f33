package vn.planflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks every model in {@code processes/} and every form in {@code forms/} against the rules the
 * project keeps, without starting an engine. Maven runs tests from the project root, so the two
 * folders are read from the working directory. Each test collects all violations and reports
 * them together.
 */
class ProcessModelConsistencyTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, BpmnModelInstance> models;
    private static Map<String, JsonNode> forms;

    @BeforeAll
    static void readFiles() throws IOException {
        models = new LinkedHashMap<>();
        for (Path file : list(PROCESSES, ".bpmn")) {
            try (InputStream in = Files.newInputStream(file)) {
                models.put(file.getFileName().toString(), Bpmn.readModelFromStream(in));
            }
        }
        forms = new LinkedHashMap<>();
        for (Path file : list(FORMS, ".form")) {
            forms.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
        }
    }

    private static List<Path> list(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void bothFoldersHoldTheExpectedFiles() {
        assertThat(models.keySet()).contains("PlanIssuance.bpmn", "IncomingDocument.bpmn");
        assertThat(forms).isNotEmpty();
    }

    @Test
    void everyElementAndFlowIsDrawn() {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> {
            Map<String, Bounds> shapes = new LinkedHashMap<>();
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                if (shape.getBpmnElement() != null) {
                    shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
                }
            }
            Set<String> edges = new HashSet<>();
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                if (edge.getBpmnElement() != null && edge.getWaypoints().size() >= 2) {
                    edges.add(edge.getBpmnElement().getId());
                }
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (!shapes.containsKey(node.getId()) || shapes.get(node.getId()) == null) {
                    problems.add(file + ": no shape with bounds for " + node.getId());
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (!edges.contains(flow.getId())) {
                    problems.add(file + ": no edge with waypoints for " + flow.getId());
                }
            }
            for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
                Bounds event = shapes.get(boundary.getId());
                Bounds host = shapes.get(boundary.getAttachedTo().getId());
                if (event != null && host != null && !liesOnBorder(event, host)) {
                    problems.add(file + ": " + boundary.getId() + " is not drawn on the border of "
                            + boundary.getAttachedTo().getId());
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static boolean liesOnBorder(Bounds event, Bounds host) {
        double cx = event.getX() + event.getWidth() / 2;
        double cy = event.getY() + event.getHeight() / 2;
        double left = host.getX();
        double right = host.getX() + host.getWidth();
        double top = host.getY();
        double bottom = host.getY() + host.getHeight();
        boolean withinX = cx >= left && cx <= right;
        boolean withinY = cy >= top && cy <= bottom;
        return (withinX && (near(cy, top) || near(cy, bottom))) || (withinY && (near(cx, left) || near(cx, right)));
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= 2;
    }

    @Test
    void everyProcessIsExecutableAndHasAHistoryTimeToLive() {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (process.getCamundaHistoryTimeToLiveString() == null
                        || process.getCamundaHistoryTimeToLiveString().isBlank()) {
                    problems.add(file + ": process " + process.getId() + " has no historyTimeToLive");
                }
                if (!process.isExecutable()) {
                    problems.add(file + ": process " + process.getId() + " is not executable");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyServiceTaskRunsAsynchronouslyWithARetryCycle() {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                if (!task.isCamundaAsyncBefore()) {
                    problems.add(file + ": " + task.getId() + " is not asyncBefore");
                }
                boolean hasCycle = task.getExtensionElements() != null && task.getExtensionElements()
                        .getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
                        .anyMatch(cycle -> cycle.getTextContent() != null && !cycle.getTextContent().isBlank());
                if (!hasCycle) {
                    problems.add(file + ": " + task.getId() + " has no failedJobRetryTimeCycle");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyUserTaskHasADeployedFormADueDateAndSomeoneToDoIt() {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                checkFormRef(file, task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), problems);
                if (isBlank(task.getCamundaDueDate())) {
                    problems.add(file + ": " + task.getId() + " has no due date");
                }
                if (isBlank(task.getCamundaAssignee()) && isBlank(task.getCamundaCandidateGroups())) {
                    problems.add(file + ": " + task.getId() + " has neither an assignee nor candidate groups");
                }
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    checkFormRef(file, start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), problems);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private void checkFormRef(String file, BaseElement element, String formRef, String binding, List<String> problems) {
        if (isBlank(formRef)) {
            problems.add(file + ": " + element.getId() + " has no formRef");
            return;
        }
        if (!"deployment".equals(binding)) {
            problems.add(file + ": " + element.getId() + " binds its form by '" + binding + "', not 'deployment'");
        }
        JsonNode form = forms.get(formRef + ".form");
        if (form == null) {
            problems.add(file + ": " + element.getId() + " refers to missing forms/" + formRef + ".form");
        } else if (!formRef.equals(form.path("id").asText())) {
            problems.add("forms/" + formRef + ".form has id '" + form.path("id").asText() + "'");
        }
    }

    @Test
    void everyUserTaskHasItsTaskListenerOnCreateAndComplete() {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                List<CamundaTaskListener> listeners = task.getExtensionElements() == null ? List.of()
                        : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list();
                Set<String> events = listeners.stream().map(CamundaTaskListener::getCamundaEvent).collect(Collectors.toSet());
                Set<String> expressions = listeners.stream().map(CamundaTaskListener::getCamundaDelegateExpression)
                        .collect(Collectors.toSet());
                if (!events.containsAll(Set.of("create", "complete")) || expressions.size() != 1
                        || expressions.contains(null)) {
                    problems.add(file + ": " + task.getId() + " needs one delegate expression listening to create and complete");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBranchOfAnExclusiveGatewayHasACondition() {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> {
            for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
                if (gateway.getOutgoing().size() < 2) {
                    continue;
                }
                for (SequenceFlow flow : gateway.getOutgoing()) {
                    if (flow.getConditionExpression() == null || isBlank(flow.getConditionExpression().getTextContent())) {
                        problems.add(file + ": " + flow.getId() + " leaves " + gateway.getId() + " without a condition");
                    }
                    if (isBlank(flow.getName())) {
                        problems.add(file + ": " + flow.getId() + " leaves " + gateway.getId() + " without a label");
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFormFollowsTheTasklistSchemaAndHasUniqueKeys() {
        List<String> problems = new ArrayList<>();
        forms.forEach((file, form) -> {
            String expectedId = file.substring(0, file.length() - ".form".length());
            if (!expectedId.equals(form.path("id").asText())) {
                problems.add(file + ": id is '" + form.path("id").asText() + "'");
            }
            if (form.path("schemaVersion").asInt() != 16) {
                problems.add(file + ": schemaVersion is not 16");
            }
            if (!"Camunda Platform".equals(form.path("executionPlatform").asText())
                    || !"7.24.0".equals(form.path("executionPlatformVersion").asText())) {
                problems.add(file + ": not made for Camunda Platform 7.24.0");
            }
            List<String> keys = new ArrayList<>();
            List<String> componentIds = new ArrayList<>();
            collect(form.path("components"), "", keys, componentIds);
            duplicates(keys).forEach(key -> problems.add(file + ": field key '" + key + "' is used twice"));
            duplicates(componentIds).forEach(id -> problems.add(file + ": component id '" + id + "' is used twice"));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFormIsUsedByAProcess() {
        Set<String> referenced = new TreeSet<>();
        models.values().forEach(model -> {
            model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
                    .filter(ref -> !isBlank(ref)).forEach(ref -> referenced.add(ref + ".form"));
            model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
                    .filter(ref -> !isBlank(ref)).forEach(ref -> referenced.add(ref + ".form"));
        });
        assertThat(referenced).containsAll(forms.keySet());
    }

    /**
     * Field keys by their data path: a group or dynamic list with a {@code path} opens a scope,
     * so {@code commentAnswers.text} and a top-level {@code text} do not collide.
     */
    private static void collect(JsonNode components, String scope, List<String> keys, List<String> componentIds) {
        for (JsonNode component : components) {
            if (component.hasNonNull("id")) {
                componentIds.add(component.get("id").asText());
            }
            if (component.hasNonNull("key")) {
                keys.add(scope + component.get("key").asText());
            }
            if (component.has("components")) {
                String path = component.path("path").asText("");
                collect(component.get("components"), path.isEmpty() ? scope : scope + path + ".", keys, componentIds);
            }
        }
    }

    private static Set<String> duplicates(List<String> values) {
        Set<String> seen = new HashSet<>();
        return values.stream().filter(v -> !seen.add(v)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
