package org.credstack.vc.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.credstack.vc.dataintegrity.DataIntegrityVerifier;
import org.credstack.vc.dataintegrity.EddsaRdfc2022;
import org.credstack.vc.dataintegrity.ProofOptions;
import org.credstack.vc.dataintegrity.VerificationResult;
import org.credstack.vc.did.DidWebResolver;
import org.credstack.vc.did.HostAllowList;
import org.credstack.vc.did.OutboundFetchGuard;
import org.credstack.vc.jwt.JwtVerificationResult;
import org.credstack.vc.jwt.VcJwtVerifier;
import org.credstack.vc.verification.VerificationReport.Check;

/**
 * Verifies an Open Badges 3.0 credential, secured by an embedded Data Integrity proof or as a VC-JWT, and reports
 * each check on its own (see {@link Checks}): data-model, signature, issuer-key, issuer-known, validity, status and
 * schema. Every check runs even when an earlier one failed, so that the report names every fault. A pure library:
 * keys, outbound fetches, the issuer directory and the clock are injected. Thread-safe.
 */
public final class CredentialVerifier {

    private final IssuerKeys keys;
    private final IssuerDirectory directory;
    private final Clock clock;
    private final DataIntegrityVerifier proofs;
    private final VcJwtVerifier jwts;
    private final StatusCheck status;

    public CredentialVerifier(IssuerKeys keys, DocumentFetcher fetcher, IssuerDirectory directory, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.proofs = new DataIntegrityVerifier(EddsaRdfc2022.bundled(), ProofOptions.ASSERTION_METHOD, clock);
        this.jwts = new VcJwtVerifier(clock);
        this.status = new StatusCheck(Objects.requireNonNull(fetcher, "fetcher"), proofs, keys, clock);
    }

    /**
     * A verifier that never reaches the network: did:key issuers verify completely, anything that needs a fetch (a
     * did:web document, an https key, a status list) reports NOT_RUN, saying the host is not allowed. For offline
     * tools and the benchmarks.
     */
    public static CredentialVerifier offline(Clock clock) {
        OutboundFetchGuard nowhere = OutboundFetchGuard.builder(HostAllowList.of(List.<String>of())).build();
        return new CredentialVerifier(new IssuerKeys(Map.of(), new DidWebResolver(nowhere),
                DocumentFetcher.guarded(nowhere)), DocumentFetcher.guarded(nowhere), IssuerDirectory.empty(), clock);
    }

    /** A credential with its proof(s) embedded (Data Integrity). */
    public VerificationReport verify(ObjectNode credential) {
        DataModel model = DataModel.of(credential);
        String issuer = Credentials.issuerId(credential);
        KeyTrail trail = new KeyTrail(keys);
        Check signature;
        Check issuerKey;
        if (!model.unbundled().isEmpty()) {
            signature = Checks.notRun(Checks.SIGNATURE, "the proof cannot be canonicalized: contexts not bundled "
                    + "here (never fetched): " + model.unbundled());
            issuerKey = Checks.notRun(Checks.ISSUER_KEY, "not resolved: the proof could not be checked");
        } else {
            VerificationResult result = dataIntegrity(credential, trail);
            signature = ProofReading.signature(result);
            issuerKey = trail.check(issuer, ProofReading.whyNoKey(result));
        }
        return report(VerificationReport.DATA_INTEGRITY, credential, model, List.of(signature, issuerKey), null);
    }

    /** A compact VC-JWT (JWS); the credential is the payload (VC 2.0) or its vc claim (VC 1.1). */
    public VerificationReport verifyJwt(String jwt) {
        KeyTrail trail = new KeyTrail(keys);
        JwtVerificationResult result = jwts.verify(jwt, trail);
        ObjectNode credential = result.credential();
        Check signature = JwtReading.signature(result);
        if (credential == null) {
            String why = "not run: the JWT was rejected before its credential was read";
            List<Check> checks = List.of(Checks.notRun(Checks.DATA_MODEL, why), signature,
                    Checks.notRun(Checks.ISSUER_KEY, why), Checks.notRun(Checks.ISSUER_KNOWN, why),
                    Checks.notRun(Checks.VALIDITY, why), Checks.notRun(Checks.STATUS, why),
                    Checks.notRun(Checks.SCHEMA, why));
            return VerificationReport.of(VerificationReport.VC_JWT, null, null, checks);
        }
        String issuer = Credentials.issuerId(credential);
        Check issuerKey = JwtReading.issuerKey(result, trail.check(issuer, "the JWT names no key (kid)"));
        DataModel model = DataModel.of(credential);
        return report(VerificationReport.VC_JWT, credential, model, List.of(signature, issuerKey),
                JwtReading.timeClaims(result));
    }

    private VerificationResult dataIntegrity(ObjectNode credential, KeyTrail trail) {
        try {
            return proofs.verify(credential, trail);
        } catch (RuntimeException e) {
            return new VerificationResult(false, List.of(new VerificationResult.Check("proof",
                    VerificationResult.Status.FAILED, "verification stopped: " + e.getMessage())));
        }
    }

    private VerificationReport report(String format, JsonNode credential, DataModel model, List<Check> proof,
            Check jwtTimes) {
        String issuer = Credentials.issuerId(credential);
        List<Check> checks = new ArrayList<>();
        checks.add(model.check());
        checks.addAll(proof);
        checks.add(issuerKnown(issuer));
        Check validity = ValidityPeriod.check(credential, model.vc11(), clock);
        checks.add(jwtTimes != null && validity.status() == VerificationReport.Status.PASSED ? jwtTimes : validity);
        checks.add(status.check(credential, issuer));
        checks.add(SchemaCheck.check(credential, model));
        return VerificationReport.of(format, Credentials.id(credential), issuer, checks);
    }

    private Check issuerKnown(String issuer) {
        if (issuer == null) {
            return Checks.warning(Checks.ISSUER_KNOWN, "the credential names no issuer id");
        }
        try {
            return directory.knows(issuer)
                    ? Checks.passed(Checks.ISSUER_KNOWN, issuer + " is an institution registered on credstack")
                    : Checks.warning(Checks.ISSUER_KNOWN, issuer + " is not known to credstack (not in its issuer "
                            + "directory); this is no fault of the credential");
        } catch (RuntimeException e) {
            return Checks.warning(Checks.ISSUER_KNOWN, "the issuer directory could not be read: " + e.getMessage());
        }
    }
}
