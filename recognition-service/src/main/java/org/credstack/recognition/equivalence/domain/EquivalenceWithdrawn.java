package org.credstack.recognition.equivalence.domain;

/** Internal event: the credit transfer rule no longer applies. */
public record EquivalenceWithdrawn(String equivalenceId, String issuerId) {
}
