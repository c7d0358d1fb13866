package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies maxRplShare: RPL and credit transfer together count for at most that share of creditsRequired. The cap
 * limits credits, not components: a component filled by transfer stays filled even when the cap leaves its credits
 * out. Items use up the allowance in assignment order, so components come before RPL toward the whole.
 */
final class CreditCap {

    private final BigDecimal cap;
    private BigDecimal remaining;
    private BigDecimal cappedCounted = BigDecimal.ZERO;
    private boolean cut;

    CreditCap(QualificationDefinition definition) {
        BigDecimal share = definition.rules().maxRplShare();
        BigDecimal required = Credits.orZero(definition.creditsRequired());
        this.cap = share == null ? null : Credits.canonical(share.multiply(required));
        this.remaining = cap;
    }

    List<CountedCredit> count(List<Assignment.Taken> taken) {
        List<CountedCredit> counted = new ArrayList<>();
        for (Assignment.Taken t : taken) {
            Candidate c = t.candidate();
            BigDecimal credits = c.credits();
            if (c.source().capped()) {
                credits = cap == null ? credits : credits.min(remaining);
                remaining = cap == null ? null : remaining.subtract(credits);
                cappedCounted = cappedCounted.add(credits);
            }
            BigDecimal left = c.credits().subtract(credits);
            cut |= left.signum() > 0;
            String component = t.placement() == null ? null : t.placement().component().key();
            counted.add(new CountedCredit(c.source(), c.itemId(), c.via(), component, Credits.canonical(credits),
                    Credits.canonical(left)));
        }
        return counted;
    }

    BigDecimal cap() {
        return cap;
    }

    BigDecimal cappedCounted() {
        return Credits.canonical(cappedCounted);
    }

    boolean cut() {
        return cut;
    }
}
