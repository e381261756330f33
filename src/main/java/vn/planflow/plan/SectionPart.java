package vn.planflow.plan;

/** The sections of a plan in the order the document prints them. */
public enum SectionPart {
    PURPOSES("Mục đích"),
    REQUIREMENTS("Yêu cầu"),
    AUDIENCES("Đối tượng"),
    CONTENT("Nội dung"),
    FORMS("Hình thức"),
    TIMING("Thời gian thực hiện"),
    FUNDING("Kinh phí"),
    IMPLEMENTATION("Tổ chức thực hiện");

    private final String heading;

    SectionPart(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
