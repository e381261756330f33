package vn.planflow.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.UnitService;

/**
 * Administrators give people their roles in units here, so the domain table and the Camunda
 * groups stay in step (adding a group membership in Camunda Admin alone is not enough).
 */
@RestController
@RequestMapping("/api/units/{unitId}/members")
@Tag(name = "Đơn vị")
@PreAuthorize("hasRole('ADMIN')")
public class MemberController {
    private final IdentityAdminService admin;
    private final Memberships memberships;
    private final UnitService units;

    public MemberController(IdentityAdminService admin, Memberships memberships, UnitService units) {
        this.admin = admin;
        this.memberships = memberships;
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Người của đơn vị và vai trò (quản trị)")
    public List<MemberView> list(@PathVariable String unitId) {
        units.get(unitId);
        return java.util.Arrays.stream(Role.values()).flatMap(r -> memberships.inRole(unitId, r).stream())
                .map(m -> new MemberView(m.getUserId(), m.getFullName(), m.getRole())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Giao vai trò cho một người trong đơn vị; tạo tài khoản nếu chưa có (quản trị)")
    public MemberView grant(@PathVariable String unitId, @RequestBody MemberRequest request) {
        if (request.role() == null) {
            throw new ValidationException("role", "Chưa chọn vai trò");
        }
        if (request.fullName() == null || request.fullName().isBlank() || !request.fullName().strip().contains(" ")) {
            throw new ValidationException("fullName", "Cần họ và tên đầy đủ");
        }
        String name = request.fullName().strip();
        int split = name.lastIndexOf(' ');
        admin.ensureUser(request.userId(), name.substring(0, split), name.substring(split + 1), request.email(),
                request.password());
        admin.grantRole(request.userId(), unitId, request.role(), name);
        return new MemberView(request.userId(), name, request.role());
    }

    public record MemberRequest(String userId, String fullName, String email, String password, Role role) {
    }

    public record MemberView(String userId, String fullName, Role role) {
    }
}
