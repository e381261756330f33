package vn.planflow.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Top of the first page: issuer and national motto side by side, number and date on a second
 * row so they line up, then the document type and its summary line.
 */
final class HeadingBlock {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final int LEFT_WIDTH = 3500;
    static final int RIGHT_WIDTH = PageLayout.TEXT_WIDTH - LEFT_WIDTH;

    private static final int BODY_RULE = 1300;
    private static final int TITLE_RULE = 3000;

    private HeadingBlock() {
    }

    static void write(XWPFDocument doc, OfficialDocument source, int draftYear) {
        XWPFTable table = doc.createTable(2, 2);
        Docx.borderless(table);
        Docx.layout(table, LEFT_WIDTH, RIGHT_WIDTH);
        writeIssuer(table.getRow(0), source);
        writeNation(table.getRow(0));
        writeNumberAndDate(table.getRow(1), source, draftYear);
        writeTitle(doc, source);
    }

    private static void writeIssuer(XWPFTableRow row, OfficialDocument source) {
        row.getCell(0).setVerticalAlignment(XWPFVertAlign.TOP);
        Docx.CellWriter cell = new Docx.CellWriter(row.getCell(0));
        if (hasText(source.parentBody())) {
            cell.line(upper(source.parentBody()), ParagraphAlignment.CENTER, 13, false, false);
        }
        for (String line : lines(source.issuingBody())) {
            cell.line(upper(line), ParagraphAlignment.CENTER, 13, true, false);
        }
        Docx.rule(cell.next(ParagraphAlignment.CENTER), LEFT_WIDTH, BODY_RULE);
    }

    private static void writeNation(XWPFTableRow row) {
        row.getCell(1).setVerticalAlignment(XWPFVertAlign.TOP);
        Docx.CellWriter cell = new Docx.CellWriter(row.getCell(1));
        cell.line(NATION, ParagraphAlignment.CENTER, 12, true, false);
        XWPFParagraph motto = cell.next(ParagraphAlignment.CENTER);
        Docx.run(motto, MOTTO, 14, true, false).setUnderline(UnderlinePatterns.SINGLE);
    }

    private static void writeNumberAndDate(XWPFTableRow row, OfficialDocument source, int draftYear) {
        String number = "Số: " + DocumentFormats.numberCode(source.number(), source.typeCode(), source.bodyCode());
        XWPFParagraph left = new Docx.CellWriter(row.getCell(0)).line(number, ParagraphAlignment.CENTER, 13, false, false);
        left.setSpacingBefore(120);
        String date = DocumentFormats.placeAndDate(source.place(), source.date(), draftYear);
        XWPFParagraph right = new Docx.CellWriter(row.getCell(1)).line(date, ParagraphAlignment.CENTER, 14, false, true);
        right.setSpacingBefore(120);
    }

    private static void writeTitle(XWPFDocument doc, OfficialDocument source) {
        XWPFParagraph type = Docx.compact(doc.createParagraph(), ParagraphAlignment.CENTER);
        type.setSpacingBefore(480);
        Docx.run(type, upper(source.typeName()), 14, true, false);
        if (hasText(source.title())) {
            XWPFParagraph title = Docx.compact(doc.createParagraph(), ParagraphAlignment.CENTER);
            Docx.run(title, source.title().strip(), 14, true, false);
        }
        XWPFParagraph rule = Docx.rule(doc.createParagraph(), PageLayout.TEXT_WIDTH, TITLE_RULE);
        rule.setSpacingAfter(360);
    }

    static String[] lines(String text) {
        return hasText(text) ? text.strip().split("\\s*\n\\s*") : new String[0];
    }

    static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(DocumentFormats.VIETNAMESE);
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
