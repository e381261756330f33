package vn.planflow.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles of DOMAIN §3 that receive tasks. Leaders sign through their own user id. */
public enum Role {
    DRAFTER("drafter", "Chuyên viên"),
    HEAD("head", "Lãnh đạo đơn vị"),
    CHECKER("checker", "Chuyên viên tổng hợp Văn phòng"),
    SIGNER("signer", "Lãnh đạo ký văn bản"),
    CLERK("clerk", "Văn thư");

    private final String key;
    private final String title;

    Role(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<Role> ofKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
