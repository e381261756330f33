package vn.planflow.issuance;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.XlsxTable;
import vn.planflow.support.ConflictException;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The outgoing register ("sổ đăng ký văn bản đi") kept by the records clerk of each issuing unit. */
@Service
public class OutgoingRegisterService {

    static final List<String> HEADERS = List.of("Số, ký hiệu", "Ngày văn bản", "Tên loại và trích yếu nội dung",
            "Người ký", "Nơi nhận", "Đơn vị lưu", "Số lượng bản", "Ngày chuyển", "Ghi chú");
    private static final String UNIQUE_NUMBER = "uq_outgoing_register_number";

    private final OutgoingRegisterRepository repository;

    public OutgoingRegisterService(OutgoingRegisterRepository repository) {
        this.repository = repository;
    }

    /** Part of the issuing transaction, together with {@link NumberingService#next}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutgoingRegisterEntry register(RegisterEntryRequest request) {
        if (request == null) {
            throw new ValidationException("Chưa có thông tin văn bản để vào sổ.");
        }
        request.validate();
        try {
            // Flush now so a duplicate number fails here, as a conflict, not at commit.
            return repository.saveAndFlush(new OutgoingRegisterEntry(request, Instant.now()));
        } catch (DataIntegrityViolationException e) {
            if (!mentions(e, UNIQUE_NUMBER)) {
                throw e;
            }
            throw new ConflictException("number", "Số " + String.format("%02d", request.number()) + " năm "
                    + request.year() + " của đơn vị đã có trong sổ văn bản đi.");
        }
    }

    @Transactional
    public OutgoingRegisterEntry markSent(long planId, LocalDate sentOn) {
        if (sentOn == null) {
            throw new ValidationException("sentOn", "Chưa nhập ngày chuyển.");
        }
        OutgoingRegisterEntry entry = repository.findFirstByPlanIdOrderByIdDesc(planId)
                .orElseThrow(() -> new NotFoundException("planId", "Kế hoạch chưa được vào sổ văn bản đi."));
        if (sentOn.isBefore(entry.getIssuedOn())) {
            throw new ValidationException("sentOn", "Ngày chuyển không được trước ngày văn bản.");
        }
        entry.markSent(sentOn);
        return entry;
    }

    @Transactional(readOnly = true)
    public Optional<OutgoingRegisterEntry> findByPlan(long planId) {
        return repository.findFirstByPlanIdOrderByIdDesc(planId);
    }

    @Transactional(readOnly = true)
    public List<OutgoingRegisterEntry> list(String issuingUnitId, int year) {
        return repository.findByIssuingUnitIdAndRegisterYearOrderByNumberAsc(issuingUnitId, year);
    }

    /** The register of one unit and year as a spreadsheet laid out like the paper book. */
    @Transactional(readOnly = true)
    public byte[] exportXlsx(String issuingUnitId, int year, String unitDisplayName) {
        List<List<Object>> rows = new ArrayList<>();
        for (OutgoingRegisterEntry e : list(issuingUnitId, year)) {
            rows.add(row(e));
        }
        String unit = unitDisplayName == null || unitDisplayName.isBlank() ? issuingUnitId : unitDisplayName;
        return XlsxTable.write("Sổ văn bản đi " + year,
                "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM " + year + " - " + unit.toUpperCase(Locale.forLanguageTag("vi")),
                HEADERS, rows);
    }

    /** Column order follows {@link #HEADERS}; XlsxTable writes dates as dates and null as blank. */
    private static List<Object> row(OutgoingRegisterEntry e) {
        return Arrays.asList(e.getCode(), e.getIssuedOn(), e.getDocumentType() + ": " + e.getTitle(),
                e.getSignerName(), e.getRecipients(), e.getArchiveUnit(), e.getCopies(), e.getSentOn(), e.getNotes());
    }

    private static boolean mentions(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
