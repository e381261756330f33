package vn.planflow.unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.support.ConflictException;
import vn.planflow.support.ValidationException;

/** Administrators keep the hierarchy: add, change, deactivate units and leaders. */
@Service
@Transactional
public class UnitAdminService {
    private final UnitRepository units;
    private final UnitLeaderRepository leaders;
    private final UnitService reader;

    public UnitAdminService(UnitRepository units, UnitLeaderRepository leaders, UnitService reader) {
        this.units = units;
        this.leaders = leaders;
        this.reader = reader;
    }

    public Unit create(UnitRequest request) {
        request.validate();
        if (units.existsById(request.id())) {
            throw new ConflictException("id", "Mã đơn vị " + request.id() + " đã có");
        }
        checkParent(request.id(), request.parentId());
        return units.save(request.toUnit());
    }

    public Unit update(String id, UnitRequest request) {
        request.validate();
        Unit unit = reader.get(id);
        checkParent(id, request.parentId());
        unit.update(request.name(), request.shortName(), request.headerName(), request.kind(), request.level(),
                request.parentId(), request.code(), request.placeName(), request.onSystem());
        return unit;
    }

    public Unit setActive(String id, boolean active) {
        Unit unit = reader.get(id);
        unit.setActive(active);
        return unit;
    }

    public UnitLeader addLeader(String unitId, String userId, String fullName, LeaderPosition position) {
        reader.get(unitId);
        if (userId == null || userId.isBlank() || fullName == null || fullName.isBlank() || position == null) {
            throw new ValidationException("leader", "Cần mã người dùng, họ tên và chức vụ của lãnh đạo");
        }
        return leaders.findByUnitIdAndUserId(unitId, userId)
                .orElseGet(() -> leaders.save(new UnitLeader(unitId, userId, fullName, position)));
    }

    private void checkParent(String id, String parentId) {
        if (parentId == null) {
            return;
        }
        reader.get(parentId);
        if (reader.isAtOrBelow(parentId, id)) {
            throw new ValidationException("parentId", "Đơn vị cấp trên không được là chính nó hoặc đơn vị cấp dưới của nó");
        }
    }
}
