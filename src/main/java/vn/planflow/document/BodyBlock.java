package vn.planflow.document;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Legal bases, numbered parts and sections, and the closing paragraph. */
final class BodyBlock {

    static final int SIZE = 14;
    /** Sub-bullets ("+ ") sit one step further in than bullets and plain text. */
    static final int SUB_BULLET_FIRST_LINE = Docx.FIRST_LINE + 360;

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s;.]+$");

    private BodyBlock() {
    }

    static void write(XWPFDocument doc, OfficialDocument source) {
        writeLegalBases(doc, source.legalBases());
        List<Part> parts = source.parts();
        for (int i = 0; i < parts.size(); i++) {
            writePart(doc, parts.get(i), i + 1);
        }
        if (HeadingBlock.hasText(source.closing())) {
            paragraph(doc, source.closing().strip());
        }
    }

    private static void writeLegalBases(XWPFDocument doc, List<String> bases) {
        for (int i = 0; i < bases.size(); i++) {
            String ending = i == bases.size() - 1 ? "." : ";";
            XWPFParagraph paragraph = Docx.body(doc.createParagraph(), Docx.FIRST_LINE);
            Docx.run(paragraph, withEnding(bases.get(i), ending), SIZE, false, true);
        }
    }

    private static void writePart(XWPFDocument doc, Part part, int number) {
        heading(doc, DocumentFormats.roman(number) + ". " + HeadingBlock.upper(part.heading()));
        int sectionNumber = 0;
        for (Section section : part.sections()) {
            if (HeadingBlock.hasText(section.heading())) {
                sectionNumber++;
                heading(doc, sectionNumber + ". " + section.heading().strip());
            }
            for (String text : section.paragraphs()) {
                paragraph(doc, text);
            }
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = Docx.body(doc.createParagraph(), Docx.FIRST_LINE);
        Docx.run(paragraph, text, SIZE, true, false);
    }

    /** Bullets, sub-bullets and item lines keep their markers exactly as the author typed them. */
    private static void paragraph(XWPFDocument doc, String raw) {
        String text = raw.strip();
        int firstLine = text.startsWith("+ ") ? SUB_BULLET_FIRST_LINE : Docx.FIRST_LINE;
        XWPFParagraph paragraph = Docx.body(doc.createParagraph(), firstLine);
        Docx.run(paragraph, text, SIZE, false, false);
    }

    /** Replaces whatever ";" or "." the caller typed with the ending the position requires. */
    static String withEnding(String text, String ending) {
        return TRAILING_PUNCTUATION.matcher(text.strip()).replaceFirst("") + ending;
    }
}
