package org.credstack.vc.ob;

/** The Bitstring Status List purposes credstack uses (status size 1). */
public enum StatusPurpose {
    REVOCATION("revocation"),
    SUSPENSION("suspension");

    private final String value;

    StatusPurpose(String value) {
        this.value = value;
    }

    /** The {@code statusPurpose} value. */
    public String value() {
        return value;
    }

    public static StatusPurpose of(String value) {
        for (StatusPurpose purpose : values()) {
            if (purpose.value.equals(value)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("Unsupported statusPurpose: " + value);
    }
}
