package org.credstack.vc.did;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DidWebUrlTest {

    @Test
    void domainOnlyUsesWellKnown() {
        assertEquals(URI.create("https://example.com/.well-known/did.json"),
                DidWebResolver.documentUrl("did:web:example.com"));
    }

    @Test
    void pathSegmentsBecomeThePath() {
        assertEquals(URI.create("https://w3c-ccg.github.io/user/alice/did.json"),
                DidWebResolver.documentUrl("did:web:w3c-ccg.github.io:user:alice"));
    }

    @Test
    void encodedPortIsDecoded() {
        assertEquals(URI.create("https://example.com:3000/user/alice/did.json"),
                DidWebResolver.documentUrl("did:web:example.com%3A3000:user:alice"));
        assertEquals(URI.create("https://example.com:8443/.well-known/did.json"),
                DidWebResolver.documentUrl("did:web:example.com%3a8443"));
    }

    @Test
    void fragmentAndQueryAreIgnored() {
        assertEquals(URI.create("https://example.com/issuers/1/did.json"),
                DidWebResolver.documentUrl("did:web:example.com:issuers:1#key-1"));
    }

    @Test
    void plainHttpOnlyForLoopback() {
        assertEquals(URI.create("http://localhost:8081/issuers/5b1d/did.json"),
                DidWebResolver.documentUrl("did:web:localhost%3A8081:issuers:5b1d", true));
        assertEquals(URI.create("http://127.0.0.1:9000/.well-known/did.json"),
                DidWebResolver.documentUrl("did:web:127.0.0.1%3A9000", true));
        assertEquals(URI.create("http://[::1]:9000/.well-known/did.json"),
                DidWebResolver.documentUrl("did:web:%5B%3A%3A1%5D%3A9000", true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DidWebResolver.documentUrl("did:web:example.com:issuers:1", true));
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DidWebResolver.documentUrl("did:web:127.0.0.2%3A9000", true));
    }

    @Test
    void malformedDidsAreRefused() {
        for (String bad : new String[] {null, "did:key:z6Mk", "did:web:", "did:web:exa mple.com",
                "did:web:example.com::x", "did:web:example.com:..", "did:web:example.com:a%2Fb",
                "did:web:example.com%3A99999", "did:web:example.com%3Ax", "did:web:example.com%2Fevil",
                "did:web:user%40example.com"}) {
            assertThrows(IllegalArgumentException.class, () -> DidWebResolver.documentUrl(bad), String.valueOf(bad));
        }
    }

    @Test
    void allowListPatterns() {
        HostAllowList list = HostAllowList.of("university.example", "*.issuers.example", "127.0.0.1:8081", "[::1]");
        assertTrue(list.permits("university.example", 443));
        assertTrue(list.permits("UNIVERSITY.example", 443));
        assertFalse(list.permits("evil-university.example", 443));
        assertTrue(list.permits("a.issuers.example", 443));
        assertFalse(list.permits("issuers.example", 443));
        assertTrue(list.permits("127.0.0.1", 8081));
        assertFalse(list.permits("127.0.0.1", 8082));
        assertTrue(list.permits("[::1]", 80));
        assertFalse(list.permits("localhost", 8081), "loopback is not implied");
        assertFalse(HostAllowList.none().permits("localhost", 80));
        assertThrows(IllegalArgumentException.class, () -> HostAllowList.of("*"));
        assertThrows(IllegalArgumentException.class, () -> HostAllowList.of("example.com:0"));
    }
}
