package org.credstack.vc.jwt;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test credentials shared with the did package's tests. */
public final class VcJwtTestSupport {

    private VcJwtTestSupport() {
    }

    public static ObjectNode credential(String issuer) {
        return VcJwtTest.credential(issuer);
    }
}
