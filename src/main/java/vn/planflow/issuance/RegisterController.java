package vn.planflow.issuance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.identity.Memberships;
import vn.planflow.support.ForbiddenException;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/** The outgoing register (sổ văn bản đi) of an issuing unit: for its own people and its office. */
@RestController
@RequestMapping("/api/register")
@Tag(name = "Sổ văn bản đi")
public class RegisterController {
    private final OutgoingRegisterService register;
    private final UnitService units;
    private final Memberships memberships;

    public RegisterController(OutgoingRegisterService register, UnitService units, Memberships memberships) {
        this.register = register;
        this.units = units;
        this.memberships = memberships;
    }

    @GetMapping
    @Operation(summary = "Sổ văn bản đi của một cơ quan trong một năm")
    public List<OutgoingRegisterEntry> list(@RequestParam String unitId, @RequestParam int year) {
        check(unitId);
        return register.list(unitId, year);
    }

    @GetMapping("/export")
    @Operation(summary = "Xuất sổ văn bản đi ra tệp Excel (XLSX)")
    public ResponseEntity<byte[]> export(@RequestParam String unitId, @RequestParam int year) {
        Unit unit = check(unitId);
        byte[] xlsx = register.exportXlsx(unitId, year, unit.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("so-van-ban-di-" + unitId + "-" + year + ".xlsx").build().toString())
                .body(xlsx);
    }

    private Unit check(String unitId) {
        Unit unit = units.get(unitId);
        String userId = SecurityContextHolder.getContext().getAuthentication().getName();
        var mine = memberships.unitIds(userId);
        if (!mine.contains(unitId) && !mine.contains(units.officeOf(unitId).getId()) && !memberships.isAdmin(userId)) {
            throw new ForbiddenException("Bạn không có quyền xem sổ văn bản đi của " + unit.getName());
        }
        return unit;
    }
}
