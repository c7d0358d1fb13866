package org.credstack.platform.domain;

/** The resource does not exist, or belongs to another tenant (which must be indistinguishable: 404 either way). */
public class NotFound extends RuntimeException {
    public NotFound(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
