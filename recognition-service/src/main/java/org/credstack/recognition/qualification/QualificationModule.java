package org.credstack.recognition.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;
import org.credstack.recognition.qualification.domain.Qualification;

/**
 * The qualification aggregate and its tables, kept in the command's transaction (read-your-writes, ETags). Its
 * contract event QualificationPublished leaves through the platform's relay like any other.
 */
@ApplicationScoped
public class QualificationModule implements AxonModule {

    static final String VIEW_PROCESSOR = "qualification-view";

    @Inject
    EventSourcedAggregates aggregates;
    @Inject
    QualificationView view;

    @Override
    public void configure(Configurer configurer) {
        aggregates.registerWithView(configurer, Qualification.class, VIEW_PROCESSOR, view);
    }
}
