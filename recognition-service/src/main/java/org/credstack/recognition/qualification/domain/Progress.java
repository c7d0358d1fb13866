package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a learner stands against one qualification version at one instant.
 *
 * @param eligible              every rule met, creditsRequired included
 * @param totalCredits          the credits counted, after the cap
 * @param rplAndTransferCredits the RPL and credit transfer credits counted, after the cap
 * @param rplAndTransferCap     the most RPL and credit transfer may supply, {@code null} when the rules set no cap
 * @param capApplied            whether the cap left credits out
 * @param counted               what counts, in assignment order
 * @param countedCredentialIds  the credentials counted (directly, by equivalence or inside a nested qualification),
 *                              sorted
 * @param notCounted            items that could fill a component but do not fill it, with the reason; an item
 *                              counted for one component is listed for the others it could have filled
 */
public record Progress(boolean eligible, BigDecimal creditsRequired, BigDecimal totalCredits,
        BigDecimal rplAndTransferCredits, BigDecimal rplAndTransferCap, boolean capApplied, List<RuleOutcome> rules,
        List<CountedCredit> counted, List<String> countedCredentialIds, List<NotCounted> notCounted) {

    public Progress {
        rules = List.copyOf(rules);
        counted = List.copyOf(counted);
        countedCredentialIds = List.copyOf(countedCredentialIds);
        notCounted = List.copyOf(notCounted);
    }
}
