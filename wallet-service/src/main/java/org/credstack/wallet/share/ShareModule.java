package org.credstack.wallet.share;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;
import org.credstack.wallet.share.domain.Share;

/** The share aggregate and its table. */
@ApplicationScoped
public class ShareModule implements AxonModule {

    static final String VIEW_PROCESSOR = "share-view";

    @Inject
    EventSourcedAggregates aggregates;
    @Inject
    ShareView view;

    @Override
    public void configure(Configurer configurer) {
        aggregates.registerWithView(configurer, Share.class, VIEW_PROCESSOR, view);
    }
}
