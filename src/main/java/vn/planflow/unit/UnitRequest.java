package vn.planflow.unit;

import vn.planflow.support.ValidationException;

/** What an administrator sends to create or change a unit. */
public record UnitRequest(String id, String name, String shortName, String headerName, UnitKind kind,
                          UnitLevel level, String parentId, String code, String placeName, boolean onSystem) {

    void validate() {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new ValidationException("id", "Mã đơn vị chỉ gồm chữ thường không dấu, số và dấu gạch ngang");
        }
        require("name", name, "Tên đơn vị");
        require("shortName", shortName, "Tên viết tắt");
        require("headerName", headerName, "Tên cơ quan ở tiêu đề văn bản");
        require("code", code, "Ký hiệu cơ quan");
        require("placeName", placeName, "Địa danh");
        if (kind == null) {
            throw new ValidationException("kind", "Chưa chọn loại đơn vị");
        }
    }

    private static void require(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, label + " không được để trống");
        }
        if (value.length() > 300) {
            throw new ValidationException(field, label + " dài quá 300 ký tự");
        }
    }

    Unit toUnit() {
        return new Unit(id, name, shortName, headerName, kind, level, parentId, code, placeName, onSystem);
    }
}
