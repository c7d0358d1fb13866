package org.credstack.recognition.rplclaim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.security.Caller;
import org.credstack.recognition.consent.Consents;

/**
 * Finds the calling learner from the token's verified address: its recipientRef, then the wallet the wallet service
 * linked it to ({@code recognition-consents}). A learner whose address no wallet holds (yet) is a learner of their
 * own, identified by that recipientRef (design brief); should they open a wallet later, their earlier claims keep
 * the recipientRef as learner id, and the published decision still names them by it.
 */
@ApplicationScoped
public class Learners {

    @Inject
    Caller caller;
    @Inject
    RecipientRefs refs;
    @Inject
    Consents consents;

    /** The caller as a learner; 403 (no-verified-email) when the token carries no verified address. */
    public Learner current() {
        String ref = refs.of(caller.requireVerifiedEmail());
        Optional<String> wallet = consents.walletOf(ref);
        if (wallet.isEmpty()) {
            return new Learner(caller.subject(), ref, null, List.of(ref));
        }
        List<String> linked = new ArrayList<>(consents.recipientRefs(wallet.get()));
        if (!linked.contains(ref)) {
            linked.add(ref); // the link just changed: the address the learner signed in with is theirs
        }
        return new Learner(caller.subject(), wallet.get(), wallet.get(), linked);
    }
}
