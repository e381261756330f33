package vn.planflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableTest {

    @Test
    void writesTitleHeadersAndTypedCells() throws Exception {
        byte[] bytes = XlsxTable.write("Nhiệm vụ", "Danh sách nhiệm vụ năm 2026",
            List.of("TT", "Nội dung", "Hạn hoàn thành", "Kinh phí (triệu đồng)"),
            List.of(
                Arrays.asList(1, "Tập huấn kỹ năng số", LocalDate.of(2026, 6, 30), 45.5),
                Arrays.asList(2, "Tuyên truyền trên truyền thanh cơ sở", LocalDate.of(2026, 12, 15), null)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nhiệm vụ");

            XSSFCell title = sheet.getRow(0).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo("Danh sách nhiệm vụ năm 2026");
            assertThat(title.getCellStyle().getFont().getBold()).isTrue();

            var headers = sheet.getRow(2);
            assertThat(headers.getCell(1).getStringCellValue()).isEqualTo("Nội dung");
            assertThat(headers.getCell(3).getStringCellValue()).isEqualTo("Kinh phí (triệu đồng)");
            assertThat(headers.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(headers.getCell(0).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);

            var first = sheet.getRow(3);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(45.5);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Tập huấn kỹ năng số");

            XSSFCell date = first.getCell(2);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 30));

            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEmpty();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void emptyTableStillProducesAWorkbook() throws Exception {
        byte[] bytes = XlsxTable.write("Trống", null, List.of("TT"), List.of());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("TT");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
    }
}
