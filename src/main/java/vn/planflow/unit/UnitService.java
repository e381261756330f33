package vn.planflow.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;

/** Reads the hierarchy: who is above whom, which office serves a committee, who may sign. */
@Service
@Transactional(readOnly = true)
public class UnitService {
    private final UnitRepository units;
    private final UnitLeaderRepository leaders;

    public UnitService(UnitRepository units, UnitLeaderRepository leaders) {
        this.units = units;
        this.leaders = leaders;
    }

    public Unit get(String id) {
        if (id == null || id.isBlank()) {
            throw new ValidationException("unitId", "Chưa chọn đơn vị");
        }
        return units.findById(id).orElseThrow(() -> new NotFoundException("unitId", "Không có đơn vị mã " + id));
    }

    public Optional<Unit> find(String id) {
        return id == null ? Optional.empty() : units.findById(id);
    }

    public List<Unit> all() {
        return units.findAllByOrderByIdAsc();
    }

    public List<Unit> children(String id) {
        return units.findByParentIdOrderByName(id);
    }

    /** The unit itself first, then its parent, up to the root. */
    public List<Unit> selfAndAncestors(String id) {
        List<Unit> chain = new ArrayList<>();
        Unit current = get(id);
        while (current != null && chain.size() < 64) {
            chain.add(current);
            current = current.getParentId() == null ? null : units.findById(current.getParentId()).orElse(null);
        }
        return chain;
    }

    /**
     * Every unit below the given one, breadth first, each unit's children together and by name.
     * One query per level, not per unit: below a ministry there are thousands of units.
     */
    public List<Unit> descendants(String id) {
        List<Unit> found = new ArrayList<>();
        List<String> level = List.of(id);
        while (!level.isEmpty()) {
            Map<String, List<Unit>> byParent = new HashMap<>();
            for (Unit child : units.findByParentIdInOrderByName(level)) {
                byParent.computeIfAbsent(child.getParentId(), p -> new ArrayList<>()).add(child);
            }
            List<String> next = new ArrayList<>();
            for (String parent : level) {
                for (Unit child : byParent.getOrDefault(parent, List.of())) {
                    found.add(child);
                    next.add(child.getId());
                }
            }
            level = next;
        }
        return found;
    }

    public boolean isAtOrBelow(String unitId, String ancestorId) {
        return selfAndAncestors(unitId).stream().anyMatch(u -> u.getId().equals(ancestorId));
    }

    /** The committee a department belongs to, or the committee itself. */
    public Unit committeeOf(String unitId) {
        return selfAndAncestors(unitId).stream().filter(u -> u.getKind() == UnitKind.COMMITTEE)
                .findFirst().orElse(get(unitId));
    }

    /** Where form checking and the registers live: a committee's office, or a department itself. */
    public Unit officeOf(String issuingUnitId) {
        Unit issuer = get(issuingUnitId);
        if (issuer.getKind() != UnitKind.COMMITTEE) {
            return issuer;
        }
        return children(issuingUnitId).stream().filter(u -> u.getKind() == UnitKind.OFFICE)
                .findFirst().orElse(issuer);
    }

    /** {@link #officeOf} for many units at once, by unit id: two queries, not two per unit. */
    public Map<String, Unit> officesOf(Collection<String> unitIds) {
        Map<String, Unit> byId = new HashMap<>();
        units.findAllById(unitIds).forEach(u -> byId.put(u.getId(), u));
        List<String> committees = byId.values().stream().filter(u -> u.getKind() == UnitKind.COMMITTEE)
                .map(Unit::getId).toList();
        Map<String, Unit> offices = new HashMap<>();
        if (!committees.isEmpty()) {
            units.findByParentIdInOrderByName(committees).stream().filter(u -> u.getKind() == UnitKind.OFFICE)
                    .forEach(o -> offices.putIfAbsent(o.getParentId(), o));
        }
        Map<String, Unit> found = new HashMap<>();
        for (String id : unitIds) {
            Unit unit = byId.containsKey(id) ? byId.get(id) : get(id);
            found.put(id, offices.getOrDefault(id, unit));
        }
        return found;
    }

    /** The regular header line above a department's own name, e.g. "UBND HUYỆN ĐÔNG HÀ". */
    public String parentBodyLine(Unit unit) {
        if (unit.getKind() == UnitKind.COMMITTEE || unit.getParentId() == null) {
            return null;
        }
        return get(unit.getParentId()).getShortName().toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    public List<UnitLeader> leaders(String unitId) {
        return leaders.findByUnitIdOrderByPosition(unitId);
    }

    /** The signer must be a leader of the issuing unit. */
    public UnitLeader signer(String issuingUnitId, String userId) {
        return leaders.findByUnitIdAndUserId(issuingUnitId, userId).orElseThrow(() -> new ValidationException(
                "signerId", "Người ký phải là lãnh đạo của " + get(issuingUnitId).getName()));
    }
}
