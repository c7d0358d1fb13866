package org.credstack.vc.verification;

import static org.credstack.vc.verification.VerificationReport.Status.FAILED;
import static org.credstack.vc.verification.VerificationReport.Status.NOT_RUN;
import static org.credstack.vc.verification.VerificationReport.Status.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.did.DidWebResolver;
import org.credstack.vc.did.OutboundFetchException;
import org.credstack.vc.ob.StatusEntry;
import org.credstack.vc.ob.StatusListCredentials;
import org.credstack.vc.ob.StatusPurpose;
import org.credstack.vc.statuslist.BitstringStatusList;
import org.credstack.vc.testing.SignedCredentials;
import org.junit.jupiter.api.Test;

/** The status check against status lists served by an in-memory fetcher (no network). */
class StatusCheckTest {

    private static final Ed25519PrivateKey ISSUER = Ed25519PrivateKey.generate();
    private static final String LIST = "https://status.example/lists/1";
    private static final int INDEX = 7;

    private final Map<String, byte[]> served = new HashMap<>();
    private final CredentialVerifier verifier = new CredentialVerifier(
            new IssuerKeys(Map.of(), new DidWebResolver(Fixtures.noNetwork()), this::fetch), this::fetch,
            IssuerDirectory.empty(), Fixtures.CLOCK);

    private byte[] fetch(URI url) throws OutboundFetchException {
        byte[] body = served.get(url.toString());
        if (body == null) {
            throw new OutboundFetchException("HTTP 404 from " + url);
        }
        return body;
    }

    @Test
    void a_clear_bit_passes() {
        serve(list(StatusPurpose.REVOCATION, false), ISSUER);

        VerificationReport report = verifier.verify(credential(StatusEntry.revocation(LIST, INDEX)));

        assertEquals(PASSED, report.check(Checks.STATUS).status(), report::toString);
        assertTrue(report.verified(), report::toString);
    }

    @Test
    void a_set_revocation_bit_is_revoked() {
        serve(list(StatusPurpose.REVOCATION, true), ISSUER);

        VerificationReport report = verifier.verify(credential(StatusEntry.revocation(LIST, INDEX)));

        assertEquals(FAILED, report.check(Checks.STATUS).status());
        assertTrue(report.check(Checks.STATUS).detail().startsWith("revoked"), report::toString);
    }

    @Test
    void a_set_suspension_bit_is_suspended() {
        serve(list(StatusPurpose.SUSPENSION, true), ISSUER);

        VerificationReport report = verifier.verify(credential(StatusEntry.suspension(LIST, INDEX)));

        assertTrue(report.check(Checks.STATUS).detail().startsWith("suspended"), report::toString);
    }

    @Test
    void revocation_and_suspension_entries_together_verify_and_conform_entry_by_entry() {
        String suspensions = LIST + "-suspension";
        serve(list(StatusPurpose.REVOCATION, false), ISSUER);
        BitstringStatusList bits = BitstringStatusList.create();
        served.put(suspensions, bytes(SignedCredentials.dataIntegrity(StatusListCredentials.unsigned(suspensions,
                DidKey.did(ISSUER.publicKey()), StatusPurpose.SUSPENSION, bits, Instant.parse("2025-06-01T00:00:00Z")),
                ISSUER)));
        ObjectNode unsigned = SignedCredentials.unsigned(ISSUER);
        unsigned.putArray("credentialStatus").add(StatusEntry.revocation(LIST, INDEX).toJson())
                .add(StatusEntry.suspension(suspensions, INDEX).toJson());

        VerificationReport report = verifier.verify(SignedCredentials.dataIntegrity(unsigned, ISSUER));

        assertTrue(report.verified(), report::toString);
        assertEquals(PASSED, report.check(Checks.SCHEMA).status());
        assertTrue(report.check(Checks.SCHEMA).detail().contains("2 credentialStatus entries"), report::toString);
    }

    @Test
    void a_list_that_cannot_be_fetched_leaves_the_status_unknown() {
        VerificationReport report = verifier.verify(credential(StatusEntry.revocation(LIST, INDEX)));

        assertEquals(NOT_RUN, report.check(Checks.STATUS).status());
        assertTrue(report.check(Checks.STATUS).detail().contains("HTTP 404"), report::toString);
        assertEquals(VerificationReport.Outcome.NOT_VERIFIABLE, report.outcome());
    }

    @Test
    void a_list_signed_by_someone_else_is_not_the_issuers_list() {
        serve(list(StatusPurpose.REVOCATION, false), Ed25519PrivateKey.generate());

        VerificationReport report = verifier.verify(credential(StatusEntry.revocation(LIST, INDEX)));

        assertEquals(FAILED, report.check(Checks.STATUS).status(), report::toString);
    }

    @Test
    void an_unsigned_list_is_not_trusted() {
        served.put(LIST, bytes(list(StatusPurpose.REVOCATION, true)));

        VerificationReport report = verifier.verify(credential(StatusEntry.revocation(LIST, INDEX)));

        assertEquals(FAILED, report.check(Checks.STATUS).status());
        assertTrue(report.check(Checks.STATUS).detail().contains("does not verify"), report::toString);
    }

    private static ObjectNode list(StatusPurpose purpose, boolean set) {
        BitstringStatusList bits = BitstringStatusList.create();
        bits.set(INDEX, set);
        return StatusListCredentials.unsigned(LIST, DidKey.did(ISSUER.publicKey()), purpose, bits,
                Instant.parse("2025-06-01T00:00:00Z"));
    }

    private void serve(ObjectNode unsigned, Ed25519PrivateKey signer) {
        served.put(LIST, bytes(SignedCredentials.dataIntegrity(unsigned, signer)));
    }

    private static byte[] bytes(ObjectNode json) {
        return json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ObjectNode credential(StatusEntry entry) {
        ObjectNode unsigned = SignedCredentials.unsigned(ISSUER);
        unsigned.set("credentialStatus", entry.toJson());
        return SignedCredentials.dataIntegrity(unsigned, ISSUER);
    }
}
