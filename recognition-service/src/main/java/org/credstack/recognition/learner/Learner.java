package org.credstack.recognition.learner;

import java.util.List;

/**
 * One learner as recognition counts them: a wallet with every recipientRef linked to it, or a recipientRef not yet
 * linked to any wallet (then {@code id} is that recipientRef and {@code walletId} is null).
 */
public record Learner(String id, String walletId, List<String> recipientRefs) {

    public Learner {
        recipientRefs = List.copyOf(recipientRefs);
    }
}
