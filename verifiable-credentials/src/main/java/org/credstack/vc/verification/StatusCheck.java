package org.credstack.vc.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.credstack.vc.dataintegrity.DataIntegrityVerifier;
import org.credstack.vc.dataintegrity.VerificationResult;
import org.credstack.vc.did.OutboundFetchException;
import org.credstack.vc.jwt.JwtJson;
import org.credstack.vc.ob.StatusListCredentials;
import org.credstack.vc.statuslist.BitstringStatusList;
import org.credstack.vc.verification.VerificationReport.Check;
import org.credstack.vc.verification.VerificationReport.Status;

/**
 * The status check (W3C Bitstring Status List v1.0, 3.2 validation): every {@code BitstringStatusListEntry} (one
 * object or an array) is looked up in its status list credential, which is fetched, must carry a verifying proof by
 * the credential's issuer, must be current and of the entry's purpose. A set bit is a revocation or suspension. A list
 * that cannot be fetched or verified leaves the status unknown: NOT_RUN, never passed.
 */
final class StatusCheck {

    private final DocumentFetcher fetcher;
    private final DataIntegrityVerifier proofs;
    private final IssuerKeys keys;
    private final Clock clock;

    StatusCheck(DocumentFetcher fetcher, DataIntegrityVerifier proofs, IssuerKeys keys, Clock clock) {
        this.fetcher = fetcher;
        this.proofs = proofs;
        this.keys = keys;
        this.clock = clock;
    }

    Check check(JsonNode credential, String issuerId) {
        JsonNode status = credential.get("credentialStatus");
        if (status == null || status.isNull()) {
            return Checks.passed(Checks.STATUS, "the credential has no credentialStatus");
        }
        List<Check> entries = new ArrayList<>();
        for (JsonNode entry : status.isArray() ? status : List.of(status)) {
            entries.add(entry(entry, issuerId));
        }
        Status worst = entries.stream().anyMatch(c -> c.status() == Status.FAILED) ? Status.FAILED
                : entries.stream().anyMatch(c -> c.status() == Status.NOT_RUN) ? Status.NOT_RUN : Status.PASSED;
        String detail = String.join("; ", entries.stream().map(Check::detail).toList());
        return new Check(Checks.STATUS, entries.isEmpty() ? Status.FAILED : worst,
                entries.isEmpty() ? "credentialStatus is an empty array" : detail);
    }

    private Check entry(JsonNode entry, String issuerId) {
        String type = entry.path("type").asText(null);
        if (!"BitstringStatusListEntry".equals(type)) {
            return Checks.notRun(Checks.STATUS, "status type " + type + " is not supported here (only "
                    + "BitstringStatusListEntry)");
        }
        String purpose = entry.path("statusPurpose").asText(null);
        if (!"revocation".equals(purpose) && !"suspension".equals(purpose)) {
            return Checks.notRun(Checks.STATUS, "statusPurpose " + purpose + " is not supported here (only "
                    + "revocation and suspension)");
        }
        long index;
        try {
            index = Long.parseLong(entry.path("statusListIndex").asText(""));
        } catch (NumberFormatException e) {
            return Checks.failed(Checks.STATUS, "statusListIndex is not an integer: " + entry.get("statusListIndex"));
        }
        String url = entry.path("statusListCredential").asText(null);
        ObjectNode list;
        try {
            list = JwtJson.parseObject(fetcher.fetch(URI.create(String.valueOf(url))));
        } catch (OutboundFetchException e) {
            return Checks.notRun(Checks.STATUS, "cannot fetch the status list " + url + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return Checks.failed(Checks.STATUS, "the status list " + url + " is " + e.getMessage());
        }
        return bit(list, url, purpose, index, issuerId);
    }

    private Check bit(ObjectNode list, String url, String purpose, long index, String issuerId) {
        KeyTrail trail = new KeyTrail(keys);
        VerificationResult proof = proofs.verify(list, trail);
        if (!proof.valid()) {
            String why = "the status list " + url + " does not verify: " + proof.errors();
            return trail.unavailable() ? Checks.notRun(Checks.STATUS, why) : Checks.failed(Checks.STATUS, why);
        }
        String listIssuer = Credentials.issuerId(list);
        if (listIssuer == null || !listIssuer.equals(issuerId)) {
            return Checks.failed(Checks.STATUS, "the status list " + url + " is issued by " + listIssuer
                    + ", not by the credential's issuer " + issuerId);
        }
        // A valid proof is not enough: its key must be the list issuer's, or anyone could publish a list in its name.
        Check signer = trail.check(listIssuer, "the status list's proof names no key");
        if (signer.status() != Status.PASSED) {
            return Checks.failed(Checks.STATUS, "the status list " + url + " is not signed by its issuer: "
                    + signer.detail());
        }
        Check current = ValidityPeriod.check(list, false, clock);
        if (current.status() != Status.PASSED) {
            return Checks.notRun(Checks.STATUS, "the status list " + url + " is not current: " + current.detail());
        }
        BitstringStatusList bits;
        try {
            bits = StatusListCredentials.list(list);
            if (!purpose.equals(StatusListCredentials.purpose(list).value())) {
                return Checks.failed(Checks.STATUS, "the status list " + url + " is for "
                        + StatusListCredentials.purpose(list).value() + ", the entry for " + purpose);
            }
        } catch (IllegalArgumentException e) {
            return Checks.failed(Checks.STATUS, "the status list " + url + ": " + e.getMessage());
        }
        if (index < 0 || index >= bits.size()) {
            return Checks.failed(Checks.STATUS, "statusListIndex " + index + " is outside the list " + url
                    + " of " + bits.size() + " entries");
        }
        if (bits.get((int) index)) {
            return Checks.failed(Checks.STATUS, ("revocation".equals(purpose) ? "revoked" : "suspended")
                    + " (index " + index + " of " + url + ")");
        }
        return Checks.passed(Checks.STATUS, "not " + ("revocation".equals(purpose) ? "revoked" : "suspended")
                + " (index " + index + " of " + url + ")");
    }
}
