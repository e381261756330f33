package vn.planflow.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holiday table behind every deadline. Everyone signed in may read a year (forms show why a
 * due date moved); only administrators add or remove days, after the Prime Minister's decision.
 */
@RestController
@RequestMapping("/api/holidays")
@Tag(name = "Lịch nghỉ lễ, tết")
public class HolidayController {
    private final HolidayAdminService admin;

    public HolidayController(HolidayAdminService admin) {
        this.admin = admin;
    }

    @GetMapping
    @Operation(summary = "Các ngày nghỉ lễ, tết của một năm")
    public List<PublicHoliday> list(@RequestParam int year) {
        return admin.list(year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Thêm một ngày nghỉ (quản trị)")
    public PublicHoliday add(@RequestBody HolidayRequest request) {
        return admin.add(request.day(), request.name(), request.kind());
    }

    @DeleteMapping("/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Bỏ một ngày khỏi lịch nghỉ (quản trị)")
    public void remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        admin.remove(day);
    }

    /** day as ISO date (2026-02-16); kind FIXED, LUNAR or COMPENSATORY. */
    public record HolidayRequest(LocalDate day, String name, HolidayKind kind) {
    }
}
