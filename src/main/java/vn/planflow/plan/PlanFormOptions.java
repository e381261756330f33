package vn.planflow.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.planflow.support.FormValues;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitLeader;
import vn.planflow.unit.UnitService;

/**
 * The choices offered on the drafting form: who may issue (the drafting unit or its committee),
 * who may sign for them, and which units may receive or be consulted (the committee's own tree
 * and the units above it), and which lower units may be told to issue their own plan.
 */
@Component
public class PlanFormOptions {
    private final UnitService units;

    public PlanFormOptions(UnitService units) {
        this.units = units;
    }

    Map<String, Object> forDrafter(Plan plan) {
        Unit drafting = units.get(plan.getDraftingUnitId());
        Unit committee = units.committeeOf(drafting.getId());
        Set<Unit> issuers = new LinkedHashSet<>(List.of(committee, drafting));
        List<Map<String, String>> issuerOptions = new ArrayList<>();
        List<Map<String, String>> signerOptions = new ArrayList<>();
        for (Unit issuer : issuers) {
            issuerOptions.add(option(issuer.getName(), issuer.getId()));
            for (UnitLeader l : units.leaders(issuer.getId())) {
                signerOptions.add(option(l.getFullName() + " - " + l.getPosition().title() + ", "
                        + issuer.getShortName(), l.getUserId()));
            }
        }
        // read once: below a ministry these are thousands of units
        List<Unit> below = units.descendants(committee.getId());
        List<Map<String, String>> unitOptions = new ArrayList<>();
        for (Unit u : recipientCandidates(committee, below)) {
            unitOptions.add(option(u.getShortName() + (u.isOnSystem() ? "" : " (ngoài hệ thống)"), u.getId()));
        }
        List<Map<String, String>> childUnitOptions = new ArrayList<>();
        for (Unit u : below) {
            if (u.isActive() && (u.getKind() == UnitKind.COMMITTEE || u.getKind() == UnitKind.DEPARTMENT)) {
                childUnitOptions.add(option(u.getShortName() + (u.isOnSystem() ? "" : " (ngoài hệ thống)"), u.getId()));
            }
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("childUnitOptions", FormValues.json(childUnitOptions));
        v.put("issuerOptions", FormValues.json(issuerOptions));
        v.put("signerOptions", FormValues.json(signerOptions));
        v.put("unitOptions", FormValues.json(unitOptions));
        return v;
    }

    private List<Unit> recipientCandidates(Unit committee, List<Unit> below) {
        List<Unit> list = new ArrayList<>(units.selfAndAncestors(committee.getId()));
        list.addAll(below);
        return list.stream().filter(Unit::isActive)
                .filter(u -> u.getKind() != UnitKind.OFFICE || u.getParentId().equals(committee.getId()))
                .toList();
    }

    private static Map<String, String> option(String label, String value) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("value", value);
        return m;
    }
}
