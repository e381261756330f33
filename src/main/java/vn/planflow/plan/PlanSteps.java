package vn.planflow.plan;

import java.util.Map;

/** Vietnamese names of the process steps and decisions, for history and forms. */
public final class PlanSteps {
    public static final String WRITE = "Task_WriteDraft";
    public static final String REVIEW = "Task_ReviewDraft";
    public static final String COMMENT = "Task_GiveComments";
    public static final String SYNTHESISE = "Task_SynthesiseComments";
    public static final String REVISE = "Task_ReviseDraft";
    public static final String CHECK = "Task_CheckForm";
    public static final String DECIDE = "Task_DecideOnPlan";
    public static final String ISSUE = "Task_IssuePlan";

    private static final Map<String, String> STEPS = Map.of(
            WRITE, "Soạn thảo", REVIEW, "Trưởng phòng xem xét", COMMENT, "Góp ý",
            SYNTHESISE, "Tổng hợp ý kiến", REVISE, "Chỉnh sửa", CHECK, "Thẩm định thể thức",
            DECIDE, "Lãnh đạo ký duyệt", ISSUE, "Phát hành");
    private static final Map<String, String> DECISIONS = Map.ofEntries(
            Map.entry("created", "Tạo dự thảo"), Map.entry("submitted", "Gửi trình"),
            Map.entry("approve", "Đồng ý"), Map.entry("return", "Trả lại"), Map.entry("reject", "Không ban hành"),
            Map.entry("pass", "Đạt thể thức"), Map.entry("agree", "Nhất trí"), Map.entry("comment", "Có ý kiến"),
            Map.entry("answered", "Đã tiếp thu, giải trình"), Map.entry("issued", "Cấp số, phát hành"),
            Map.entry("cascaded", "Tạo từ kế hoạch cấp trên"), Map.entry("claimed", "Nhận soạn thảo"),
            Map.entry("relinked", "Cập nhật căn cứ theo kế hoạch thay thế"), Map.entry("cancelled", "Hủy dự thảo"),
            Map.entry("recalled", "Thu hồi"), Map.entry("replaced", "Được thay thế"));

    private PlanSteps() {
    }

    public static String label(String step) {
        return STEPS.getOrDefault(step, step);
    }

    public static String decisionLabel(String decision) {
        return DECISIONS.getOrDefault(decision, decision);
    }
}
