package org.credstack.issuance.achievement.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.events.issuance.AchievementRetired;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;

/**
 * A micro-credential definition of one issuer, in numbered versions. At most one version is a draft (the next one);
 * publishing it makes it the version credentials are issued from. Retirement is final.
 */
public class Achievement {

    @AggregateIdentifier
    private String achievementId;
    private String issuerId;
    private int latestVersion;
    private Integer publishedVersion;
    private AchievementDefinition published;
    private AchievementDefinition draft;
    private boolean retired;

    protected Achievement() {
    }

    @CommandHandler
    public Achievement(DraftAchievement command) {
        DefinitionRules.requireValid(command.definition());
        apply(new AchievementDrafted(command.achievementId(), command.issuerId(), 1, command.definition()));
    }

    @CommandHandler
    public void handle(ReviseAchievement command) {
        requireOwnedBy(command.issuerId());
        requireNotRetired();
        DefinitionRules.requireValid(command.definition());
        if (draft != null) {
            if (!draft.equals(command.definition())) {
                apply(new AchievementDraftRevised(achievementId, issuerId, latestVersion, command.definition()));
            }
        } else if (!command.definition().equals(published)) {
            apply(new AchievementDrafted(achievementId, issuerId, latestVersion + 1, command.definition()));
        }
    }

    @CommandHandler
    public void handle(PublishAchievement command) {
        requireOwnedBy(command.issuerId());
        requireNotRetired();
        if (draft == null) {
            throw new DomainRuleViolation("no-draft-to-publish",
                    "Version " + publishedVersion + " is published and no newer draft is open");
        }
        DefinitionRules.requirePublishable(draft);
        apply(new AchievementPublished(achievementId, issuerId, latestVersion, draft.toSnapshot()));
    }

    @CommandHandler
    public void handle(RetireAchievement command) {
        requireOwnedBy(command.issuerId());
        requireNotRetired();
        // The retired version is the one that was issuable; a never-published achievement retires its draft.
        int version = publishedVersion != null ? publishedVersion : latestVersion;
        apply(new AchievementRetired(achievementId, issuerId, version, command.reason()));
    }

    private void requireOwnedBy(String tenant) {
        if (!issuerId.equals(tenant)) {
            throw new NotFound("Achievement", achievementId);
        }
    }

    private void requireNotRetired() {
        if (retired) {
            throw new DomainRuleViolation("achievement-retired",
                    "Achievement " + achievementId + " is retired: it can no longer be changed, published or issued");
        }
    }

    @EventSourcingHandler
    void on(AchievementDrafted event) {
        achievementId = event.achievementId();
        issuerId = event.issuerId();
        latestVersion = event.version();
        draft = event.definition();
    }

    @EventSourcingHandler
    void on(AchievementDraftRevised event) {
        draft = event.definition();
    }

    @EventSourcingHandler
    void on(AchievementPublished event) {
        publishedVersion = event.version();
        published = draft;
        draft = null;
    }

    @EventSourcingHandler
    void on(AchievementRetired event) {
        retired = true;
        draft = null;
    }
}
