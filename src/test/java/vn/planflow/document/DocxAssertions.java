package vn.planflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Lookups and shared checks over a reopened DOCX. */
final class DocxAssertions {

    private DocxAssertions() {
    }

    /** Paragraphs of the body, of every table cell and of every header. */
    static List<XWPFParagraph> allParagraphs(XWPFDocument docx) {
        List<XWPFParagraph> all = new ArrayList<>(docx.getParagraphs());
        for (XWPFTable table : docx.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    all.addAll(cell.getParagraphs());
                }
            }
        }
        for (XWPFHeader header : docx.getHeaderList()) {
            all.addAll(header.getParagraphs());
        }
        return all;
    }

    static List<XWPFRun> allRuns(XWPFDocument docx) {
        List<XWPFRun> runs = new ArrayList<>();
        allParagraphs(docx).forEach(p -> runs.addAll(p.getRuns()));
        return runs;
    }

    /** Section properties in document order; the body's own one (the last section) comes last. */
    static List<CTSectPr> sectionBreaks(XWPFDocument docx) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph paragraph : docx.getParagraphs()) {
            var pPr = paragraph.getCTP().getPPr();
            if (pPr != null && pPr.isSetSectPr()) {
                sections.add(pPr.getSectPr());
            }
        }
        sections.add(docx.getDocument().getBody().getSectPr());
        return sections;
    }

    static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
            .orElseThrow(() -> new AssertionError("No paragraph '" + text + "'"));
    }

    static XWPFParagraph paragraphStartingWith(XWPFDocument docx, String prefix) {
        return docx.getParagraphs().stream().filter(p -> p.getText().startsWith(prefix)).findFirst()
            .orElseThrow(() -> new AssertionError("No paragraph starting with '" + prefix + "'"));
    }

    static XWPFRun run(List<XWPFParagraph> paragraphs, String text) {
        return paragraphs.stream().flatMap(p -> p.getRuns().stream()).filter(r -> text.equals(r.text()))
            .findFirst().orElseThrow(() -> new AssertionError("No run '" + text + "'"));
    }

    static void assertBodyStyle(XWPFParagraph paragraph, int firstLine) {
        String text = paragraph.getText();
        assertThat(paragraph.getAlignment()).as(text).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(paragraph.getIndentationFirstLine()).as(text).isEqualTo(firstLine);
        assertThat(paragraph.getSpacingAfter()).as(text).isGreaterThanOrEqualTo(120);
        assertThat(paragraph.getSpacingLineRule()).as(text).isEqualTo(LineSpacingRule.AUTO);
        assertThat(paragraph.getSpacingBetween()).as(text).isBetween(1.15, 1.3);
    }

    static void assertBorderless(XWPFTable table) {
        assertThat(table.getTopBorderType()).isEqualTo(XWPFBorderType.NONE);
        assertThat(table.getBottomBorderType()).isEqualTo(XWPFBorderType.NONE);
        assertThat(table.getLeftBorderType()).isEqualTo(XWPFBorderType.NONE);
        assertThat(table.getRightBorderType()).isEqualTo(XWPFBorderType.NONE);
        assertThat(table.getInsideHBorderType()).isEqualTo(XWPFBorderType.NONE);
        assertThat(table.getInsideVBorderType()).isEqualTo(XWPFBorderType.NONE);
    }
}
