package vn.planflow.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Invented but realistic documents shared by the renderer tests and the benchmark. */
final class SamplePlans {

    static final String DISTRICT = "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG HÀ";
    static final String TITLE = "Thông tin, tuyên truyền chuyển đổi số năm 2026";
    static final String SIGNER = "Trần Văn Bình";

    private SamplePlans() {
    }

    static OfficialDocument districtPlan() {
        return plan(7, LocalDate.of(2026, 2, 5));
    }

    static OfficialDocument draftPlan() {
        return plan(null, null);
    }

    static OfficialDocument plan(Integer number, LocalDate date) {
        return new OfficialDocument(
            null, DISTRICT, number, "KH", "UBND", "Đông Hà", date, "KẾ HOẠCH", TITLE,
            List.of(
                "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt "
                    + "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
                // Wrong ending on purpose: the renderer must turn it into ".".
                "Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh về chuyển đổi số năm 2026;"),
            List.of(purpose(), content(), budget(), implementation()),
            "Trên đây là Kế hoạch thông tin, tuyên truyền chuyển đổi số năm 2026 của Ủy ban nhân dân "
                + "huyện Đông Hà; yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện./.",
            List.of("UBND tỉnh (để b/c)", "Sở Khoa học và Công nghệ;", "TT Huyện ủy, TT HĐND huyện",
                "Các phòng, ban, ngành; UBND các xã, thị trấn"),
            "VT, VHTT",
            new Signature(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), SIGNER),
            new Appendix("NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN CHUYỂN ĐỔI SỐ NĂM 2026", List.of(
                new AppendixRow("Xây dựng chuyên mục chuyển đổi số trên Cổng thông tin điện tử huyện",
                    "Chuyên mục được duy trì", "Tháng 3/2026", "Tháng 12/2026",
                    "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao"),
                new AppendixRow("Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng", "02 lớp tập huấn",
                    "Tháng 4/2026", "Tháng 6/2026", "Phòng Văn hóa và Thông tin", "UBND các xã, thị trấn"),
                new AppendixRow("Tuyên truyền trên hệ thống truyền thanh cơ sở", "Tin, bài phát định kỳ",
                    "Tháng 2/2026", "Tháng 12/2026", "UBND các xã, thị trấn", null))));
    }

    /** A department document: parent body above the issuer, report type, no appendix. */
    static OfficialDocument departmentReport() {
        return new OfficialDocument(
            "UBND HUYỆN ĐÔNG HÀ", "PHÒNG VĂN HÓA VÀ THÔNG TIN", 12, "BC", "VHTT", "Đông Hà",
            LocalDate.of(2026, 11, 15), "BÁO CÁO", "Kết quả thực hiện chuyển đổi số năm 2026",
            List.of(), List.of(new Part("KẾT QUẢ THỰC HIỆN", List.of(new Section(null, List.of(
                "Năm 2026, Phòng đã tham mưu triển khai đầy đủ các nhiệm vụ được giao.")))))
            , "Trên đây là báo cáo kết quả thực hiện chuyển đổi số năm 2026./.",
            List.of("UBND huyện"), "VT", new Signature(List.of("TRƯỞNG PHÒNG"), "Lê Thị Hoa"), null);
    }

    /** About ten A4 pages (nine portrait, one landscape appendix): the content part repeated. */
    static OfficialDocument longPlan() {
        OfficialDocument base = districtPlan();
        List<Part> parts = new ArrayList<>(base.parts());
        for (int i = 0; i < 13; i++) {
            parts.add(1, content());
        }
        return new OfficialDocument(base.parentBody(), base.issuingBody(), base.number(), base.typeCode(),
            base.bodyCode(), base.place(), base.date(), base.typeName(), base.title(), base.legalBases(), parts,
            base.closing(), base.recipients(), base.archiveCodes(), base.signature(), base.appendix());
    }

    private static Part purpose() {
        return new Part("MỤC ĐÍCH, YÊU CẦU", List.of(
            new Section("Mục đích", List.of(
                "Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về vai trò, lợi ích của "
                    + "chuyển đổi số trong phát triển kinh tế - xã hội của huyện.",
                "Tạo sự đồng thuận, hưởng ứng của toàn xã hội trong triển khai chuyển đổi số.")),
            new Section("Yêu cầu", List.of(
                "- Hoạt động tuyên truyền bảo đảm thiết thực, hiệu quả, phù hợp với từng đối tượng;",
                "- Huy động sự tham gia của các cơ quan, đơn vị và tổ công nghệ số cộng đồng."))));
    }

    private static Part content() {
        return new Part("NỘI DUNG", List.of(
            new Section("Nội dung tuyên truyền", List.of(
                "a) Chủ trương, chính sách của Đảng, pháp luật của Nhà nước về chuyển đổi số;",
                "b) Các nền tảng số, dịch vụ công trực tuyến được triển khai trên địa bàn huyện;",
                "c) Các mô hình, cách làm hay, điển hình tiên tiến về chuyển đổi số;",
                "d) Kỹ năng bảo đảm an toàn thông tin, phòng chống lừa đảo trên không gian mạng.")),
            new Section("Hình thức tuyên truyền", List.of(
                "- Tuyên truyền trên Cổng thông tin điện tử huyện và các trang mạng xã hội chính thống:",
                "+ Xây dựng chuyên mục riêng về chuyển đổi số, cập nhật tin, bài hằng tuần;",
                "+ Đăng tải video, đồ họa thông tin ngắn gọn, dễ hiểu.",
                "- Tuyên truyền trên hệ thống truyền thanh cơ sở, pa nô, áp phích tại nơi công cộng.",
                "- Lồng ghép nội dung tuyên truyền trong các cuộc họp thôn, khu phố và sinh hoạt đoàn thể; "
                    + "tổ chức hội nghị chuyên đề, tập huấn kỹ năng số cho người dân, hộ kinh doanh."))));
    }

    private static Part budget() {
        return new Part("KINH PHÍ THỰC HIỆN", List.of(new Section(null, List.of(
            "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách huyện năm 2026 giao cho các cơ "
                + "quan, đơn vị và các nguồn kinh phí hợp pháp khác theo quy định."))));
    }

    private static Part implementation() {
        return new Part("TỔ CHỨC THỰC HIỆN", List.of(
            new Section("Phòng Văn hóa và Thông tin", List.of(
                "Chủ trì, phối hợp với các cơ quan, đơn vị triển khai thực hiện Kế hoạch; định kỳ tổng hợp, "
                    + "báo cáo kết quả về UBND huyện trước ngày 15 tháng 12 năm 2026.")),
            new Section("Trung tâm Văn hóa - Thông tin và Thể thao", List.of(
                "Xây dựng chương trình phát thanh, tin, bài tuyên truyền về chuyển đổi số.")),
            new Section("Phòng Tài chính - Kế hoạch", List.of(
                "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.")),
            new Section("UBND các xã, thị trấn", List.of(
                "Tổ chức tuyên truyền tại địa phương; chỉ đạo tổ công nghệ số cộng đồng hướng dẫn người dân "
                    + "sử dụng các nền tảng số."))));
    }
}
