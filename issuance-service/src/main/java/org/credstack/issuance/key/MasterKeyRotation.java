package org.credstack.issuance.key;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Completes a master-key rotation at start-up: with the new master key configured and the old one listed in
 * {@code credstack.keys.previous-master-keys}, every replica re-wraps the data keys still under the old key (each row
 * once, under a row lock), so that the old key can then be removed from the configuration. See docs/operations.md.
 */
@ApplicationScoped
public class MasterKeyRotation {

    private static final Logger LOG = Logger.getLogger(MasterKeyRotation.class);

    @Inject
    IssuerKeyStore store;
    @Inject
    EnvelopeEncryption envelope;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        int[] result = QuarkusTransaction.requiringNew().call(store::rewrapUnderCurrentMasterKey);
        if (result[0] > 0) {
            LOG.infof("Re-wrapped %d issuer key(s) under master key '%s'", result[0], envelope.masterKeyId());
        }
        if (result[1] > 0) {
            LOG.warnf("%d issuer key(s) are wrapped under a master key that is neither '%s' nor a previous master key:"
                    + " they cannot be used until that key is configured", result[1], envelope.masterKeyId());
        }
    }
}
