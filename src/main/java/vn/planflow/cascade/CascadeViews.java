package vn.planflow.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanLineageService;
import vn.planflow.plan.PlanService;

/**
 * Builds the cascade view with one query per depth (demands, then their child plans), so a
 * province with thousands of communes costs a handful of queries, not one per unit.
 */
@Service
@Transactional(readOnly = true)
public class CascadeViews {
    private static final int MAX_DEPTH = 16;
    private final ChildPlanDemandRepository demands;
    private final PlanService plans;
    private final PlanLineageService lineage;

    public CascadeViews(ChildPlanDemandRepository demands, PlanService plans, PlanLineageService lineage) {
        this.demands = demands;
        this.plans = plans;
        this.lineage = lineage;
    }

    ChildPlanProgress progress(ChildPlanDemand d) {
        return ChildPlanProgress.of(d, d.getChildPlanId() == null ? null : plans.get(d.getChildPlanId()));
    }

    public CascadeView of(Plan root, String issuingUnitName) {
        LocalDate today = CascadeTime.today();
        Map<Long, List<ChildPlanDemand>> byParent = new HashMap<>();
        Map<Long, Plan> children = new HashMap<>();
        List<Long> frontier = List.of(root.getId());
        for (int depth = 1; depth <= MAX_DEPTH && !frontier.isEmpty(); depth++) {
            List<ChildPlanDemand> level = demands.findByParentPlanIdIn(frontier);
            level.forEach(d -> byParent.computeIfAbsent(d.getParentPlanId(), k -> new ArrayList<>()).add(d));
            List<Long> childIds = level.stream().map(ChildPlanDemand::getChildPlanId).filter(Objects::nonNull).toList();
            children.putAll(lineage.findAll(childIds).stream().collect(Collectors.toMap(Plan::getId, Function.identity())));
            frontier = childIds;
        }
        Map<Integer, List<CascadeView.Node>> flat = new LinkedHashMap<>();
        List<CascadeView.Node> top = nodes(root.getId(), 1, byParent, children, today, flat);
        List<CascadeView.LevelCount> levels = flat.entrySet().stream()
                .map(e -> count(e.getKey(), e.getValue())).toList();
        List<CascadeView.Node> all = flat.values().stream().flatMap(List::stream).toList();
        return new CascadeView(root.getId(), root.getCode(), root.getIssuedOn(), root.getTitle(), root.getIssuingUnitId(),
                issuingUnitName, all.size(), byStatus(all), (int) all.stream().filter(CascadeView.Node::late).count(),
                levels, top);
    }

    private List<CascadeView.Node> nodes(Long parentId, int depth, Map<Long, List<ChildPlanDemand>> byParent,
                                         Map<Long, Plan> children, LocalDate today,
                                         Map<Integer, List<CascadeView.Node>> flat) {
        List<CascadeView.Node> list = new ArrayList<>();
        List<ChildPlanDemand> mine = new ArrayList<>(byParent.getOrDefault(parentId, List.of()));
        mine.sort((a, b) -> a.getUnitName().compareTo(b.getUnitName()));
        for (ChildPlanDemand d : mine) {
            Plan child = d.getChildPlanId() == null ? null : children.get(d.getChildPlanId());
            ChildPlanProgress progress = ChildPlanProgress.of(d, child);
            boolean late = d.getStatus().open() && (d.getEscalatedAt() != null || today.isAfter(d.getDueDate()));
            List<CascadeView.Node> below = child == null || depth >= MAX_DEPTH ? List.of()
                    : nodes(child.getId(), depth + 1, byParent, children, today, flat);
            // a numbered child shows its number before the parent's record catches up with it
            boolean numbered = child != null && child.getCode() != null;
            boolean document = numbered && child.getDocumentFileId() != null;
            CascadeView.Node node = new CascadeView.Node(d.getId(), d.getUnitId(), d.getUnitName(), d.getUnitLevel(),
                    depth, d.isOnSystem(), d.getDraftingUnitId(), d.getDueDate(), progress.name(), progress.label(), late,
                    d.getEscalatedAt() != null, d.getReminderCount(), d.getChildPlanId(),
                    numbered ? child.getCode() : d.getIssuedCode(), numbered ? child.getIssuedOn() : d.getIssuedOn(),
                    d.isRecordedByHand(),
                    document ? "/api/plans/" + child.getId() + "/document" : null, d.getNote(),
                    d.getProcessInstanceId(), below);
            flat.computeIfAbsent(depth, k -> new ArrayList<>()).add(node);
            list.add(node);
        }
        return list;
    }

    private static CascadeView.LevelCount count(int depth, List<CascadeView.Node> nodes) {
        List<String> unitLevels = new ArrayList<>(nodes.stream().map(CascadeView.Node::unitLevel)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
        return new CascadeView.LevelCount(depth, unitLevels, nodes.size(), byStatus(nodes),
                (int) nodes.stream().filter(CascadeView.Node::late).count());
    }

    private static Map<String, Integer> byStatus(List<CascadeView.Node> nodes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ChildPlanProgress p : ChildPlanProgress.values()) {
            counts.put(p.name(), 0);
        }
        nodes.forEach(n -> counts.merge(n.status(), 1, Integer::sum));
        return counts;
    }
}
