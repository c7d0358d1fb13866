package org.credstack.recognition.rplclaim.domain;

import java.util.Objects;

/**
 * The learner's account of how their experience meets one learning outcome. Personal data: it travels in the
 * submitting command only; the claim's events keep its {@link #digest()}.
 */
public record NarrativeEntry(String outcomeId, String text) {

    public NarrativeEntry {
        Objects.requireNonNull(outcomeId, "outcomeId");
    }

    public NarrativeDigest digest() {
        return new NarrativeDigest(outcomeId, Sha256.ofText(text));
    }
}
