package org.credstack.recognition.rplclaim.application;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service's clock: commands carry times taken here, never from {@code Instant.now()} in the domain. A default
 * bean, so that a test (or a platform producer, should one come) replaces it without ambiguity.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
