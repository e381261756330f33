package vn.planflow.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** Low-level typography shared by the document blocks: runs, paragraph styles and tables. */
final class Docx {

    static final String FONT = "Times New Roman";
    static final String BLACK = "000000";
    /** 1.27 cm first-line indent of body text. */
    static final int FIRST_LINE = 720;
    /** 6 pt, in twentieths of a point. */
    static final int SPACE_AFTER = 120;
    static final double LINE_SPACING = 1.2;

    private Docx() {
    }

    /** Adds a run with every typographic property set explicitly, so no style lookup is needed. */
    static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        // Same order as the rPr schema sequence, which strict readers expect.
        run.setFontFamily(FONT);
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        run.setColor(BLACK);
        run.setFontSize(size);
        if (text != null) {
            run.setText(text);
        }
        return run;
    }

    /** Single-spaced paragraph without extra spacing, used inside the header and footer tables. */
    static XWPFParagraph compact(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return paragraph;
    }

    /** Justified body text with a first-line indent, per Decree 30. */
    static XWPFParagraph body(XWPFParagraph paragraph, int firstLine) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(firstLine);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(SPACE_AFTER);
        paragraph.setSpacingBetween(LINE_SPACING, LineSpacingRule.AUTO);
        return paragraph;
    }

    /** A short centred horizontal line: an empty, tiny paragraph whose bottom border spans {@code length}. */
    static XWPFParagraph rule(XWPFParagraph paragraph, int availableWidth, int length) {
        compact(paragraph, ParagraphAlignment.CENTER);
        int side = Math.max(0, (availableWidth - length) / 2);
        paragraph.setIndentationLeft(side);
        paragraph.setIndentationRight(side);
        paragraph.setBorderBottom(Borders.SINGLE);
        CTBorder line = paragraph.getCTP().getPPr().getPBdr().getBottom();
        line.setSz(BigInteger.valueOf(6));
        line.setSpace(BigInteger.ONE);
        line.setColor(BLACK);
        // Shrink the paragraph mark so the line sits close to the text above.
        CTParaRPr mark = paragraph.getCTP().getPPr().addNewRPr();
        CTHpsMeasure size = mark.addNewSz();
        size.setVal(BigInteger.valueOf(4));
        return paragraph;
    }

    /** Fixed-layout table with the given column widths in twips. */
    static XWPFTable layout(XWPFTable table, int... widths) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        table.setWidth(Integer.toString(total));
        CTTbl ct = table.getCTTbl();
        ct.getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < widths.length; i++) {
                row.getCell(i).setWidth(Integer.toString(widths[i]));
            }
        }
        return table;
    }

    static void borderless(XWPFTable table) {
        borders(table, XWPFBorderType.NONE, 0);
    }

    static void bordered(XWPFTable table) {
        borders(table, XWPFBorderType.SINGLE, 4);
    }

    private static void borders(XWPFTable table, XWPFBorderType type, int size) {
        table.setTopBorder(type, size, 0, BLACK);
        table.setBottomBorder(type, size, 0, BLACK);
        table.setLeftBorder(type, size, 0, BLACK);
        table.setRightBorder(type, size, 0, BLACK);
        table.setInsideHBorder(type, size, 0, BLACK);
        table.setInsideVBorder(type, size, 0, BLACK);
    }

    /** Hands out paragraphs of a cell, reusing the empty one every new cell starts with. */
    static final class CellWriter {
        private final XWPFTableCell cell;
        private boolean fresh = true;

        CellWriter(XWPFTableCell cell) {
            this.cell = cell;
        }

        XWPFParagraph next(ParagraphAlignment alignment) {
            XWPFParagraph paragraph = fresh && !cell.getParagraphs().isEmpty()
                ? cell.getParagraphs().get(0)
                : cell.addParagraph();
            fresh = false;
            return compact(paragraph, alignment);
        }

        XWPFParagraph line(String text, ParagraphAlignment alignment, int size, boolean bold, boolean italic) {
            XWPFParagraph paragraph = next(alignment);
            run(paragraph, text, size, bold, italic);
            return paragraph;
        }
    }
}
