package org.credstack.platform.relay;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A seam between "Kafka acknowledged the batch" and "the token is stored". Production does nothing here; the
 * redelivery test makes the relay fail at exactly this point to prove that consumers skip the duplicates.
 */
@ApplicationScoped
public class RelayHooks {

    private volatile int failuresAfterAck;

    /** Makes the next {@code times} acknowledged batches fail before their token is stored. */
    public void failAfterAcknowledgement(int times) {
        failuresAfterAck = times;
    }

    void afterAcknowledged(int sent) {
        if (sent > 0 && failuresAfterAck > 0) {
            failuresAfterAck--;
            throw new RelayException("relay stopped after Kafka acknowledged " + sent
                    + " event(s) and before the token was stored", null);
        }
    }
}
