package vn.planflow.document;

import java.time.LocalDate;
import java.util.List;

/**
 * View model of one administrative document (plan, report ...) ready for rendering.
 *
 * @param parentBody      governing body shown above the issuer, e.g. "UBND HUYỆN ĐÔNG HÀ"; null when none
 * @param issuingBody     issuing body; '\n' separates its lines, e.g. "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG HÀ"
 * @param number          document number; null for an unnumbered draft
 * @param typeCode        abbreviation of the document type, e.g. "KH"
 * @param bodyCode        abbreviation of the issuing body, e.g. "UBND"
 * @param place           place name used in the date line, e.g. "Đông Hà"
 * @param date            issue date; null for a draft
 * @param typeName        document type in upper case, e.g. "KẾ HOẠCH"
 * @param title           summary line (trích yếu)
 * @param legalBases      legal grounds, one per paragraph, without the trailing ";" or "."
 * @param parts           numbered parts (I, II ...)
 * @param closing         closing paragraph; may be null
 * @param recipients      recipient lines without "- " and ";"
 * @param archiveCodes    filing codes for the "Lưu:" line, e.g. "VT, VHTT"
 * @param signature       signature block
 * @param appendix        appendix table; may be null
 */
public record OfficialDocument(
        String parentBody,
        String issuingBody,
        Integer number,
        String typeCode,
        String bodyCode,
        String place,
        LocalDate date,
        String typeName,
        String title,
        List<String> legalBases,
        List<Part> parts,
        String closing,
        List<String> recipients,
        String archiveCodes,
        Signature signature,
        Appendix appendix) {

    public OfficialDocument {
        legalBases = ViewLists.copy(legalBases);
        parts = ViewLists.copy(parts);
        recipients = ViewLists.copy(recipients);
        if (signature == null) {
            signature = new Signature(List.of(), null);
        }
    }
}
