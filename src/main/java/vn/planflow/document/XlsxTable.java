package vn.planflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A single-sheet XLSX: title in row 0, bordered headers in row 2, data below. */
public final class XlsxTable {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 2;
    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String FONT = "Times New Roman";

    // Column widths are estimated from text length; autoSizeColumn measures glyphs and is slow.
    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 60;
    private static final int DATE_CHARS = 10;

    private XlsxTable() {
    }

    public static byte[] write(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
        List<String> safeHeaders = headers == null ? List.of() : headers;
        List<List<Object>> safeRows = rows == null ? List.of() : rows;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            String name = sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName;
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
            int columns = safeHeaders.size();
            for (List<Object> row : safeRows) {
                columns = Math.max(columns, row == null ? 0 : row.size());
            }
            int[] widths = new int[columns];
            if (title != null && !title.isBlank()) {
                Cell cell = sheet.createRow(TITLE_ROW).createCell(0);
                cell.setCellValue(title);
                cell.setCellStyle(styles.title);
            }
            Row headerRow = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < safeHeaders.size(); c++) {
                String header = safeHeaders.get(c) == null ? "" : safeHeaders.get(c);
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(header);
                cell.setCellStyle(styles.header);
                widths[c] = Math.max(widths[c], header.length());
            }
            for (int r = 0; r < safeRows.size(); r++) {
                writeRow(sheet.createRow(HEADER_ROW + 1 + r), safeRows.get(r), styles, widths);
            }
            for (int c = 0; c < columns; c++) {
                int chars = Math.min(MAX_CHARS, Math.max(MIN_CHARS, widths[c] + 2));
                sheet.setColumnWidth(c, chars * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write XLSX", e);
        }
    }

    private static void writeRow(Row target, List<Object> values, Styles styles, int[] widths) {
        if (values == null) {
            return;
        }
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            Cell cell = target.createCell(c);
            int length;
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.cell);
                length = number.toString().length();
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
                length = DATE_CHARS;
            } else {
                String text = value == null ? "" : value.toString();
                cell.setCellValue(text);
                cell.setCellStyle(styles.cell);
                length = text.length();
            }
            widths[c] = Math.max(widths[c], length);
        }
    }

    /** Styles are workbook-wide objects; create each once instead of per cell. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = font(workbook, true);
            Font regular = font(workbook, false);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = bordered(workbook, bold);
            header.setWrapText(true);
            cell = bordered(workbook, regular);
            date = bordered(workbook, regular);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
        }

        private static Font font(XSSFWorkbook workbook, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) 12);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
