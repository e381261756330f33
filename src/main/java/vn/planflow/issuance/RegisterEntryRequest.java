package vn.planflow.issuance;

import vn.planflow.support.ValidationException;

import java.time.LocalDate;

/**
 * One line of the outgoing register (Decree 30/2020): number and code, date, type
 * and title, signer, recipients, unit keeping the archive copy, copies, date sent, notes.
 *
 * @param code as printed, e.g. "07/KH-UBND"; must begin with the number (two digits at least)
 */
public record RegisterEntryRequest(
        String issuingUnitId,
        int year,
        int number,
        String code,
        LocalDate issuedOn,
        String documentType,
        String title,
        String signerName,
        String recipients,
        String archiveUnit,
        int copies,
        LocalDate sentOn,
        String notes,
        Long planId) {

    /** Refuses, field by field, what the register would store wrongly. */
    void validate() {
        required("issuingUnitId", issuingUnitId, 64, "đơn vị ban hành");
        if (issuedOn == null) {
            throw new ValidationException("issuedOn", "Chưa nhập ngày văn bản.");
        }
        if (year != issuedOn.getYear()) {
            throw new ValidationException("year", "Năm đăng ký phải là năm của ngày văn bản ("
                    + issuedOn.getYear() + ").");
        }
        if (number < 1) {
            throw new ValidationException("number", "Số văn bản phải từ 1 trở lên.");
        }
        required("code", code, 64, "số, ký hiệu");
        if (!code.startsWith(String.format("%02d/", number))) {
            throw new ValidationException("code", "Số, ký hiệu \"" + code + "\" không khớp với số "
                    + String.format("%02d", number) + ".");
        }
        required("documentType", documentType, 64, "tên loại văn bản");
        required("title", title, 1000, "trích yếu nội dung");
        required("signerName", signerName, 200, "người ký");
        required("recipients", recipients, 4000, "nơi nhận");
        required("archiveUnit", archiveUnit, 200, "đơn vị lưu");
        if (copies < 1) {
            throw new ValidationException("copies", "Số lượng bản phải từ 1 trở lên.");
        }
        if (sentOn != null && sentOn.isBefore(issuedOn)) {
            throw new ValidationException("sentOn", "Ngày chuyển không được trước ngày văn bản.");
        }
        if (notes != null && notes.length() > 2000) {
            throw new ValidationException("notes", "Ghi chú không được dài quá 2000 ký tự.");
        }
    }

    private static void required(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "Chưa nhập " + label + ".");
        }
        if (value.length() > max) {
            throw new ValidationException(field, "Trường " + label + " không được dài quá " + max + " ký tự.");
        }
    }
}
