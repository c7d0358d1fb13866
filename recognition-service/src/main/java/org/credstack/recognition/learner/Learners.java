package org.credstack.recognition.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.credstack.events.RecipientRef;
import org.credstack.recognition.consent.Consents;

/** Who a queued key (a recipientRef or a wallet id) is, by the links the wallets published. */
@ApplicationScoped
public class Learners {

    @Inject
    Consents consents;

    /**
     * The learner a key names: a recipientRef's wallet with all its linked recipientRefs (the recipientRef itself
     * included even if its link is still on its way), a recipientRef no wallet holds as a learner of its own, or a
     * wallet id (no recipientRefs once erased).
     */
    public Learner resolve(String key) {
        if (!RecipientRef.isValid(key)) {
            return wallet(key);
        }
        Optional<String> wallet = consents.walletOf(key);
        if (wallet.isEmpty()) {
            return new Learner(key, null, List.of(key));
        }
        Learner learner = wallet(wallet.get());
        if (learner.recipientRefs().contains(key)) {
            return learner;
        }
        List<String> refs = new java.util.ArrayList<>(learner.recipientRefs());
        refs.add(key);
        return new Learner(learner.id(), learner.walletId(), refs);
    }

    private Learner wallet(String walletId) {
        return new Learner(walletId, walletId, consents.recipientRefs(walletId));
    }
}
