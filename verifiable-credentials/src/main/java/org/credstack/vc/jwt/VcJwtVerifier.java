package org.credstack.vc.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.credstack.vc.dataintegrity.KeyResolutionException;
import org.credstack.vc.dataintegrity.VerificationResult.Check;
import org.credstack.vc.dataintegrity.VerificationResult.Status;
import org.credstack.vc.jsonld.BundledContexts;

/**
 * Verifies a VC-JWT (compact JWS) and reports each check on its own.
 *
 * <ul>
 *   <li>Accepts RS256 (RSA of at least 2048 bits), ES256 (P-256, JOSE {@code r || s} signatures) and EdDSA
 *       (Ed25519); rejects {@code none}, HS256/384/512 and every other {@code alg}, naming it. A {@code crit} header
 *       is refused (no extension is understood). {@code typ}, if present, is {@code JWT}, {@code vc+jwt} or
 *       {@code vc+ld+jwt}.</li>
 *   <li>The key comes only from resolving {@code kid} (an embedded {@code jwk} header is not trusted), and the
 *       {@code kid} must belong to the credential's issuer: its part before {@code #} equals the issuer id.</li>
 *   <li>VC 2.0 (OB 3.0): the credential is the payload minus the registered claims. VC 1.1: the {@code vc} claim,
 *       reported as {@link JwtVerificationResult#legacy() legacy} (accepted on import only).</li>
 *   <li>Registered claims that are present must agree with the credential ({@code iss} = issuer id, {@code jti} =
 *       id, {@code sub} = credentialSubject.id when the subject has one, {@code nbf}/{@code exp} = validFrom /
 *       validUntil or, for VC 1.1, issuanceDate / expirationDate, to the second).</li>
 *   <li>Time: {@code nbf} (else validFrom / issuanceDate) and {@code exp} (else validUntil / expirationDate) against
 *       the injected clock, with a leeway (default {@link #DEFAULT_LEEWAY}).</li>
 *   <li>Every {@code @context} URL must be one of the bundled contexts (as for Data Integrity): a credential whose
 *       terms cannot be interpreted offline is not reported valid.</li>
 * </ul>
 * Revocation status and the OB 3.0 schema are other checks, made by the caller on {@code credential()}.
 */
public final class VcJwtVerifier {

    public static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(60);
    private static final Set<String> TYPS = Set.of("JWT", "VC+JWT", "VC+LD+JWT", "APPLICATION/VC+JWT",
            "APPLICATION/VC+LD+JWT");

    private final Clock clock;
    private final Duration leeway;

    public VcJwtVerifier() {
        this(Clock.systemUTC(), DEFAULT_LEEWAY);
    }

    public VcJwtVerifier(Clock clock) {
        this(clock, DEFAULT_LEEWAY);
    }

    public VcJwtVerifier(Clock clock, Duration leeway) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (leeway.isNegative()) {
            throw new IllegalArgumentException("negative leeway");
        }
        this.leeway = leeway;
    }

    public JwtVerificationResult verify(String jwt, JwtKeyResolver resolver) {
        return new Run(resolver).verify(jwt);
    }

    private final class Run {
        private final JwtKeyResolver resolver;
        private final List<Check> checks = new ArrayList<>();
        private ObjectNode header;
        private ObjectNode credential;
        private boolean legacy;
        private boolean signatureVerified;

        Run(JwtKeyResolver resolver) {
            this.resolver = resolver;
        }

        JwtVerificationResult verify(String jwt) {
            try {
                run(jwt);
            } catch (RuntimeException e) {
                fail("internal", "verification stopped: " + e);
            }
            boolean valid = signatureVerified && checks.stream().noneMatch(c -> c.status() == Status.FAILED);
            return new JwtVerificationResult(valid, legacy, header, credential, checks);
        }

        private void run(String jwt) {
            String token = jwt == null ? "" : jwt.strip();
            String[] parts = token.split("\\.", -1);
            if (parts.length == 5) {
                fail("jws", "a JWE (5 parts) is not a signed VC-JWT");
                return;
            }
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
                fail("jws", "not a compact JWS: expected header.payload.signature, found " + parts.length
                        + " part(s)" + (token.isEmpty() ? " (empty input)" : ""));
                return;
            }
            passed("jws", null);

            header = object("header", parts[0]);
            if (header == null) {
                return;
            }
            JsonNode algNode = header.get("alg");
            String alg = algNode != null && algNode.isTextual() ? algNode.asText() : null;
            String refusal = JwtAlgorithm.refusal(alg);
            if (refusal != null) {
                fail("alg", refusal);
                return;
            }
            JwtAlgorithm algorithm = JwtAlgorithm.of(alg).orElseThrow();
            passed("alg", alg);
            if (header.has("crit")) {
                fail("crit", "the header's crit " + header.get("crit") + " names extensions this verifier does not "
                        + "understand");
                return;
            }
            JsonNode typ = header.get("typ");
            if (typ == null) {
                passed("typ", "absent");
            } else if (!typ.isTextual() || !TYPS.contains(typ.asText().toUpperCase(Locale.ROOT))) {
                fail("typ", "typ " + typ + " is not JWT, vc+jwt or vc+ld+jwt");
            } else {
                passed("typ", typ.asText());
            }

            ObjectNode payload = object("payload", parts[1]);
            if (payload == null) {
                return;
            }
            byte[] signature;
            try {
                signature = Base64Url.decode(parts[2]);
            } catch (IllegalArgumentException e) {
                fail("signatureEncoding", "the signature is " + e.getMessage());
                return;
            }
            if (signature.length == 0) {
                fail("signatureEncoding", "the signature is empty");
                return;
            }

            if (!credential(payload)) {
                return;
            }
            contexts();
            String issuer = VcJwtSigner.issuerId(credential);

            JwtPublicKey key = key(issuer, algorithm);
            if (key != null) {
                byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
                if (key.verify(algorithm, input, signature)) {
                    signatureVerified = true;
                    passed("signature", alg + " with " + key.description());
                } else {
                    fail("signature", "the " + alg + " signature does not verify with the key " + header.get("kid"));
                }
            } else {
                checks.add(new Check("signature", Status.SKIPPED, "no usable key"));
            }
            claims(payload, issuer);
            validity(payload);
        }

        /** Finds the credential: the vc claim (VC 1.1, legacy) or the payload itself (VC 2.0). */
        private boolean credential(ObjectNode payload) {
            JsonNode vc = payload.get("vc");
            if (vc != null) {
                if (!vc.isObject()) {
                    fail("format", "the vc claim is not a JSON object");
                    return false;
                }
                legacy = true;
                credential = ((ObjectNode) vc).deepCopy();
                passed("format", "VC 1.1 form (credential in the vc claim): legacy, accepted on import only");
            } else if (payload.has("@context")) {
                credential = payload.deepCopy();
                credential.remove(VcJwtSigner.REGISTERED_CLAIMS);
                String first = firstContext(credential);
                if (!BundledContexts.CREDENTIALS_V2.equals(first)) {
                    fail("format", "a VC-JWT payload without a vc claim must be a VC 2.0 credential (first @context "
                            + BundledContexts.CREDENTIALS_V2 + "), found " + first);
                    return false;
                }
                passed("format", "VC 2.0 (the payload is the credential)");
            } else {
                fail("format", "the payload is neither a VC 2.0 credential (no @context) nor a VC 1.1 vc claim");
                return false;
            }
            JsonNode types = credential.get("type");
            boolean isVc = types != null && (types.isArray() ? contains(types, "VerifiableCredential")
                    : "VerifiableCredential".equals(types.asText()));
            if (isVc) {
                passed("credential", null);
            } else {
                fail("credential", "the credential's type does not include VerifiableCredential");
            }
            return true;
        }

        private void contexts() {
            JsonNode context = credential.get("@context");
            List<String> unbundled = new ArrayList<>();
            if (context == null) {
                fail("contexts", "the credential has no @context");
                return;
            }
            for (JsonNode c : context.isArray() ? context : List.of(context)) {
                if (c.isTextual() && !BundledContexts.contains(c.asText())) {
                    unbundled.add(c.asText());
                } else if (!c.isTextual() && !c.isObject()) {
                    unbundled.add(c.toString());
                }
            }
            if (unbundled.isEmpty()) {
                passed("contexts", null);
            } else {
                fail("contexts", "contexts not bundled here (never fetched), so the credential's terms cannot be "
                        + "interpreted: " + unbundled);
            }
        }

        private JwtPublicKey key(String issuer, JwtAlgorithm algorithm) {
            JsonNode kidNode = header.get("kid");
            if (kidNode == null) {
                fail("kid", "the header has no kid, so the signing key cannot be determined (OB 3.0 requires a kid; "
                        + (header.has("jwk") ? "an embedded jwk is not trusted" : "no key reference at all") + ")");
                return null;
            }
            if (!kidNode.isTextual() || kidNode.asText().isBlank()) {
                fail("kid", "kid is not a non-empty string: " + kidNode);
                return null;
            }
            String kid = kidNode.asText();
            passed("kid", kid);
            int hash = kid.indexOf('#');
            String controller = hash < 0 ? kid : kid.substring(0, hash);
            // A failed binding makes the JWT invalid; the key is still resolved so that the report names every fault.
            if (issuer == null) {
                fail("kid.issuer", "the credential has no issuer id to bind the key to");
            } else if (!controller.equals(issuer)) {
                fail("kid.issuer", "the kid " + kid + " belongs to " + controller + ", not to the issuer " + issuer);
            } else {
                passed("kid.issuer", null);
            }
            JwtPublicKey key;
            try {
                key = resolver.resolve(kid);
            } catch (KeyResolutionException e) {
                fail("key", "the kid " + kid + " does not resolve: " + e.getMessage());
                return null;
            } catch (RuntimeException e) {
                fail("key", "the kid " + kid + " does not resolve: " + e);
                return null;
            }
            if (key == null) {
                fail("key", "the kid " + kid + " does not resolve");
                return null;
            }
            String unsuitable = key.unsuitableFor(algorithm);
            if (unsuitable != null) {
                fail("key", unsuitable);
                return null;
            }
            passed("key", key.description());
            return key;
        }

        private void claims(ObjectNode payload, String issuer) {
            same("claims.iss", payload.get("iss"), issuer, "the issuer id");
            same("claims.jti", payload.get("jti"), VcJwtSigner.text(credential.get("id")), "the credential id");
            String subjectId = VcJwtSigner.subjectId(credential);
            if (subjectId != null) {
                same("claims.sub", payload.get("sub"), subjectId, "credentialSubject.id");
            } else if (payload.has("sub")) {
                passed("claims.sub", "the subject has no id; sub " + payload.get("sub") + " is not a subject id");
            }
            time("claims.nbf", payload.get("nbf"), credential.get(legacy ? "issuanceDate" : "validFrom"));
            time("claims.exp", payload.get("exp"), credential.get(legacy ? "expirationDate" : "validUntil"));
        }

        private void same(String name, JsonNode claim, String expected, String what) {
            if (claim == null) {
                return;
            }
            if (!claim.isTextual() || !claim.asText().equals(expected)) {
                fail(name, "the claim " + claim + " does not match " + what + " " + expected);
            } else {
                passed(name, null);
            }
        }

        private void time(String name, JsonNode claim, JsonNode dateTime) {
            if (claim == null) {
                return;
            }
            if (!claim.isNumber()) {
                fail(name, "not a NumericDate: " + claim);
                return;
            }
            if (dateTime == null) {
                passed(name, null);
                return;
            }
            Long seconds = VcJwtSigner.epochSecondsOrNull(dateTime);
            if (seconds == null) {
                fail(name, "the credential's date " + dateTime + " is not a date-time with offset");
            } else if (claim.asLong() != seconds) {
                fail(name, "the claim " + claim + " (" + Instant.ofEpochSecond(claim.asLong()) + ") does not match "
                        + dateTime);
            } else {
                passed(name, null);
            }
        }

        private void validity(ObjectNode payload) {
            Instant now = clock.instant();
            Instant notBefore = instant(payload.get("nbf"), credential.get(legacy ? "issuanceDate" : "validFrom"));
            Instant expires = instant(payload.get("exp"), credential.get(legacy ? "expirationDate" : "validUntil"));
            if (notBefore != null) {
                if (now.plus(leeway).isBefore(notBefore)) {
                    fail("validity.notBefore", "not yet valid: valid from " + notBefore + ", now " + now);
                } else {
                    passed("validity.notBefore", notBefore.toString());
                }
            }
            if (expires != null) {
                if (!now.minus(leeway).isBefore(expires)) {
                    fail("validity.expiry", "expired at " + expires + ", now " + now);
                } else {
                    passed("validity.expiry", expires.toString());
                }
            }
        }

        private Instant instant(JsonNode claim, JsonNode dateTime) {
            if (claim != null && claim.isNumber()) {
                return Instant.ofEpochMilli((long) (claim.asDouble() * 1000));
            }
            Long seconds = VcJwtSigner.epochSecondsOrNull(dateTime);
            return seconds == null ? null : Instant.ofEpochSecond(seconds);
        }

        private ObjectNode object(String name, String part) {
            try {
                ObjectNode node = JwtJson.parseObject(Base64Url.decode(part));
                passed(name, null);
                return node;
            } catch (IllegalArgumentException e) {
                fail(name, "the " + name + " is " + e.getMessage());
                return null;
            }
        }

        private void passed(String name, String detail) {
            checks.add(new Check(name, Status.PASSED, detail));
        }

        private void fail(String name, String detail) {
            checks.add(new Check(name, Status.FAILED, detail));
        }
    }

    private static String firstContext(JsonNode credential) {
        JsonNode context = credential.get("@context");
        JsonNode first = context != null && context.isArray() && context.size() > 0 ? context.get(0) : context;
        return first == null ? null : first.asText(first.toString());
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.asText())) {
                return true;
            }
        }
        return false;
    }
}
