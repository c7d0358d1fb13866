package org.credstack.issuance.credential.brief;

import jakarta.enterprise.context.ApplicationScoped;
import org.credstack.events.ContractEvent;
import org.credstack.events.issuance.IssuanceBrief;
import org.credstack.platform.relay.RelayMirror;

/**
 * Issuance's brief stream ({@value IssuanceBrief#TOPIC}): the relay publishes every event there too, each
 * CredentialIssued as its CredentialRecorded, in the same batch as the full stream (decision D42).
 */
@ApplicationScoped
public class IssuanceBriefMirror implements RelayMirror {

    @Override
    public String topic() {
        return IssuanceBrief.TOPIC;
    }

    @Override
    public ContractEvent of(ContractEvent event) {
        return IssuanceBrief.of(event);
    }
}
