package org.credstack.issuance.achievement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.credstack.issuance.achievement.domain.Achievement;
import org.credstack.issuance.achievement.projection.AchievementView;
import org.credstack.platform.axon.AxonModule;
import org.credstack.platform.axon.EventSourcedAggregates;

/** The achievement aggregate and its view, kept in the command's transaction (read-your-writes, ETags). */
@ApplicationScoped
public class AchievementModule implements AxonModule {

    static final String VIEW_PROCESSOR = "achievement-view";

    @Inject
    EventSourcedAggregates aggregates;
    @Inject
    AchievementView view;

    @Override
    public void configure(Configurer configurer) {
        aggregates.registerWithView(configurer, Achievement.class, VIEW_PROCESSOR, view);
    }
}
