package vn.planflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class DocumentRendererTest {

    private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    private final DocumentRenderer renderer = new DocumentRenderer(MARCH_2026);

    @Test
    void usesA4PortraitWithDecreeMarginsAndAppendixInLandscape() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.districtPlan())) {
            CTSectPr main = DocxAssertions.sectionBreaks(docx).get(0);
            assertPage(main, 11906, 16838, STPageOrientation.PORTRAIT);
            CTPageMar margins = main.getPgMar();
            assertThat(twips(margins.getTop())).isEqualTo(1134);
            assertThat(twips(margins.getBottom())).isEqualTo(1134);
            assertThat(twips(margins.getLeft())).isEqualTo(1701);
            assertThat(twips(margins.getRight())).isEqualTo(850);

            CTSectPr appendix = docx.getDocument().getBody().getSectPr();
            assertPage(appendix, 16838, 11906, STPageOrientation.LANDSCAPE);
        }
    }

    @Test
    void everyRunIsBlackTimesNewRoman() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.districtPlan())) {
            List<XWPFRun> runs = DocxAssertions.allRuns(docx);
            assertThat(runs).hasSizeGreaterThan(50);
            for (XWPFRun run : runs) {
                for (FontCharRange range : FontCharRange.values()) {
                    assertThat(run.getFontFamily(range)).as("%s of '%s'", range, run.text())
                        .isEqualTo("Times New Roman");
                }
                assertThat(run.getColor()).isEqualTo("000000");
            }
        }
    }

    @Test
    void headerTableShowsIssuerMottoNumberAndDate() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.districtPlan())) {
            XWPFTable header = docx.getTables().get(0);
            DocxAssertions.assertBorderless(header);
            XWPFTableCell issuer = header.getRow(0).getCell(0);
            assertThat(issuer.getText()).contains("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG HÀ");
            XWPFRun body = DocxAssertions.run(issuer.getParagraphs(), "HUYỆN ĐÔNG HÀ");
            assertThat(body.isBold()).isTrue();
            assertThat(body.getFontSizeAsDouble()).isEqualTo(13.0);
            assertThat(issuer.getParagraphs()).anyMatch(p -> p.getBorderBottom() == Borders.SINGLE);

            XWPFTableCell nation = header.getRow(0).getCell(1);
            XWPFRun country = DocxAssertions.run(nation.getParagraphs(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(country.isBold()).isTrue();
            assertThat(country.getFontSizeAsDouble()).isBetween(12.0, 13.0);
            XWPFRun motto = DocxAssertions.run(nation.getParagraphs(), "Độc lập - Tự do - Hạnh phúc");
            assertThat(motto.isBold()).isTrue();
            assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(motto.getFontSizeAsDouble()).isBetween(13.0, 14.0);

            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 07/KH-UBND");
            XWPFRun date = DocxAssertions.run(header.getRow(1).getCell(1).getParagraphs(),
                "Đông Hà, ngày 05 tháng 02 năm 2026");
            assertThat(date.isItalic()).isTrue();
            assertThat(date.getFontSizeAsDouble()).isBetween(13.0, 14.0);
        }
    }

    @Test
    void typeNameTitleAndLegalBases() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.districtPlan())) {
            XWPFParagraph type = DocxAssertions.paragraph(docx, "KẾ HOẠCH");
            assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(type.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph title = DocxAssertions.paragraph(docx, SamplePlans.TITLE);
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            List<XWPFParagraph> body = docx.getParagraphs();
            assertThat(body.get(body.indexOf(title) + 1).getBorderBottom()).isEqualTo(Borders.SINGLE);

            List<XWPFParagraph> bases = body.stream().filter(p -> p.getText().startsWith("Căn cứ")).toList();
            assertThat(bases).hasSize(2);
            assertThat(bases.get(0).getText()).endsWith("định hướng đến năm 2030;");
            assertThat(bases.get(1).getText()).endsWith("chuyển đổi số năm 2026.");
            for (XWPFParagraph base : bases) {
                assertThat(base.getRuns()).allMatch(XWPFRun::isItalic);
                assertThat(base.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
                DocxAssertions.assertBodyStyle(base, 720);
            }
        }
    }

    @Test
    void partsAndSectionsAreNumberedAndBodyTextIsJustified() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.districtPlan())) {
            List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu",
                "II. NỘI DUNG", "1. Nội dung tuyên truyền", "2. Hình thức tuyên truyền",
                "III. KINH PHÍ THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa và Thông tin",
                "2. Trung tâm Văn hóa - Thông tin và Thể thao", "3. Phòng Tài chính - Kế hoạch",
                "4. UBND các xã, thị trấn");
            // A section without a heading sits straight under its part.
            int budget = texts.indexOf("III. KINH PHÍ THỰC HIỆN");
            assertThat(texts.get(budget + 1)).startsWith("Kinh phí thực hiện Kế hoạch");

            for (String heading : List.of("I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN", "1. Mục đích")) {
                XWPFRun run = DocxAssertions.paragraph(docx, heading).getRuns().get(0);
                assertThat(run.isBold()).as(heading).isTrue();
                assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
            }

            XWPFParagraph plain = DocxAssertions.paragraphStartingWith(docx, "Nâng cao nhận thức");
            DocxAssertions.assertBodyStyle(plain, 720);
            assertThat(plain.getRuns().get(0).isBold()).isFalse();
            assertThat(plain.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            DocxAssertions.assertBodyStyle(DocxAssertions.paragraphStartingWith(docx, "- Hoạt động"), 720);
            DocxAssertions.assertBodyStyle(DocxAssertions.paragraphStartingWith(docx, "a) Chủ trương"), 720);
            XWPFParagraph sub = DocxAssertions.paragraphStartingWith(docx, "+ Xây dựng chuyên mục");
            assertThat(sub.getIndentationFirstLine()).isGreaterThan(720);
            DocxAssertions.assertBodyStyle(DocxAssertions.paragraphStartingWith(docx, "Trên đây là Kế hoạch"), 720);
        }
    }

    @Test
    void footerTableListsRecipientsAndSignature() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.districtPlan())) {
            XWPFTable footer = docx.getTables().get(1);
            DocxAssertions.assertBorderless(footer);
            List<XWPFParagraph> left = footer.getRow(0).getCell(0).getParagraphs();
            assertThat(left.stream().map(XWPFParagraph::getText).toList()).containsExactly(
                "Nơi nhận:",
                "- UBND tỉnh (để b/c);",
                "- Sở Khoa học và Công nghệ;",
                "- TT Huyện ủy, TT HĐND huyện;",
                "- Các phòng, ban, ngành; UBND các xã, thị trấn;",
                "- Lưu: VT, VHTT.");
            XWPFRun label = left.get(0).getRuns().get(0);
            assertThat(label.isBold()).isTrue();
            assertThat(label.isItalic()).isTrue();
            assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
            for (XWPFParagraph line : left.subList(1, left.size())) {
                assertThat(line.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
                assertThat(line.getRuns().get(0).isBold()).isFalse();
            }

            List<XWPFParagraph> right = footer.getRow(0).getCell(1).getParagraphs();
            for (String text : List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", SamplePlans.SIGNER)) {
                XWPFRun run = DocxAssertions.run(right, text);
                assertThat(run.isBold()).as(text).isTrue();
                assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
            }
            assertThat(right).allMatch(p -> p.getAlignment() == ParagraphAlignment.CENTER);
            assertThat(right.stream().filter(p -> p.getText().isEmpty()).count()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void pageNumbersStartOnPageTwo() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.districtPlan())) {
            assertThat(DocxAssertions.sectionBreaks(docx).get(0).isSetTitlePg()).isTrue();
            XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
            XWPFHeader numbered = policy.getDefaultHeader();
            assertThat(numbered).isNotNull();
            List<String> instructions = new ArrayList<>();
            for (XWPFParagraph p : numbered.getParagraphs()) {
                assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
                p.getRuns().forEach(r -> r.getCTR().getInstrTextList().forEach(t -> instructions.add(t.getStringValue())));
            }
            assertThat(instructions).anyMatch(i -> i.trim().equals("PAGE"));
            XWPFHeader first = policy.getFirstPageHeader();
            assertThat(first).isNotNull().isNotSameAs(numbered);
            assertThat(first.getText()).isBlank();
        }
    }

    @Test
    void appendixRefersToThePlanAndListsTasks() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.districtPlan())) {
            XWPFParagraph label = DocxAssertions.paragraph(docx, "PHỤ LỤC");
            assertThat(label.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(label.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph reference = DocxAssertions.paragraph(docx,
                "(Kèm theo Kế hoạch số 07/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân huyện Đông Hà)");
            assertThat(reference.getRuns().get(0).isItalic()).isTrue();

            XWPFTable table = docx.getTables().get(2);
            assertThat(table.getTopBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(table.getInsideVBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(table.getRows()).hasSize(4);
            List<String> headers = table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
            assertThat(headers).containsExactly("TT", "Nội dung", "Sản phẩm", "Thời gian bắt đầu",
                "Thời gian hoàn thành", "Đơn vị chủ trì", "Đơn vị phối hợp");
            XWPFRun headerRun = table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(headerRun.isBold()).isTrue();
            assertThat(headerRun.getFontSizeAsDouble()).isEqualTo(12.0);
            for (int r = 1; r <= 3; r++) {
                assertThat(table.getRow(r).getCell(0).getText()).isEqualTo(Integer.toString(r));
                assertThat(table.getRow(r).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                    .isEqualTo(12.0);
            }
            assertThat(table.getRow(2).getCell(1).getText()).startsWith("Tập huấn kỹ năng số");
        }
    }

    @Test
    void draftLeavesNumberAndDayBlank() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.draftPlan())) {
            XWPFTable header = docx.getTables().get(0);
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số:      /KH-UBND");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Đông Hà, ngày     tháng     năm 2026");
            assertThat(DocxAssertions.paragraphStartingWith(docx, "(Kèm theo Kế hoạch số      /KH-UBND ngày")
                .getText()).contains("/2026 của Ủy ban nhân dân huyện Đông Hà)");
        }
    }

    @Test
    void departmentDocumentShowsParentBodyRegularAndIssuerBold() throws IOException {
        try (XWPFDocument docx = render(SamplePlans.departmentReport())) {
            XWPFTableCell issuer = docx.getTables().get(0).getRow(0).getCell(0);
            List<XWPFParagraph> lines = issuer.getParagraphs();
            assertThat(lines.get(0).getText()).isEqualTo("UBND HUYỆN ĐÔNG HÀ");
            assertThat(lines.get(0).getRuns().get(0).isBold()).isFalse();
            assertThat(lines.get(1).getText()).isEqualTo("PHÒNG VĂN HÓA VÀ THÔNG TIN");
            assertThat(lines.get(1).getRuns().get(0).isBold()).isTrue();
            assertThat(docx.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số: 12/BC-VHTT");
            assertThat(docx.getTables().get(0).getRow(1).getCell(1).getText())
                .isEqualTo("Đông Hà, ngày 15 tháng 11 năm 2026");
            assertThat(DocxAssertions.paragraph(docx, "BÁO CÁO").getRuns().get(0).isBold()).isTrue();

            // No appendix: a single portrait section and no third table.
            assertThat(docx.getTables()).hasSize(2);
            assertThat(DocxAssertions.sectionBreaks(docx)).hasSize(1);
            assertPage(docx.getDocument().getBody().getSectPr(), 11906, 16838, STPageOrientation.PORTRAIT);
            List<String> recipients = docx.getTables().get(1).getRow(0).getCell(0).getParagraphs().stream()
                .map(XWPFParagraph::getText).toList();
            assertThat(recipients).containsExactly("Nơi nhận:", "- UBND huyện;", "- Lưu: VT.");
        }
    }

    private XWPFDocument render(OfficialDocument source) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(renderer.render(source)));
    }

    private static void assertPage(CTSectPr section, int width, int height, STPageOrientation.Enum orientation) {
        CTPageSz size = section.getPgSz();
        assertThat(twips(size.getW())).isEqualTo(width);
        assertThat(twips(size.getH())).isEqualTo(height);
        assertThat(size.getOrient()).isEqualTo(orientation);
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }
}
