package org.credstack.recognition.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;
import org.credstack.recognition.award.domain.Award;

/** The award aggregate and its table. */
@ApplicationScoped
public class AwardModule implements AxonModule {

    static final String VIEW_PROCESSOR = "award-view";

    @Inject
    EventSourcedAggregates aggregates;
    @Inject
    AwardView view;

    @Override
    public void configure(Configurer configurer) {
        aggregates.registerWithView(configurer, Award.class, VIEW_PROCESSOR, view);
    }
}
