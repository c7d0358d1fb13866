package org.credstack.events.issuance;

import org.credstack.events.ContractEvent;
import org.credstack.events.EventCatalog;
import org.credstack.events.Service;

/**
 * The issuance stream in brief ({@value #TOPIC}): every event of {@code credstack.issuance.v1}, in the same order per
 * aggregate, with the same CloudEvents id, key and sequence, except that each {@link CredentialIssued} appears as its
 * {@link CredentialRecorded}. The issuance relay publishes both streams from its event store in one batch. A
 * consumer that counts credentials and never reads the signed document reads this one: replaying it moves an
 * eighth of the bytes (decision D42).
 */
public final class IssuanceBrief {

    public static final String TOPIC = "credstack.issuance.brief.v1";

    private IssuanceBrief() {
    }

    /**
     * What the brief stream carries for an issuance event.
     *
     * @throws IllegalArgumentException for an event of another service, or a {@link CredentialRecorded} (which only
     *                                  the brief stream carries)
     */
    public static ContractEvent of(ContractEvent event) {
        if (event instanceof CredentialIssued issued) {
            return CredentialRecorded.of(issued);
        }
        boolean issuance = EventCatalog.byJavaType(event.getClass())
                .map(type -> type.service() == Service.ISSUANCE).orElse(false);
        if (!issuance || event instanceof CredentialRecorded) {
            throw new IllegalArgumentException("not an event of " + Service.ISSUANCE.topic() + ": "
                    + event.getClass().getName());
        }
        return event;
    }
}
