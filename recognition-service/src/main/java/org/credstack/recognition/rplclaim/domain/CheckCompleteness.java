package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff record whether a claim is complete enough to assess: with nothing {@code missing} it is found complete,
 * otherwise it goes back to the learner with the list of what is missing.
 */
public record CheckCompleteness(@TargetAggregateIdentifier String claimId, String staffSubject, List<String> missing,
                                Instant checkedAt) {

    public CheckCompleteness {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
