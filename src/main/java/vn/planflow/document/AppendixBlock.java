package vn.planflow.document;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Task appendix on its own landscape pages, referring back to the parent document. */
final class AppendixBlock {

    static final String LABEL = "PHỤ LỤC";
    static final List<String> HEADERS = List.of(
        "TT", "Nội dung", "Sản phẩm", "Thời gian bắt đầu", "Thời gian hoàn thành",
        "Đơn vị chủ trì", "Đơn vị phối hợp");
    // Sums to the landscape text width; dates need little room, descriptions the most.
    static final int[] WIDTHS = {700, 3900, 2400, 1500, 1500, 2170, 2400};

    private static final int TABLE_SIZE = 12;
    private static final int CELL_PADDING = 40;

    private AppendixBlock() {
    }

    static void write(XWPFDocument doc, OfficialDocument source, int draftYear) {
        Appendix appendix = source.appendix();
        PageLayout.startLandscapeSection(doc);
        centred(doc, LABEL, true, false);
        if (HeadingBlock.hasText(appendix.title())) {
            centred(doc, appendix.title().strip(), true, false);
        }
        centred(doc, reference(source, draftYear), false, true).setSpacingAfter(240);
        writeTable(doc, appendix.rows());
        // Word expects a paragraph after a table that ends the document.
        Docx.compact(doc.createParagraph(), ParagraphAlignment.LEFT);
    }

    /** "(Kèm theo Kế hoạch số 07/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân huyện Đông Hà)". */
    static String reference(OfficialDocument source, int draftYear) {
        String type = DocumentFormats.sentenceCase(HeadingBlock.upper(source.typeName()));
        String date = source.date() == null
            ? DocumentFormats.BLANK + "/" + DocumentFormats.BLANK + "/" + draftYear
            : DocumentFormats.shortDate(source.date());
        String issuer = DocumentFormats.sentenceCase(String.join(" ", HeadingBlock.lines(source.issuingBody())));
        StringBuilder text = new StringBuilder("(Kèm theo ").append(type)
            .append(" số ").append(DocumentFormats.numberCode(source.number(), source.typeCode(), source.bodyCode()))
            .append(" ngày ").append(date);
        if (!issuer.isEmpty()) {
            text.append(" của ").append(issuer);
        }
        return text.append(')').toString();
    }

    private static XWPFParagraph centred(XWPFDocument doc, String text, boolean bold, boolean italic) {
        XWPFParagraph paragraph = Docx.compact(doc.createParagraph(), ParagraphAlignment.CENTER);
        Docx.run(paragraph, text, 14, bold, italic);
        return paragraph;
    }

    private static void writeTable(XWPFDocument doc, List<AppendixRow> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, WIDTHS.length);
        Docx.bordered(table);
        Docx.layout(table, WIDTHS);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < HEADERS.size(); c++) {
            cell(header.getCell(c), HEADERS.get(c), ParagraphAlignment.CENTER, true);
        }
        for (int r = 0; r < rows.size(); r++) {
            AppendixRow row = rows.get(r);
            XWPFTableRow target = table.getRow(r + 1);
            target.setCantSplitRow(true);
            cell(target.getCell(0), Integer.toString(r + 1), ParagraphAlignment.CENTER, false);
            cell(target.getCell(1), row.content(), ParagraphAlignment.LEFT, false);
            cell(target.getCell(2), row.product(), ParagraphAlignment.LEFT, false);
            cell(target.getCell(3), row.start(), ParagraphAlignment.CENTER, false);
            cell(target.getCell(4), row.finish(), ParagraphAlignment.CENTER, false);
            cell(target.getCell(5), row.leadUnit(), ParagraphAlignment.LEFT, false);
            cell(target.getCell(6), row.supportingUnits(), ParagraphAlignment.LEFT, false);
        }
    }

    private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold) {
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = new Docx.CellWriter(cell).next(alignment);
        paragraph.setSpacingBefore(CELL_PADDING);
        paragraph.setSpacingAfter(CELL_PADDING);
        Docx.run(paragraph, text == null ? "" : text.strip(), TABLE_SIZE, bold, false);
    }
}
