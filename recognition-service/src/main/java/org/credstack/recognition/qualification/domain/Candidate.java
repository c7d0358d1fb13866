package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Set;

/**
 * An item that could fill one component, with the credentials it would use up.
 *
 * @param credentialIds the learner's credentials behind the item: one for a credential or an equivalence, those a
 *                      nested qualification counted, none for RPL
 */
record Candidate(CreditSource source, String itemId, String via, Set<String> credentialIds, BigDecimal credits) {

    /**
     * The order a component takes candidates in: the learner's own credentials before nested qualifications, transfer
     * and RPL (which use up the capped share), then the most credits, then the smallest id so that equal candidates
     * are always taken in the same order.
     */
    static final Comparator<Candidate> PREFERENCE = Comparator.comparing(Candidate::source)
            .thenComparing(Candidate::credits, Comparator.reverseOrder())
            .thenComparing(Candidate::itemId);

    Candidate {
        credits = Credits.canonical(Credits.orZero(credits));
        credentialIds = Set.copyOf(credentialIds);
    }
}
