package org.credstack.platform.relay;

import org.credstack.events.ContractEvent;

/**
 * A further stream the relay publishes beside the service's own topic, in the same batch and with the same event id,
 * key and sequence (issuance's brief stream, decision D42). A service declares one as a CDI bean.
 */
public interface RelayMirror {

    /** The topic of the further stream. */
    String topic();

    /** What the stream carries for {@code event}, or {@code null} when it carries nothing for it. */
    ContractEvent of(ContractEvent event);
}
