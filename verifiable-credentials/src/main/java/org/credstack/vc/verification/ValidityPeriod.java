package org.credstack.vc.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.credstack.vc.verification.VerificationReport.Check;

/**
 * The validity check: VC 2.0 {@code validFrom} / {@code validUntil}, VC 1.1 {@code issuanceDate} /
 * {@code expirationDate}, against the injected clock. No leeway: the dates are the issuer's statement.
 */
final class ValidityPeriod {

    private ValidityPeriod() {
    }

    static Check check(JsonNode credential, boolean vc11, Clock clock) {
        String fromName = vc11 ? "issuanceDate" : "validFrom";
        String untilName = vc11 ? "expirationDate" : "validUntil";
        Instant now = clock.instant();
        Instant from;
        Instant until;
        try {
            from = instant(credential.get(fromName));
            until = instant(credential.get(untilName));
        } catch (IllegalArgumentException e) {
            return Checks.failed(Checks.VALIDITY, e.getMessage());
        }
        if (from != null && now.isBefore(from)) {
            return Checks.failed(Checks.VALIDITY, "not yet valid: " + fromName + " " + from + ", now " + now);
        }
        if (until != null && !now.isBefore(until)) {
            return Checks.failed(Checks.VALIDITY, "expired: " + untilName + " " + until + ", now " + now);
        }
        if (from == null && until == null) {
            return Checks.passed(Checks.VALIDITY, "no validity period is stated");
        }
        return Checks.passed(Checks.VALIDITY, "valid now (" + now + ")"
                + (from == null ? "" : ", " + fromName + " " + from)
                + (until == null ? "" : ", " + untilName + " " + until));
    }

    private static Instant instant(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (value.isTextual()) {
                return OffsetDateTime.parse(value.asText()).toInstant();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("not a date-time with a time zone offset: " + value);
    }
}
