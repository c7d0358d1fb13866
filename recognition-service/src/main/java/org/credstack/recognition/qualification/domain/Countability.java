package org.credstack.recognition.qualification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Whether a credential can count at the evaluation instant: ACTIVE, within its validity, issued within the recency
 * window (whole years back from the evaluation date, in UTC) and at or above the component's EQF minimum.
 */
final class Countability {

    private final Instant at;
    private final Integer recencyYears;
    private final Instant earliestIssue;

    Countability(Instant at, Integer recencyYears) {
        this.at = at;
        this.recencyYears = recencyYears;
        this.earliestIssue = recencyYears == null ? null
                : at.atOffset(ZoneOffset.UTC).minusYears(recencyYears).toInstant();
    }

    /** Why {@code credential} does not count toward a component with minimum {@code minEqf}; empty if it does. */
    Optional<String> reasonAgainst(HeldCredential credential, Integer minEqf) {
        if (credential.status() != CredentialStatus.ACTIVE) {
            return Optional.of(status(credential.status()));
        }
        if (credential.validUntil() != null && !at.isBefore(credential.validUntil())) {
            return Optional.of("expired on " + date(credential.validUntil()));
        }
        if (credential.issuedAt().isAfter(at)) {
            return Optional.of("issued on " + date(credential.issuedAt()) + ", after the evaluation date");
        }
        if (earliestIssue != null && credential.issuedAt().isBefore(earliestIssue)) {
            return Optional.of("issued on " + date(credential.issuedAt()) + ", more than " + recencyYears
                    + " years before " + date(at));
        }
        if (minEqf != null && credential.eqfLevel() == null) {
            return Optional.of("has no EQF level; the minimum is " + minEqf);
        }
        if (minEqf != null && credential.eqfLevel() < minEqf) {
            return Optional.of("EQF level " + credential.eqfLevel() + " is below the minimum of " + minEqf);
        }
        return Optional.empty();
    }

    private static String status(CredentialStatus status) {
        return status == CredentialStatus.REPLACED ? "replaced by a re-issue" : status.name().toLowerCase();
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
