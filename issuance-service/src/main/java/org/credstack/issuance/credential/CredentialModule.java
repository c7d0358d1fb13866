package org.credstack.issuance.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.issuance.credential.domain.Credential;
import org.credstack.issuance.credential.projection.CredentialView;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;

/** The credential aggregate and its view, kept in the command's transaction (read-your-writes). */
@ApplicationScoped
public class CredentialModule implements AxonModule {

    static final String VIEW_PROCESSOR = "credential-view";

    @Inject
    EventSourcedAggregates aggregates;
    @Inject
    CredentialView view;

    @Override
    public void configure(Configurer configurer) {
        aggregates.registerWithView(configurer, Credential.class, VIEW_PROCESSOR, view);
    }
}
