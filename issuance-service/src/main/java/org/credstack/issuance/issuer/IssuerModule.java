package org.credstack.issuance.issuer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.issuance.issuer.domain.Issuer;
import org.credstack.issuance.issuer.projection.IssuerView;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;

/** The issuer aggregate and issuance's own issuer view (kept in the command's transaction: read-your-writes). */
@ApplicationScoped
public class IssuerModule implements AxonModule {

    static final String VIEW_PROCESSOR = "issuer-view";

    @Inject
    EventSourcedAggregates aggregates;
    @Inject
    IssuerView view;

    @Override
    public void configure(Configurer configurer) {
        aggregates.registerWithView(configurer, Issuer.class, VIEW_PROCESSOR, view);
    }
}
