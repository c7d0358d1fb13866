package org.credstack.vc.verification;

import static org.credstack.vc.verification.VerificationReport.Status.FAILED;
import static org.credstack.vc.verification.VerificationReport.Status.NOT_RUN;
import static org.credstack.vc.verification.VerificationReport.Status.PASSED;
import static org.credstack.vc.verification.VerificationReport.Status.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.testing.SignedCredentials;
import org.credstack.vc.verification.VerificationReport.Outcome;
import org.junit.jupiter.api.Test;

/** Credentials signed here by a did:key: both formats, the issuer directory, forged and refused algorithms. */
class SignedCredentialVerificationTest {

    private static final Ed25519PrivateKey ISSUER = Ed25519PrivateKey.generate();
    private static final String DID = DidKey.did(ISSUER.publicKey());

    private final CredentialVerifier verifier = Fixtures.verifier(DID::equals);

    @Test
    void a_data_integrity_credential_of_a_known_issuer_passes_every_check() {
        ObjectNode signed = SignedCredentials.dataIntegrity(SignedCredentials.unsigned(ISSUER), ISSUER);

        VerificationReport report = verifier.verify(signed);

        assertTrue(report.verified(), report::toString);
        assertEquals(VerificationReport.DATA_INTEGRITY, report.format());
        assertEquals(DID, report.issuer());
        assertTrue(report.checks().stream().allMatch(c -> c.status() == PASSED), report::toString);
    }

    @Test
    void the_offline_verifier_verifies_did_key_credentials_and_fetches_nothing() {
        CredentialVerifier offline = CredentialVerifier.offline(java.time.Clock.systemUTC());
        ObjectNode signed = SignedCredentials.dataIntegrity(SignedCredentials.unsigned(ISSUER), ISSUER);
        assertTrue(offline.verify(signed).verified());

        ObjectNode credential = SignedCredentials.unsigned(ISSUER);
        ((ObjectNode) credential.get("issuer")).put("id", "did:web:issuer.example");
        VerificationReport report = offline.verify(SignedCredentials.dataIntegrity(credential, ISSUER));
        assertEquals(VerificationReport.Outcome.INVALID, report.outcome(), report::toString);
    }

    @Test
    void an_issuer_unknown_to_credstack_is_a_warning_not_a_failure() {
        ObjectNode signed = SignedCredentials.dataIntegrity(SignedCredentials.unsigned(ISSUER), ISSUER);

        VerificationReport report = Fixtures.verifier(IssuerDirectory.empty()).verify(signed);

        assertTrue(report.verified(), report::toString);
        assertEquals(WARNING, report.check(Checks.ISSUER_KNOWN).status());
    }

    @Test
    void a_vc_jwt_verifies_and_a_changed_payload_does_not() {
        String jwt = SignedCredentials.jwt(SignedCredentials.unsigned(ISSUER), ISSUER);

        VerificationReport report = verifier.verifyJwt(jwt);
        assertTrue(report.verified(), report::toString);
        assertEquals(VerificationReport.VC_JWT, report.format());

        String[] parts = jwt.split("\\.");
        VerificationReport forged = verifier.verifyJwt(parts[0] + "." + parts[1].substring(0, parts[1].length() - 4)
                + "AAAA." + parts[2]);
        assertFalse(forged.verified());
        assertEquals(FAILED, forged.check(Checks.SIGNATURE).status(), forged::toString);
    }

    @Test
    void alg_none_and_hs256_are_rejected_by_name() {
        String jwt = SignedCredentials.jwt(SignedCredentials.unsigned(ISSUER), ISSUER);
        for (String alg : new String[] {"none", "HS256"}) {
            VerificationReport report = verifier.verifyJwt(SignedCredentials.withAlg(jwt, alg));

            assertEquals(Outcome.INVALID, report.outcome(), report::toString);
            assertEquals(FAILED, report.check(Checks.SIGNATURE).status());
            assertTrue(report.check(Checks.SIGNATURE).detail().contains("alg '" + alg + "'"), report::toString);
            assertEquals(NOT_RUN, report.check(Checks.VALIDITY).status());
        }
    }

    @Test
    void a_key_of_another_did_is_not_the_issuers_key() {
        Ed25519PrivateKey other = Ed25519PrivateKey.generate();
        ObjectNode signed = SignedCredentials.dataIntegrity(SignedCredentials.unsigned(ISSUER), other);

        VerificationReport report = verifier.verify(signed);

        assertEquals(FAILED, report.check(Checks.ISSUER_KEY).status(), report::toString);
        assertTrue(report.check(Checks.ISSUER_KEY).detail().contains("not to the issuer " + DID));
    }

    @Test
    void garbage_is_an_invalid_jwt_not_an_exception() {
        VerificationReport report = verifier.verifyJwt("not a jwt");

        assertEquals(FAILED, report.check(Checks.SIGNATURE).status());
        assertTrue(report.check(Checks.SIGNATURE).detail().contains("not a compact JWS"), report::toString);
    }
}
