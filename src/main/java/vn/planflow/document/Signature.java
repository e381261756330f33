package vn.planflow.document;

import java.util.List;

/** Signing authority lines (e.g. "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the signer; signer may be null in a draft. */
public record Signature(List<String> authorityLines, String signerName) {

    public Signature {
        authorityLines = ViewLists.copy(authorityLines);
    }
}
