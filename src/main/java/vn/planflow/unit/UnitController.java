package vn.planflow.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Everyone signed in may read the hierarchy; only administrators change it. */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Đơn vị")
public class UnitController {
    private final UnitService units;
    private final UnitAdminService admin;

    public UnitController(UnitService units, UnitAdminService admin) {
        this.units = units;
        this.admin = admin;
    }

    @GetMapping
    @Operation(summary = "Tất cả đơn vị")
    public List<Unit> all() {
        return units.all();
    }

    @GetMapping("/{id}")
    public Unit one(@PathVariable String id) {
        return units.get(id);
    }

    @GetMapping("/{id}/children")
    public List<Unit> children(@PathVariable String id) {
        units.get(id);
        return units.children(id);
    }

    @GetMapping("/{id}/leaders")
    public List<UnitLeader> leaders(@PathVariable String id) {
        units.get(id);
        return units.leaders(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Thêm đơn vị (quản trị)")
    public Unit create(@RequestBody UnitRequest request) {
        return admin.create(request);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sửa đơn vị (quản trị)")
    public Unit update(@PathVariable String id, @RequestBody UnitRequest request) {
        return admin.update(id, request);
    }

    @PostMapping("/{id}/leaders")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Thêm lãnh đạo có thẩm quyền ký (quản trị)")
    public UnitLeader addLeader(@PathVariable String id, @RequestBody LeaderRequest request) {
        return admin.addLeader(id, request.userId(), request.fullName(), request.position());
    }

    public record LeaderRequest(String userId, String fullName, LeaderPosition position) {
    }
}
