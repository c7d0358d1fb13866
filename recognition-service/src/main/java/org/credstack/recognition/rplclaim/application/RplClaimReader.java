package org.credstack.recognition.rplclaim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.credstack.recognition.rplclaim.domain.RplClaimState;

/**
 * Reads claims back. A claim's details and history come from its events in the Axon event store (read from
 * sequence 0, never from a snapshot: the history is the whole stream), with the learner's texts joined.
 */
@ApplicationScoped
public class RplClaimReader {

    @Inject
    ClaimAccess access;
    @Inject
    EventStore eventStore;
    @Inject
    RplTexts texts;

    public RplClaimDetails details(String claimId) {
        access.visible(claimId);
        List<Object> payloads = eventStore.readEvents(claimId, 0L).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
        return RplClaimReadBack.of(payloads, texts.read(claimId));
    }

    /** The caller's claims, or their institution's (see {@link ClaimAccess#list}). */
    public List<RplClaimRow> list(RplClaimState state, boolean assignedToMe, int limit) {
        return access.list(state, assignedToMe, limit);
    }
}
