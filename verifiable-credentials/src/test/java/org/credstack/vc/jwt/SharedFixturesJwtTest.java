package org.credstack.vc.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import org.credstack.vc.TestResources;
import org.credstack.vc.dataintegrity.VerificationResult.Status;
import org.credstack.vc.did.DidJwtKeyResolver;
import org.credstack.vc.did.DidWebResolver;
import org.credstack.vc.did.HostAllowList;
import org.credstack.vc.did.OutboundFetchGuard;
import org.junit.jupiter.api.Test;

/**
 * The VC-JWT fixtures of shared/standards/ob30/examples (copied into src/test/resources): neither is verifiable
 * here, and the verifier says why instead of reporting them valid by skipping a check.
 */
class SharedFixturesJwtTest {

    private final JwtKeyResolver resolver = new DidJwtKeyResolver(new DidWebResolver(
            OutboundFetchGuard.builder(HostAllowList.none()).build()));
    private final VcJwtVerifier verifier = new VcJwtVerifier(Clock.systemUTC());

    @Test
    void simpleJwtIsLegacyWithoutKidAndUnbundledContext() {
        JwtVerificationResult result = verifier.verify(TestResources.text("ob30/examples/simple.jwt"), resolver);
        assertFalse(result.valid(), result.toString());
        assertTrue(result.legacy(), "VC 1.1 vc claim");
        VcJwtTest.assertFailed(result, "kid", "no kid");
        VcJwtTest.assertFailed(result, "contexts", "https://imsglobal.github.io/openbadges-specification/context.json");
        assertEquals(Status.SKIPPED, VcJwtTest.check(result, "signature").status());
        assertEquals("http://example.edu/credentials/3732", result.credential().get("id").asText());
    }

    @Test
    void velocityJwtIsLegacyWithAnUnsupportedDidMethod() {
        JwtVerificationResult result = verifier.verify(TestResources.text("ob30/examples/velocity.jwt"), resolver);
        assertFalse(result.valid(), result.toString());
        assertTrue(result.legacy(), "VC 1.1 vc claim");
        VcJwtTest.assertFailed(result, "key", "Unsupported DID method did:velocity");
        VcJwtTest.assertFailed(result, "kid.issuer", "not to the issuer did:web:registrar%3A3000");
        VcJwtTest.assertFailed(result, "contexts", "lib.velocitynetwork.foundation");
        assertEquals(Status.SKIPPED, VcJwtTest.check(result, "signature").status());
    }
}
