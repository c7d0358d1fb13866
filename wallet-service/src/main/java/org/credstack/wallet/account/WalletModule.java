package org.credstack.wallet.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;
import org.credstack.wallet.account.domain.Wallet;

/** The wallet aggregate and its consent view; its contract events reach credstack.wallet.v1 through the relay. */
@ApplicationScoped
public class WalletModule implements AxonModule {

    static final String VIEW_PROCESSOR = "wallet-view";

    @Inject
    EventSourcedAggregates aggregates;
    @Inject
    WalletView view;

    @Override
    public void configure(Configurer configurer) {
        aggregates.registerWithView(configurer, Wallet.class, VIEW_PROCESSOR, view);
    }
}
