package org.credstack.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;

@ApplicationScoped
public class TestModule implements AxonModule {

    @Inject
    EventSourcedAggregates aggregates;

    @Override
    public void configure(Configurer configurer) {
        aggregates.register(configurer, TestIssuer.class);
    }
}
