package org.credstack.recognition.rplclaim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.security.Caller;

/**
 * Finds the calling learner from the token's verified address: its recipientRef, then the wallet the wallet service
 * linked it to ({@code learner-credentials}). A learner whose address no wallet holds (yet) is a learner of their
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
    org.credstack.recognition.learner.Learners learners;

    /** The caller as a learner; 403 (no-verified-email) when the token carries no verified address. */
    public Learner current() {
        org.credstack.recognition.learner.Learner learner =
                learners.resolve(refs.of(caller.requireVerifiedEmail()));
        return new Learner(caller.subject(), learner.id(), learner.walletId(), learner.recipientRefs());
    }
}
