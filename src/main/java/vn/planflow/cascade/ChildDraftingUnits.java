package vn.planflow.cascade;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitService;

/**
 * Which unit drafts the plan demanded of a unit (ADR 0004). A department or office drafts its own.
 * A committee's plan is drafted by its department of the same sector as the parent's drafting
 * unit (Sở TTTT -> Phòng VHTT), else by its office, else - a commune without either - by the
 * committee itself.
 */
@Component
public class ChildDraftingUnits {
    private final UnitService units;
    private final CascadeSettings settings;

    public ChildDraftingUnits(UnitService units, CascadeSettings settings) {
        this.units = units;
        this.settings = settings;
    }

    public Unit forDemand(Unit demanded, Unit parentDraftingUnit) {
        if (demanded.getKind() != UnitKind.COMMITTEE) {
            return demanded;
        }
        Set<String> sector = settings.sectorCodes(parentDraftingUnit.getCode());
        List<Unit> below = units.children(demanded.getId()).stream().filter(Unit::isActive).toList();
        return below.stream()
                .filter(u -> u.getKind() == UnitKind.DEPARTMENT && sector.contains(CascadeSettings.normal(u.getCode())))
                .findFirst()
                .or(() -> below.stream().filter(u -> u.getKind() == UnitKind.OFFICE).findFirst())
                .orElse(demanded);
    }
}
