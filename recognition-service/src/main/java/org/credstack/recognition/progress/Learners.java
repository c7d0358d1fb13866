package org.credstack.recognition.progress;

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

    public Learner resolve(String key) {
        if (RecipientRef.isValid(key)) {
            Optional<String> wallet = consents.walletOf(key);
            return wallet.map(this::wallet).orElseGet(() -> new Learner(key, null, List.of(key)));
        }
        return wallet(key);
    }

    private Learner wallet(String walletId) {
        return new Learner(walletId, walletId, consents.recipientRefs(walletId));
    }
}
