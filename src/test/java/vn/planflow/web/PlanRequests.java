package vn.planflow.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plan bodies as a drafter of Phòng VHTT huyện Đông Hà would send them. */
public final class PlanRequests {
    private PlanRequests() {
    }

    public static Map<String, Object> districtPlan(List<String> consulted, LocalDate consultationDue) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", "Thông tin, tuyên truyền chuyển đổi số năm 2026");
        p.put("periodLabel", "năm 2026");
        p.put("periodStart", "2026-01-01");
        p.put("periodEnd", "2026-12-31");
        p.put("signerId", "binh");
        p.put("legalBases", List.of(
                "Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2026 của UBND tỉnh Ninh An về chuyển đổi số năm 2026",
                "Xét đề nghị của Phòng Văn hóa và Thông tin huyện"));
        p.put("purposes", "- Nâng cao nhận thức của cán bộ và Nhân dân về chuyển đổi số\n- Tạo đồng thuận trong triển khai");
        p.put("requirements", "- Tuyên truyền thường xuyên, đúng định hướng");
        p.put("audiences", "Cán bộ, công chức, viên chức và Nhân dân trên địa bàn huyện");
        p.put("content", "- Lợi ích của chuyển đổi số\n- Kỹ năng số cơ bản");
        p.put("forms", "- Trên hệ thống truyền thanh cơ sở\n- Tờ rơi, pa-nô");
        p.put("timing", "Cả năm 2026");
        p.put("funding", "Ngân sách huyện năm 2026 và các nguồn hợp pháp khác");
        p.put("implementation", List.of(
                Map.of("unitId", "na-dh-vhtt", "duties", "Chủ trì, tham mưu UBND huyện triển khai Kế hoạch"),
                Map.of("unitName", "UBND các xã", "duties", "Xây dựng kế hoạch của đơn vị, hoàn thành trước ngày 10/02/2026")));
        p.put("appendix", List.of(Map.of("content", "Chuyên mục chuyển đổi số trên truyền thanh", "product", "24 chuyên mục",
                "start", "2026-02-01", "finish", "2026-12-15", "leadUnit", "Phòng Văn hóa và Thông tin")));
        List<Map<String, Object>> recipients = new ArrayList<>();
        recipients.add(Map.of("unitId", "na", "purpose", "REPORT"));
        recipients.add(Map.of("unitId", "na-dh-hb"));
        recipients.add(Map.of("unitId", "na-dh-ap"));
        recipients.add(Map.of("unitId", "na-dh-mttq", "purpose", "INFORMATION"));
        p.put("recipients", recipients);
        p.put("consultedUnitIds", consulted);
        p.put("consultationDue", consultationDue == null ? null : consultationDue.toString());
        return p;
    }
}
