package org.credstack.wallet.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;
import org.credstack.wallet.account.domain.Wallet;

/** The wallet aggregate; its contract events reach credstack.wallet.v1 through the relay. */
@ApplicationScoped
public class WalletModule implements AxonModule {

    @Inject
    EventSourcedAggregates aggregates;

    @Override
    public void configure(Configurer configurer) {
        aggregates.register(configurer, Wallet.class);
    }
}
