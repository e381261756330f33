package vn.planflow.document;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A4 page set-up, margins and page numbering (Decree 30, Appendix I). */
final class PageLayout {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    /** Page numbers sit 1 cm from the top edge, inside the top margin. */
    static final int HEADER_DISTANCE = 567;
    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    // Landscape pages turn the 30 mm binding margin to the top edge.
    static final int LANDSCAPE_TOP = MARGIN_LEFT;
    static final int LANDSCAPE_BOTTOM = MARGIN_RIGHT;
    static final int LANDSCAPE_SIDE = MARGIN_TOP;
    static final int LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - 2 * LANDSCAPE_SIDE;

    private static final int PAGE_NUMBER_SIZE = 14;

    private PageLayout() {
    }

    static void portrait(CTSectPr section) {
        size(section, A4_WIDTH, A4_HEIGHT, STPageOrientation.PORTRAIT);
        margins(section, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT);
    }

    static void landscape(CTSectPr section) {
        size(section, A4_HEIGHT, A4_WIDTH, STPageOrientation.LANDSCAPE);
        margins(section, LANDSCAPE_TOP, LANDSCAPE_BOTTOM, LANDSCAPE_SIDE, LANDSCAPE_SIDE);
    }

    /** Centred PAGE field from page 2 on; page 1 gets its own empty header. */
    static void pageNumbers(XWPFDocument doc) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        Docx.compact(first.getParagraphs().isEmpty() ? first.createParagraph() : first.getParagraphArray(0),
            ParagraphAlignment.CENTER);
        XWPFHeader others = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = others.getParagraphs().isEmpty()
            ? others.createParagraph() : others.getParagraphArray(0);
        Docx.compact(paragraph, ParagraphAlignment.CENTER);
        field(paragraph, STFldCharType.BEGIN);
        XWPFRun instruction = Docx.run(paragraph, null, PAGE_NUMBER_SIZE, false, false);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(paragraph, STFldCharType.SEPARATE);
        Docx.run(paragraph, "2", PAGE_NUMBER_SIZE, false, false);
        field(paragraph, STFldCharType.END);
        CTSectPr section = body(doc);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    /**
     * Ends the current portrait section here and makes what follows landscape. In OOXML the last
     * section's properties live on the body, so the portrait ones are copied onto a break paragraph.
     */
    static void startLandscapeSection(XWPFDocument doc) {
        CTSectPr last = body(doc);
        XWPFParagraph breakParagraph = doc.createParagraph();
        Docx.compact(breakParagraph, ParagraphAlignment.LEFT);
        breakParagraph.getCTP().getPPr().setSectPr((CTSectPr) last.copy());
        landscape(last);
        // The appendix starts mid-document, so its first page should show the page number.
        if (last.isSetTitlePg()) {
            last.unsetTitlePg();
        }
    }

    static CTSectPr body(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    private static void field(XWPFParagraph paragraph, STFldCharType.Enum type) {
        XWPFRun run = Docx.run(paragraph, null, PAGE_NUMBER_SIZE, false, false);
        run.getCTR().addNewFldChar().setFldCharType(type);
    }

    private static void size(CTSectPr section, int width, int height, STPageOrientation.Enum orientation) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        size.setOrient(orientation);
    }

    private static void margins(CTSectPr section, int top, int bottom, int left, int right) {
        CTPageMar margin = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(top));
        margin.setBottom(BigInteger.valueOf(bottom));
        margin.setLeft(BigInteger.valueOf(left));
        margin.setRight(BigInteger.valueOf(right));
        margin.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margin.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margin.setGutter(BigInteger.ZERO);
    }
}
