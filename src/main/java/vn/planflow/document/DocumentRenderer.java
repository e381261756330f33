package vn.planflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.springframework.stereotype.Component;

/** Renders an {@link OfficialDocument} as DOCX following Decree 30/2020/ND-CP, Appendix I. */
@Component
public class DocumentRenderer {

    private final Clock clock;

    public DocumentRenderer() {
        this(Clock.systemDefaultZone());
    }

    /** The clock only supplies the year printed on undated drafts. */
    DocumentRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public byte[] render(OfficialDocument doc) {
        Objects.requireNonNull(doc, "doc");
        int draftYear = LocalDate.now(clock).getYear();
        try (XWPFDocument docx = new XWPFDocument()) {
            defaults(docx);
            PageLayout.portrait(PageLayout.body(docx));
            PageLayout.pageNumbers(docx);
            HeadingBlock.write(docx, doc, draftYear);
            BodyBlock.write(docx, doc);
            SignatureBlock.write(docx, doc);
            if (doc.appendix() != null) {
                AppendixBlock.write(docx, doc, draftYear);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render DOCX", e);
        }
    }

    /** Document defaults cover what has no run of its own: empty lines and paragraph marks. */
    private static void defaults(XWPFDocument docx) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults docDefaults = styles.addNewDocDefaults();
        CTRPr rPr = docDefaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(Docx.FONT);
        fonts.setHAnsi(Docx.FONT);
        fonts.setCs(Docx.FONT);
        fonts.setEastAsia(Docx.FONT);
        rPr.addNewColor().setVal(Docx.BLACK);
        rPr.addNewSz().setVal(BigInteger.valueOf(28));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(28));
        rPr.addNewLang().setVal("vi-VN");
        docx.createStyles().setStyles(styles);
    }
}
