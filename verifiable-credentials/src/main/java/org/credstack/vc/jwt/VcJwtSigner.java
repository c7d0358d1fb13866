package org.credstack.vc.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.credstack.vc.jsonld.BundledContexts;

/**
 * Signs a VC Data Model 2.0 credential as a VC-JWT the way Open Badges 3.0 defines it for VC 2.0: a compact JWS
 * whose payload is the credential itself, with the registered JWT claims beside its properties.
 *
 * <h2>Header</h2>
 * {@code {"alg": "RS256" | "EdDSA", "typ": "JWT", "kid": <DID URL>}}. <b>typ is {@code "JWT"}</b>: the OB 3.0
 * specification (JSON Web Token Proof Format, "Create the JOSE Header") says {@code typ} is optional and "if present,
 * MUST be set to JWT"; VC-JOSE-COSE's {@code vc+jwt} is accepted by {@link VcJwtVerifier} but not emitted, so that
 * OB 3.0 conformance checks pass.
 *
 * <h2>Claims</h2>
 * <ul>
 *   <li>{@code iss}: the issuer id ({@code issuer} as a string, or {@code issuer.id}).</li>
 *   <li>{@code jti}: the credential {@code id}.</li>
 *   <li>{@code sub}: <b>credstack's choice</b>: {@code credentialSubject.id} when the subject has one; otherwise
 *       the credential {@code id}. credstack subjects identify the learner by a salted, hashed OB 3.0
 *       {@code IdentityObject} (in {@code credentialSubject.identifier}), not by an id, and the hash must not be
 *       spread into a claim that JWT tooling logs and indexes; OB 3.0 marks {@code sub} as required, so it names
 *       the credential instead, which is the one stable identifier of what the JWT is about. A verifier must not
 *       read a person from {@code sub} when it equals {@code jti}.</li>
 *   <li>{@code nbf}: {@code validFrom} (NumericDate, whole seconds; fractions are dropped).</li>
 *   <li>{@code exp}: {@code validUntil}, only when the credential has one.</li>
 *   <li>{@code iat}: the signing time, from the clock.</li>
 * </ul>
 * The credential must be a VC 2.0 credential (first {@code @context} {@value BundledContexts#CREDENTIALS_V2}) with an
 * issuer id and an id, and must not itself have top-level members named like registered claims.
 */
public final class VcJwtSigner {

    /** The {@code typ} header credstack emits (OB 3.0). */
    public static final String TYP = "JWT";

    /** The registered JWT claim names (RFC 7519 4.1), removed from a VC 2.0 payload to get the credential back. */
    public static final Set<String> REGISTERED_CLAIMS = Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");

    private VcJwtSigner() {
    }

    /** Signs with {@code iat} from the system clock. */
    public static String sign(ObjectNode credential, JwtKey key) {
        return sign(credential, key, Clock.systemUTC());
    }

    /** Signs with {@code iat} from the given clock. @throws IllegalArgumentException for an unsuitable credential */
    public static String sign(ObjectNode credential, JwtKey key, Clock clock) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("alg", key.alg().name()).put("typ", TYP).put("kid", key.kid());
        ObjectNode payload = payload(credential, clock);
        String signingInput = Base64Url.encode(JwtJson.bytes(header)) + "." + Base64Url.encode(JwtJson.bytes(payload));
        byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64Url.encode(signature);
    }

    /** The JWT payload: a copy of the credential with iss, jti, sub, nbf, exp (if validUntil) and iat added. */
    public static ObjectNode payload(ObjectNode credential, Clock clock) {
        JsonNode context = credential.get("@context");
        JsonNode first = context != null && context.isArray() && context.size() > 0 ? context.get(0) : context;
        if (first == null || !BundledContexts.CREDENTIALS_V2.equals(first.asText())) {
            throw new IllegalArgumentException("A VC-JWT is signed over a VC 2.0 credential: the first @context must be "
                    + BundledContexts.CREDENTIALS_V2);
        }
        for (String claim : REGISTERED_CLAIMS) {
            if (credential.has(claim)) {
                throw new IllegalArgumentException("The credential has a top-level '" + claim
                        + "', which is a registered JWT claim name");
            }
        }
        String issuer = issuerId(credential);
        if (issuer == null) {
            throw new IllegalArgumentException("The credential has no issuer id (iss)");
        }
        String id = text(credential.get("id"));
        if (id == null) {
            throw new IllegalArgumentException("The credential has no id (jti)");
        }
        ObjectNode payload = credential.deepCopy();
        payload.put("iss", issuer);
        payload.put("jti", id);
        String subjectId = subjectId(credential);
        payload.put("sub", subjectId != null ? subjectId : id);
        if (credential.has("validFrom")) {
            payload.put("nbf", epochSeconds(credential, "validFrom"));
        }
        if (credential.has("validUntil")) {
            payload.put("exp", epochSeconds(credential, "validUntil"));
        }
        payload.put("iat", clock.instant().getEpochSecond());
        return payload;
    }

    /** The issuer id: {@code issuer} when a string, else {@code issuer.id}; {@code null} when there is none. */
    static String issuerId(JsonNode credential) {
        JsonNode issuer = credential.get("issuer");
        if (issuer == null) {
            return null;
        }
        return issuer.isTextual() ? issuer.asText() : text(issuer.get("id"));
    }

    /** {@code credentialSubject.id} of a single subject (an object, or an array of one); {@code null} otherwise. */
    static String subjectId(JsonNode credential) {
        JsonNode subject = credential.get("credentialSubject");
        if (subject != null && subject.isArray() && subject.size() == 1) {
            subject = subject.get(0);
        }
        return subject != null && subject.isObject() ? text(subject.get("id")) : null;
    }

    static Long epochSecondsOrNull(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toEpochSecond();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long epochSeconds(ObjectNode credential, String name) {
        Long seconds = epochSecondsOrNull(credential.get(name));
        if (seconds == null) {
            throw new IllegalArgumentException(name + " is not a date-time with offset: " + credential.get(name));
        }
        return seconds;
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
