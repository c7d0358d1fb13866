package org.credstack.issuance.issuer.projection;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.credstack.events.issuance.IssuerRegistered;

/** Keeps the issuer table in step with the issuer aggregate, in the same transaction as the command. */
@Singleton
public class IssuerView {

    @EventHandler
    void on(IssuerRegistered event, @Timestamp Instant at) {
        IssuerRecord record = new IssuerRecord();
        record.issuerId = event.issuerId();
        record.did = event.did();
        record.name = event.name();
        record.url = event.url();
        record.email = event.email();
        record.country = event.country();
        record.accreditation = event.accreditation();
        record.registeredAt = at;
        record.persist();
    }
}
