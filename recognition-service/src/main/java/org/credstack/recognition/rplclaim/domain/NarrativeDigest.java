package org.credstack.recognition.rplclaim.domain;

import java.util.Objects;

/** What the claim's events keep of a narrative entry: its outcome and the SHA-256 of its text. */
public record NarrativeDigest(String outcomeId, String sha256) {

    public NarrativeDigest {
        Objects.requireNonNull(outcomeId, "outcomeId");
        if (!Sha256.isDigest(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
    }
}
