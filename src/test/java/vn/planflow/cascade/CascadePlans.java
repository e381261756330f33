package vn.planflow.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Province plans that tell lower units to issue their own plans, as their drafters would send them. */
final class CascadePlans {
    private CascadePlans() {
    }

    /** Ninh An (three levels), drafted in Sở TTTT, issued by UBND tỉnh: each district must plan by {@code due}. */
    static Map<String, Object> ninhAn(LocalDate due, String... districts) {
        Map<String, Object> p = common("Thông tin, tuyên truyền chuyển đổi số năm 2026 trên địa bàn tỉnh Ninh An",
                "cuong", "Sở Thông tin và Truyền thông");
        p.put("implementation", List.of(
                Map.of("unitId", "na-stttt", "duties", "Chủ trì, hướng dẫn, theo dõi việc triển khai Kế hoạch"),
                Map.of("unitName", "UBND các huyện", "duties",
                        "- Xây dựng kế hoạch của huyện, ban hành trước hạn\n- Chỉ đạo UBND các xã tuyên truyền trên loa truyền thanh")));
        p.put("appendix", List.of(Map.of("content", "Hội nghị tập huấn kỹ năng số", "product", "01 hội nghị",
                "start", "2026-03-01", "finish", "2026-06-30", "leadUnit", "UBND các huyện")));
        p.put("recipients", recipients(due, List.of(districts), "na-mttq"));
        return p;
    }

    /** Hòa Lâm (two levels), drafted in Sở VHTTDL, issued by UBND tỉnh: each commune must plan by {@code due}. */
    static Map<String, Object> hoaLam(LocalDate due, String... communes) {
        Map<String, Object> p = common("Tuyên truyền phát triển văn hóa đọc năm 2026", "long",
                "Sở Văn hóa, Thể thao và Du lịch");
        p.put("issuingUnitId", "hl");
        p.put("implementation", List.of(
                Map.of("unitId", "hl-svhttdl", "duties", "Chủ trì, hướng dẫn các xã, phường"),
                Map.of("unitName", "UBND các xã, phường", "duties", "- Xây dựng kế hoạch của xã, phường\n- Duy trì tủ sách cộng đồng")));
        p.put("recipients", recipients(due, List.of(communes), null));
        return p;
    }

    private static Map<String, Object> common(String title, String signer, String lead) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", title);
        p.put("periodLabel", "năm 2026");
        p.put("periodStart", "2026-01-01");
        p.put("periodEnd", "2026-12-31");
        p.put("signerId", signer);
        p.put("legalBases", List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025",
                "Theo đề nghị của " + lead));
        p.put("purposes", "- Nâng cao nhận thức của cán bộ và Nhân dân");
        p.put("requirements", "- Bám sát nhiệm vụ được giao, bảo đảm tiến độ");
        p.put("content", "- Tuyên truyền thường xuyên, đúng định hướng");
        p.put("timing", "Cả năm 2026");
        p.put("funding", "Ngân sách tỉnh năm 2026");
        return p;
    }

    private static List<Map<String, Object>> recipients(LocalDate due, List<String> demanded, String information) {
        List<Map<String, Object>> recipients = new ArrayList<>();
        for (String unit : demanded) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("unitId", unit);
            r.put("childPlanDemanded", true);
            r.put("childPlanDue", due.toString());
            recipients.add(r);
        }
        if (information != null) {
            recipients.add(Map.of("unitId", information, "purpose", "INFORMATION"));
        }
        return recipients;
    }
}
