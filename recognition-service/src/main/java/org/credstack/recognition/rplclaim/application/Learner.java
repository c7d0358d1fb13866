package org.credstack.recognition.rplclaim.application;

import java.util.List;

/**
 * The learner behind a request, as recognition knows them.
 *
 * @param subject       the token subject: the claimant of the claims they submit
 * @param learnerId     the wallet id, or the recipientRef of the token's address when no wallet is known yet
 * @param walletId      null when no wallet is known for the address
 * @param recipientRefs every recipientRef of the wallet, or only the address's own without a wallet
 */
public record Learner(String subject, String learnerId, String walletId, List<String> recipientRefs) {

    public Learner {
        recipientRefs = List.copyOf(recipientRefs);
    }
}
