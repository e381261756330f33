package vn.planflow.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitService;

/**
 * Who reports to whom, read from the hierarchy: a reporting unit sends to the nearest committee
 * above it inside the plan's scope, and that committee to the next, up to the plan's issuer.
 * Commune → district → province in three levels, commune → province in two; any depth works.
 */
@Component
public class ReportTree {
    private final UnitService units;

    public ReportTree(UnitService units) {
        this.units = units;
    }

    /** One unit in the tree; depth 0 is the top collecting unit. */
    public record Node(String unitId, String parentUnitId, int depth, boolean collector) {
    }

    public record Shape(List<Node> nodes) {
        public int maxDepth() {
            return nodes.stream().mapToInt(Node::depth).max().orElse(0);
        }

        public List<Node> childrenOf(String unitId) {
            return nodes.stream().filter(n -> unitId.equals(n.parentUnitId())).toList();
        }

        public List<Node> collectors() {
            return nodes.stream().filter(Node::collector).toList();
        }
    }

    public Shape build(String rootUnitId, List<String> reportingUnitIds) {
        List<String> reporters = reportingUnitIds.isEmpty() ? defaultReporters(rootUnitId) : reportingUnitIds;
        Unit scope = units.committeeOf(rootUnitId);
        Map<String, String> parent = new LinkedHashMap<>();
        for (String id : reporters) {
            check(id, rootUnitId, scope);
            String current = id;
            List<Unit> chain = units.selfAndAncestors(id);
            for (Unit above : chain.subList(1, chain.size())) {
                if (above.getId().equals(rootUnitId) || above.getId().equals(scope.getId())) {
                    break;
                }
                if (above.getKind() == UnitKind.COMMITTEE) {
                    parent.putIfAbsent(current, above.getId());
                    current = above.getId();
                }
            }
            parent.putIfAbsent(current, rootUnitId);
        }
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node(rootUnitId, null, 0, true));
        for (String id : parent.keySet()) {
            nodes.add(new Node(id, parent.get(id), depth(id, parent), parent.containsValue(id)));
        }
        nodes.sort(Comparator.comparingInt(Node::depth));
        return new Shape(List.copyOf(nodes));
    }

    /** Without a list: every committee at the bottom of the issuer's part of the tree. */
    List<String> defaultReporters(String rootUnitId) {
        Unit scope = units.committeeOf(rootUnitId);
        List<Unit> below = units.descendants(scope.getId());
        // read once from the units below, not once per committee: a ministry has thousands
        Set<String> withCommitteesBelow = below.stream().filter(u -> u.getKind() == UnitKind.COMMITTEE)
                .map(Unit::getParentId).collect(Collectors.toSet());
        List<String> found = below.stream()
                .filter(u -> u.getKind() == UnitKind.COMMITTEE && u.isOnSystem() && u.isActive())
                .filter(u -> !withCommitteesBelow.contains(u.getId()))
                .map(Unit::getId).toList();
        if (found.isEmpty()) {
            throw new ValidationException("reportingUnitIds", "Không có đơn vị cấp dưới nào để báo cáo; hãy chọn đơn vị báo cáo");
        }
        return found;
    }

    /** Where a unit's reports are prepared and its reminders go: a committee's office, or the unit itself. */
    public String deskOf(String unitId) {
        return units.officeOf(unitId).getId();
    }

    /** {@link #deskOf} for all the children of a collector at once (a province collects from about a hundred). */
    Map<String, String> desksOf(List<String> unitIds) {
        Map<String, String> desks = new HashMap<>();
        units.officesOf(unitIds).forEach((unit, office) -> desks.put(unit, office.getId()));
        return desks;
    }

    private void check(String id, String rootUnitId, Unit scope) {
        Unit unit = units.find(id).orElseThrow(() ->
                new ValidationException("reportingUnitIds", "Không có đơn vị mã " + id));
        if (!unit.isOnSystem() || !unit.isActive() || unit.getKind() == UnitKind.EXTERNAL) {
            throw new ValidationException("reportingUnitIds", unit.getName() + " không dùng hệ thống nên không giao báo cáo qua hệ thống được");
        }
        if (id.equals(rootUnitId) || id.equals(scope.getId()) || units.isAtOrBelow(rootUnitId, id)
                || !units.isAtOrBelow(id, scope.getId())) {
            throw new ValidationException("reportingUnitIds", unit.getName()
                    + " không phải đơn vị cấp dưới của " + units.get(rootUnitId).getName());
        }
    }

    private static int depth(String id, Map<String, String> parent) {
        int depth = 0;
        for (String at = id; parent.containsKey(at) && depth < 64; at = parent.get(at)) {
            depth++;
        }
        return depth;
    }
}
