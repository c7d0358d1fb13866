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
            return of(key, key, consents.recipientRefs(key));
        }
        Optional<String> wallet = consents.walletOf(key);
        return of(key, wallet.orElse(null), wallet.map(consents::recipientRefs).orElse(List.of()));
    }

    /**
     * The learner {@code key} names, given the wallet it is (a wallet id) or belongs to ({@code walletId}, null for a
     * recipientRef no wallet holds) and the recipientRefs linked to that wallet, sorted. The one rule, for a single
     * learner read here and a batch read at once by the progress worker.
     */
    public static Learner of(String key, String walletId, List<String> walletRefs) {
        if (walletId == null) {
            return new Learner(key, null, List.of(key));
        }
        if (!RecipientRef.isValid(key) || walletRefs.contains(key)) {
            return new Learner(walletId, walletId, walletRefs);
        }
        List<String> refs = new java.util.ArrayList<>(walletRefs);
        refs.add(key);
        return new Learner(walletId, walletId, refs);
    }
}
