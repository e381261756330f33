package vn.planflow.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;

/** Bottom of the document: "Nơi nhận" list on the left, signing authority on the right. */
final class SignatureBlock {

    static final String RECIPIENTS_LABEL = "Nơi nhận:";
    static final int LEFT_WIDTH = 4400;
    static final int RIGHT_WIDTH = PageLayout.TEXT_WIDTH - LEFT_WIDTH;
    /** Room for the handwritten signature and the seal. */
    static final int SIGNATURE_LINES = 4;

    private SignatureBlock() {
    }

    static void write(XWPFDocument doc, OfficialDocument source) {
        XWPFTable table = doc.createTable(1, 2);
        Docx.borderless(table);
        Docx.layout(table, LEFT_WIDTH, RIGHT_WIDTH);
        writeRecipients(table.getRow(0).getCell(0), source);
        writeSigner(table.getRow(0).getCell(1), source.signature());
    }

    private static void writeRecipients(XWPFTableCell target, OfficialDocument source) {
        target.setVerticalAlignment(XWPFVertAlign.TOP);
        Docx.CellWriter cell = new Docx.CellWriter(target);
        cell.line(RECIPIENTS_LABEL, ParagraphAlignment.LEFT, 12, true, true);
        for (String line : recipientLines(source.recipients(), source.archiveCodes())) {
            cell.line(line, ParagraphAlignment.LEFT, 11, false, false);
        }
    }

    private static void writeSigner(XWPFTableCell target, Signature signature) {
        target.setVerticalAlignment(XWPFVertAlign.TOP);
        Docx.CellWriter cell = new Docx.CellWriter(target);
        for (String line : signature.authorityLines()) {
            cell.line(HeadingBlock.upper(line), ParagraphAlignment.CENTER, 14, true, false);
        }
        for (int i = 0; i < SIGNATURE_LINES; i++) {
            cell.next(ParagraphAlignment.CENTER);
        }
        if (HeadingBlock.hasText(signature.signerName())) {
            cell.line(signature.signerName().strip(), ParagraphAlignment.CENTER, 14, true, false);
        }
    }

    /** "- X;" for each recipient, the archive line last; only the very last line ends with ".". */
    static List<String> recipientLines(List<String> recipients, String archiveCodes) {
        List<String> lines = new ArrayList<>(recipients.size() + 1);
        for (String recipient : recipients) {
            String text = clean(recipient);
            if (!text.isEmpty()) {
                lines.add("- " + text);
            }
        }
        if (HeadingBlock.hasText(archiveCodes)) {
            lines.add("- Lưu: " + clean(archiveCodes));
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + (i == lines.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    private static String clean(String text) {
        String stripped = text.strip();
        if (stripped.startsWith("- ")) {
            stripped = stripped.substring(2).strip();
        }
        return BodyBlock.withEnding(stripped, "");
    }
}
