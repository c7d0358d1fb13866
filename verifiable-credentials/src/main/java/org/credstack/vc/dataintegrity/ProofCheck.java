package org.credstack.vc.dataintegrity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.credstack.vc.dataintegrity.VerificationResult.Check;
import org.credstack.vc.dataintegrity.VerificationResult.Status;

/** Helpers of {@link DataIntegrityVerifier}: recording checks on one proof. */
final class ProofCheck {

    private final String prefix;
    private final List<Check> checks;

    ProofCheck(String prefix, List<Check> checks) {
        this.prefix = prefix;
        this.checks = checks;
    }

    boolean that(String name, boolean ok, String failure) {
        if (!ok) {
            checks.add(new Check(prefix + name, Status.FAILED, failure));
        }
        return ok;
    }

    void passed(String name, String detail) {
        checks.add(new Check(prefix + name, Status.PASSED, detail));
    }

    /** {@code created} and {@code expires}, where present, are dateTimeStamps; {@code expires} is not past. */
    boolean dates(JsonObject proof, Clock clock) {
        boolean ok = true;
        for (String name : new String[] {"created", "expires"}) {
            if (!proof.containsKey(name)) {
                continue;
            }
            OffsetDateTime time = dateTime(proof.get(name));
            ok &= that(name, time != null, "not an XML Schema dateTimeStamp: " + proof.get(name));
            if (time != null && "expires".equals(name)) {
                ok &= that(name, time.toInstant().isAfter(clock.instant()), "the proof expired at " + time);
            }
        }
        return ok;
    }

    /** A proof's own {@code @context}, if any, must be a prefix of the document's (Data Integrity 4.3). */
    boolean contextPrefix(JsonObject proof, JsonObject document) {
        JsonValue proofContext = proof.get("@context");
        if (proofContext == null) {
            return true;
        }
        List<JsonValue> mine = asList(proofContext);
        List<JsonValue> theirs = asList(document.get("@context"));
        boolean ok = theirs.size() >= mine.size() && theirs.subList(0, mine.size()).equals(mine);
        return that("@context", ok, "the proof's @context does not start the document's @context");
    }

    static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString ? ((JsonString) value).getString() : null;
    }

    static byte[] signature(JsonObject proof) {
        String value = string(proof, "proofValue");
        return value == null ? null : DataIntegrityVerifier.decodeSignature(value);
    }

    private static OffsetDateTime dateTime(JsonValue value) {
        if (!(value instanceof JsonString)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(((JsonString) value).getString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<JsonValue> asList(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof JsonArray ? (JsonArray) value : List.of(value);
    }

    /** The canonical form of the unsecured document, computed at most once for all its proofs. */
    static final class DocumentCanon {
        private final EddsaRdfc2022 suite;
        private final JsonObject unsecured;
        private String canonical;

        DocumentCanon(EddsaRdfc2022 suite, JsonObject unsecured) {
            this.suite = suite;
            this.unsecured = unsecured;
        }

        String get() {
            if (canonical == null) {
                canonical = suite.canonicalDocument(unsecured);
            }
            return canonical;
        }
    }
}
