package org.credstack.recognition.rplclaim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;
import org.credstack.recognition.rplclaim.domain.RplClaim;

/**
 * The RPL claim aggregate and its table. Registering it is what lets the relay publish its contract event
 * ({@code RplDecisionMade}) to credstack.recognition.v1; its internal events stay in the event store.
 */
@ApplicationScoped
public class RplClaimModule implements AxonModule {

    static final String VIEW_PROCESSOR = "rpl-claim-view";

    @Inject
    EventSourcedAggregates aggregates;
    @Inject
    RplClaimView view;

    @Override
    public void configure(Configurer configurer) {
        aggregates.registerWithView(configurer, RplClaim.class, VIEW_PROCESSOR, view);
    }
}
