package org.credstack.platform.axon;

import org.axonframework.config.Configurer;

/**
 * A service's contribution to the Axon configuration: its aggregates, command handlers and local event processors.
 * Every CDI bean implementing this is applied before Axon starts.
 */
public interface AxonModule {
    void configure(Configurer configurer);
}
