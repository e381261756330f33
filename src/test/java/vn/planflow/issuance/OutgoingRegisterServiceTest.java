package vn.planflow.issuance;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.support.ConflictException;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@Import({IssuanceTestConfig.class, OutgoingRegisterService.class})
class OutgoingRegisterServiceTest {

    private static final String UNIT = "ninh-an.ubnd";

    @Autowired
    OutgoingRegisterService register;

    private static RegisterEntryRequest plan(int number, Long planId) {
        return new RegisterEntryRequest(UNIT, 2026, number, String.format("%02d/KH-UBND", number),
                LocalDate.of(2026, 2, 5), "Kế hoạch",
                "Thông tin, tuyên truyền chuyển đổi số năm 2026 (" + number + ")",
                "Trần Văn Bình", "- UBND các xã, phường;\n- Sở Văn hóa, Thể thao và Du lịch;",
                "VT, VHTT", 12, null, null, planId);
    }

    @Test
    void registersFindsByPlanAndMarksSent() {
        OutgoingRegisterEntry saved = register.register(plan(7, 501L));
        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getCreatedAt()).isNotNull();
        assertThat(register.findByPlan(501L)).get().extracting(OutgoingRegisterEntry::getCode)
                .isEqualTo("07/KH-UBND");
        assertThat(register.findByPlan(999L)).isEmpty();

        register.markSent(501L, LocalDate.of(2026, 2, 5));
        assertThat(register.findByPlan(501L)).get().extracting(OutgoingRegisterEntry::getSentOn)
                .isEqualTo(LocalDate.of(2026, 2, 5));
        assertThatThrownBy(() -> register.markSent(501L, LocalDate.of(2026, 2, 4)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> register.markSent(999L, LocalDate.of(2026, 2, 5)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void listIsOrderedByNumberAndPerUnitAndYear() {
        register.register(plan(3, null));
        register.register(plan(1, null));
        register.register(plan(2, null));
        register.register(new RegisterEntryRequest("other.unit", 2026, 1, "01/KH-UBND", LocalDate.of(2026, 1, 9),
                "Kế hoạch", "Khác", "Lê Thị C", "- Lưu: VT.", "VT", 1, null, null, null));

        assertThat(register.list(UNIT, 2026)).extracting(OutgoingRegisterEntry::getNumber).containsExactly(1, 2, 3);
        assertThat(register.list(UNIT, 2027)).isEmpty();
    }

    @Test
    void exportsTheRegisterAsXlsx() throws Exception {
        register.register(plan(2, null));
        register.register(new RegisterEntryRequest(UNIT, 2026, 1, "01/KH-UBND", LocalDate.of(2026, 1, 9),
                "Kế hoạch", "Tổ chức các hoạt động chào mừng năm mới", "Trần Văn Bình", "- Các phòng;",
                "VT, VHTT", 5, LocalDate.of(2026, 1, 9), "Gửi qua hệ thống", null));

        byte[] xlsx = register.exportXlsx(UNIT, 2026, "Ủy ban nhân dân tỉnh Ninh An");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(texts).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2026 - ỦY BAN NHÂN DÂN TỈNH NINH AN");
            assertThat(texts).containsAll(OutgoingRegisterService.HEADERS);
            assertThat(texts).contains("Kế hoạch: Tổ chức các hoạt động chào mừng năm mới", "Gửi qua hệ thống");

            int header = rowIndexOf(sheet, "Số, ký hiệu");
            Row first = sheet.getRow(header + 1);
            Row second = sheet.getRow(header + 2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("01/KH-UBND");
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 9));
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(5.0);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("02/KH-UBND");
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 2);
        }
    }

    @Test
    void aDuplicateNumberIsAConflict() {
        register.register(plan(4, null));
        assertThatThrownBy(() -> register.register(plan(4, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("04");
    }

    @Test
    void refusesInconsistentEntries() {
        RegisterEntryRequest ok = plan(5, null);
        assertThatThrownBy(() -> register.register(new RegisterEntryRequest(UNIT, 2026, 5, "5/KH-UBND",
                ok.issuedOn(), ok.documentType(), ok.title(), ok.signerName(), ok.recipients(), ok.archiveUnit(),
                1, null, null, null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> register.register(new RegisterEntryRequest(UNIT, 2025, 5, "05/KH-UBND",
                ok.issuedOn(), ok.documentType(), ok.title(), ok.signerName(), ok.recipients(), ok.archiveUnit(),
                1, null, null, null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> register.register(new RegisterEntryRequest(UNIT, 2026, 5, "05/KH-UBND",
                ok.issuedOn(), ok.documentType(), " ", ok.signerName(), ok.recipients(), ok.archiveUnit(),
                1, null, null, null))).isInstanceOf(ValidationException.class);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void registeringNeedsTheIssuingTransaction() {
        assertThatThrownBy(() -> register.register(plan(6, null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private static int rowIndexOf(XSSFSheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && firstCell.equals(cell.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + firstCell);
    }
}
