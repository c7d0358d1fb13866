package org.credstack.recognition.equivalence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;
import org.credstack.recognition.equivalence.domain.Equivalence;

/** The credit transfer rule aggregate and its table, kept in the command's transaction. */
@ApplicationScoped
public class EquivalenceModule implements AxonModule {

    static final String VIEW_PROCESSOR = "equivalence-view";

    @Inject
    EventSourcedAggregates aggregates;
    @Inject
    EquivalenceView view;

    @Override
    public void configure(Configurer configurer) {
        aggregates.registerWithView(configurer, Equivalence.class, VIEW_PROCESSOR, view);
    }
}
