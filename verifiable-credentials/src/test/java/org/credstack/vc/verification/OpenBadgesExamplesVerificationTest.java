package org.credstack.vc.verification;

import static org.credstack.vc.verification.VerificationReport.Outcome.INVALID;
import static org.credstack.vc.verification.VerificationReport.Outcome.NOT_VERIFIABLE;
import static org.credstack.vc.verification.VerificationReport.Outcome.VALID;
import static org.credstack.vc.verification.VerificationReport.Status.FAILED;
import static org.credstack.vc.verification.VerificationReport.Status.NOT_RUN;
import static org.credstack.vc.verification.VerificationReport.Status.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.credstack.vc.TestResources;
import org.credstack.vc.verification.VerificationReport.Outcome;
import org.credstack.vc.verification.VerificationReport.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every OB 3.0 example credential (shared/standards/ob30, copied under src/test/resources/ob30), with the outcome
 * expected of it and the check that decides it. The five examples the standards README names verify once their
 * https key URL is pinned to its key; nothing in examples-invalid is valid; every other example is not valid for a
 * stated reason. No network: every fetch is refused (see {@link Fixtures}); the clock is fixed at 2026-01-01.
 */
class OpenBadgesExamplesVerificationTest {

    private static final CredentialVerifier VERIFIER = Fixtures.verifier(IssuerDirectory.empty());

    /** file, expected outcome, the deciding check, its status, a phrase of its detail. */
    static Stream<Arguments> table() {
        return Stream.of(
                row("examples/simple.json", VALID, Checks.SIGNATURE, PASSED, "eddsa-rdfc-2022"),
                row("examples/simple-context-alias.json", VALID, Checks.SIGNATURE, PASSED, "eddsa-rdfc-2022"),
                row("examples/simple-context-version.json", VALID, Checks.SIGNATURE, PASSED, "eddsa-rdfc-2022"),
                row("examples/simple-did-web-method.json", VALID, Checks.SIGNATURE, PASSED, "eddsa-rdfc-2022"),
                row("examples/simple-multiple-proofs.json", VALID, Checks.SIGNATURE, PASSED, "SomeProofType"),
                row("examples/complete.json", NOT_VERIFIABLE, Checks.DATA_MODEL, NOT_RUN, "extensions.json"),
                row("examples/complete_v1.json", INVALID, Checks.VALIDITY, FAILED, "expired"),
                row("examples/derivedcredential.json", NOT_VERIFIABLE, Checks.SIGNATURE, NOT_RUN, "ecdsa-sd-2023"),
                row("examples/endorsement-valid.json", NOT_VERIFIABLE, Checks.DATA_MODEL, NOT_RUN, "extensions.json"),
                row("examples/simple-did-key-method.json", NOT_VERIFIABLE, Checks.DATA_MODEL, NOT_RUN,
                        "extensions.json"),
                row("examples/simple-eddsa-2022.json", NOT_VERIFIABLE, Checks.SIGNATURE, NOT_RUN,
                        "cryptosuite eddsa-2022"),
                row("examples/simple_v1.json", NOT_VERIFIABLE, Checks.SIGNATURE, NOT_RUN, "Ed25519Signature2020"),
                row("examples/simple.jwt", INVALID, Checks.ISSUER_KEY, FAILED, "no kid"),
                row("examples/velocity.jwt", INVALID, Checks.ISSUER_KEY, FAILED, "did:velocity"),
                row("examples-invalid/credential-status-revoked-blank-nodes.json", NOT_VERIFIABLE, Checks.STATUS,
                        NOT_RUN, "cannot fetch the status list"),
                row("examples-invalid/credential-status-revoked.json", NOT_VERIFIABLE, Checks.STATUS, NOT_RUN,
                        "1EdTechRevocationList"),
                row("examples-invalid/endorsement-err-schema-status-refresh.json", NOT_VERIFIABLE, Checks.DATA_MODEL,
                        NOT_RUN, "VC 1.1"),
                row("examples-invalid/simple-err-context.json", INVALID, Checks.DATA_MODEL, FAILED,
                        "first @context must be"),
                row("examples-invalid/simple-err-credential-subject-achievement-result-description-type.json",
                        INVALID, Checks.SIGNATURE, FAILED, "'resultType' would be dropped"),
                row("examples-invalid/simple-err-credential-subject-identifier-type.json", INVALID, Checks.SCHEMA,
                        FAILED, "credentialSubject.identifier"),
                row("examples-invalid/simple-err-credential-subject-profile-type.json", INVALID, Checks.SIGNATURE,
                        FAILED, "'InvalidProfile' would be dropped"),
                row("examples-invalid/simple-err-credential-subject-result-type.json", INVALID, Checks.SCHEMA,
                        FAILED, "credentialSubject.result"),
                row("examples-invalid/simple-err-credential-subject-type.json", INVALID, Checks.SCHEMA, FAILED,
                        "credentialSubject.type"),
                row("examples-invalid/simple-err-evidence-type.json", INVALID, Checks.SIGNATURE, FAILED,
                        "'genre' would be dropped"),
                row("examples-invalid/simple-err-expired.json", INVALID, Checks.VALIDITY, FAILED, "expired"),
                row("examples-invalid/simple-err-issued.json", INVALID, Checks.VALIDITY, FAILED, "not yet valid"),
                row("examples-invalid/simple-err-issuer-otheridentifier-type.json", INVALID, Checks.SCHEMA, FAILED,
                        "issuer.otherIdentifier"),
                row("examples-invalid/simple-err-issuer-parentorg-type.json", INVALID, Checks.SCHEMA, FAILED,
                        "issuer.parentOrg.type"),
                row("examples-invalid/simple-err-issuer-type.json", INVALID, Checks.SCHEMA, FAILED, "issuer.type"),
                row("examples-invalid/simple-err-issuer.json", INVALID, Checks.ISSUER_KEY, FAILED, "no issuer id"),
                row("examples-invalid/simple-err-proof-method-no-scheme.json", INVALID, Checks.ISSUER_KEY, FAILED,
                        "neither a DID URL nor an https URL"),
                row("examples-invalid/simple-err-proof-method-unknown-did-method.json", INVALID, Checks.ISSUER_KEY,
                        FAILED, "did:example is not supported"),
                row("examples-invalid/simple-err-proof-method-unknown-scheme.json", INVALID, Checks.ISSUER_KEY,
                        FAILED, "neither a DID URL nor an https URL"),
                row("examples-invalid/simple-err-proof-method.json", NOT_VERIFIABLE, Checks.SIGNATURE, NOT_RUN,
                        "contexts not bundled"),
                row("examples-invalid/simple-err-proof-value.json", NOT_VERIFIABLE, Checks.ISSUER_KEY, NOT_RUN,
                        "not on the outbound allow-list"),
                row("examples-invalid/simple-err-type.json", INVALID, Checks.SCHEMA, FAILED, "$.type"),
                row("examples-invalid/simple-noproof.json", INVALID, Checks.SIGNATURE, FAILED, "has no proof"));
    }

    private static Arguments row(String file, Outcome outcome, String check, Status status, String phrase) {
        return Arguments.of(file, outcome, check, status, phrase);
    }

    @ParameterizedTest(name = "{0}: {1}, {2} {3}")
    @MethodSource("table")
    void each_example_comes_out_as_tabled_with_its_reason(String file, Outcome outcome, String check, Status status,
            String phrase) {
        VerificationReport report = verify(file);

        assertEquals(outcome, report.outcome(), report::toString);
        assertEquals(outcome == VALID, report.verified(), report::toString);
        assertEquals(status, report.check(check).status(), report::toString);
        assertTrue(report.check(check).detail().contains(phrase), report::toString);
        assertEquals(7, report.checks().size(), "every report lists every check");
    }

    @Test
    void the_table_covers_every_example_file() {
        Set<String> tabled = table().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> files = new TreeSet<>();
        for (String dir : new String[] {"examples", "examples-invalid"}) {
            Arrays.stream(new File("src/test/resources/ob30/" + dir).listFiles())
                    .forEach(f -> files.add(dir + "/" + f.getName()));
        }
        assertEquals(files, tabled);
    }

    @Test
    void nothing_in_examples_invalid_is_valid_and_each_names_a_failed_or_unrun_check() {
        table().map(a -> (String) a.get()[0]).filter(f -> f.startsWith("examples-invalid/")).forEach(file -> {
            VerificationReport report = verify(file);
            assertFalse(report.verified(), file + " " + report);
            assertTrue(report.checks().stream().anyMatch(c -> c.required()
                    && (c.status() == FAILED || c.status() == NOT_RUN) && !c.detail().isBlank()), file);
        });
    }

    @Test
    void a_wrong_proof_value_is_a_failed_signature_once_its_named_key_is_pinned() {
        String method = "https://example.com/issuers/876543#z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x";
        var guard = Fixtures.noNetwork();
        IssuerKeys keys = new IssuerKeys(java.util.Map.of(method, org.credstack.vc.multiformats.Multikey
                .decodePublicKey("z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x")),
                new org.credstack.vc.did.DidWebResolver(guard), DocumentFetcher.guarded(guard));
        CredentialVerifier verifier = new CredentialVerifier(keys, DocumentFetcher.guarded(guard),
                IssuerDirectory.empty(), Fixtures.CLOCK);

        VerificationReport report = verifier.verify(
                TestResources.jackson("ob30/examples-invalid/simple-err-proof-value.json"));

        assertEquals(FAILED, report.check(Checks.SIGNATURE).status(), report::toString);
        assertTrue(report.check(Checks.SIGNATURE).detail().contains("signature does not match"), report::toString);
    }

    @Test
    void a_changed_field_breaks_the_signature() {
        ObjectNode credential = TestResources.jackson("ob30/examples/simple.json");
        ((ObjectNode) credential.at("/credentialSubject/achievement")).put("name", "Leadership");

        VerificationReport report = VERIFIER.verify(credential);

        assertEquals(INVALID, report.outcome());
        assertEquals(FAILED, report.check(Checks.SIGNATURE).status(), report::toString);
    }

    static VerificationReport verify(String file) {
        String path = "ob30/" + file;
        return file.endsWith(".jwt") ? VERIFIER.verifyJwt(TestResources.text(path))
                : VERIFIER.verify(TestResources.jackson(path));
    }
}
